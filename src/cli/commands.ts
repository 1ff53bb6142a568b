// The commands of `npm run gateway -- <command>` (administration from the command line), as a function of the
// arguments, the environment and two output streams, so tests run them in-process; main.ts is the process.
import { parseArgs } from 'node:util';
import { setTimeout as delay } from 'node:timers/promises';
import { AdminChannelUnreachableError, AdminCommandError, adminChannelClient, serveAdminChannel } from '../admin/adminChannel.js';
import {
  ApiKeyNotFoundError,
  ApiKeyService,
  InvalidSlugError,
  OrganizationRequiredError,
  type ApiKeyAdministration,
} from '../modules/auth/apiKeys.js';
import { ApiKeyStorage } from '../modules/auth/storage.js';
import { ConfigError, loadConfig } from '../config.js';
import { DatabaseInUseError } from '../db/dataDirLock.js';
import { openDatabase, type Database } from '../db/database.js';
import { migrate, MigrationError } from '../db/migrate.js';
import { createLogger } from '../logger.js';
import { closeUpstreamConnections } from '../providers/http.js';
import { composeGateway } from '../composition.js';
import { openJobQueue } from '../modules/sync/jobQueue.js';
import { formatApiKeyTable } from './format.js';

const USAGE = `Usage: npm run gateway -- <command>

Commands:
  migrate                                   Apply pending database migrations
  worker                                    Run sync workers only (no API), until SIGTERM or SIGINT
  apikey create [--org <slug>] [--name <label>]
                                            Create an API key (and the organization, if new);
                                            the key is printed alone on the last line.
                                            Without --org: the only organization, or "default"
                                            (created) when there is none yet
  apikey list                               List API keys (prefixes only, never the keys)
  apikey revoke <prefix>                    Revoke the key with this prefix

The database is the one \`npm start\` uses: DATABASE_URL, or the embedded one in DATA_DIR.
While \`npm start\` holds the embedded database, the apikey commands are carried out by it.
`;

class UsageError extends Error {}

/** `migrate` while a gateway holds the embedded database: only the process that holds it may change its schema. */
class MigrateWhileInUseError extends Error {
  constructor(dataDir: string) {
    super(
      `The embedded database in ${dataDir} is in use by a running gateway, which applied its migrations when it ` +
        'started. To apply newer ones, restart it (`npm start` migrates before it serves), or stop it and run ' +
        '`npm run gateway -- migrate`.',
    );
    this.name = 'MigrateWhileInUseError';
  }
}

export interface CliIo {
  env: NodeJS.ProcessEnv;
  /** Writes to standard output and standard error. */
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The database `npm start` uses, opened by this process and migrated. */
async function openMigrated(io: CliIo): Promise<Database> {
  const db = await openDatabase(loadConfig(io.env).database);
  try {
    const applied = await migrate(db);
    if (applied.length > 0) io.stderr(`Applied migrations: ${applied.join(', ')}\n`);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** How long the CLI keeps trying while a process holds the embedded database without answering (starting up). */
const CHANNEL_WAIT_MS = 5_000;
const CHANNEL_RETRY_MS = 250;

/**
 * Runs an API key command with the one ApiKeyService, in one of two ways: over the database, opened by this
 * process (PostgreSQL, or the embedded database when no gateway holds it), or, while a gateway process holds the
 * embedded database, by that gateway over its admin channel (src/admin/adminChannel.ts says why).
 */
async function withApiKeys<T>(io: CliIo, work: (apiKeys: ApiKeyAdministration) => Promise<T>): Promise<T> {
  const deadline = Date.now() + CHANNEL_WAIT_MS;
  for (;;) {
    let db: Database;
    try {
      db = await openMigrated(io);
    } catch (error) {
      if (!(error instanceof DatabaseInUseError)) throw error;
      try {
        const result = await work(adminChannelClient(error.dataDir));
        io.stderr('(Carried out by the gateway process that holds the embedded database.)\n');
        return result;
      } catch (unreachable) {
        // Held but not answering: a gateway starting up (or stopping, so the lock is about to be free).
        if (!(unreachable instanceof AdminChannelUnreachableError) || Date.now() >= deadline) throw unreachable;
        await delay(CHANNEL_RETRY_MS);
        continue;
      }
    }
    try {
      // A revocation is announced to running gateways; their warnings about the channel are not the CLI's business.
      return await work(new ApiKeyService(new ApiKeyStorage(db.prisma), db.events(createLogger('silent'))));
    } finally {
      await db.close();
    }
  }
}

/** Sync workers without the API, so workers and API servers scale separately; they stop on SIGTERM or SIGINT. */
async function runWorkers(io: CliIo): Promise<void> {
  const config = loadConfig(io.env);
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config.database, { waitForStaleLock: true });
  await migrate(db);
  const jobs = await openJobQueue(db, {
    jobTimeoutSeconds: config.sync.jobTimeoutSeconds,
    syncIntervalMinutes: config.sync.intervalMinutes,
    logger,
  });
  const { services, worker, webhookDelivery } = await composeGateway({ db, config, logger, syncQueue: jobs.queue });
  // Holding the embedded database, this process is the one that carries out the CLI's commands meanwhile.
  const admin = await serveAdminChannel(config.database, { apiKeys: services.apiKeys, logger });
  const workers = Math.max(1, config.sync.workers);
  await jobs.startWorkers(worker, workers);
  webhookDelivery.start();
  logger.info({ workers, database: db.kind }, 'sync workers started');
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  logger.info({ signal }, 'stopping sync workers');
  await Promise.all([admin.close(), jobs.stop(), webhookDelivery.stop()]);
  await Promise.all([db.close(), closeUpstreamConnections()]);
  logger.info('workers stopped');
}

async function run(argv: string[], io: CliIo): Promise<void> {
  const out = (line = '') => io.stdout(`${line}\n`);
  const [command, subcommand, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    out(USAGE);
    return;
  }
  if (command === 'migrate') {
    if (subcommand) throw new UsageError(`migrate takes no arguments (got ${subcommand}).`);
    const db = await openMigrated(io).catch((error: unknown) => {
      throw error instanceof DatabaseInUseError ? new MigrateWhileInUseError(error.dataDir) : error;
    });
    await db.close();
    out('Database is up to date.');
    return;
  }
  if (command === 'worker') {
    if (subcommand) throw new UsageError(`worker takes no arguments (got ${subcommand}).`);
    await runWorkers(io);
    return;
  }
  if (command !== 'apikey') throw new UsageError(`Unknown command: ${command}`);

  switch (subcommand) {
    case 'create': {
      const { values } = parseArgs({
        args: rest,
        options: { org: { type: 'string' }, name: { type: 'string' } },
        strict: true,
        allowPositionals: false,
      });
      const created = await withApiKeys(io, (apiKeys) => apiKeys.create({ organization: values.org, label: values.name }));
      out(`Created API key ${created.prefix} for organization "${created.organization}". It is not shown again; store it now:`);
      out(created.key);
      return;
    }
    case 'list': {
      if (rest.length > 0) throw new UsageError('apikey list takes no arguments.');
      const keys = await withApiKeys(io, (apiKeys) => apiKeys.list());
      out(keys.length === 0 ? 'No API keys yet. Create one with: npm run gateway -- apikey create' : formatApiKeyTable(keys));
      return;
    }
    case 'revoke': {
      const [prefix, ...extra] = rest;
      if (!prefix || extra.length > 0) throw new UsageError('apikey revoke needs exactly one key prefix.');
      const revoked = await withApiKeys(io, (apiKeys) => apiKeys.revoke(prefix));
      out(`Revoked API key ${revoked.prefix} (organization "${revoked.organization}").`);
      return;
    }
    default:
      throw new UsageError(subcommand ? `Unknown apikey command: ${subcommand}` : 'apikey needs a command.');
  }
}

/** Runs one command; resolves to the process's exit code (0 done, 1 failed, 2 misused), having said why. */
export async function runCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    await run(argv, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    const expected = [
      ConfigError,
      DatabaseInUseError,
      MigrateWhileInUseError,
      MigrationError,
      InvalidSlugError,
      OrganizationRequiredError,
      ApiKeyNotFoundError,
      AdminChannelUnreachableError,
      AdminCommandError,
    ];
    if (expected.some((type) => error instanceof type)) {
      io.stderr(`${(error as Error).message}\n`);
      return 1;
    }
    io.stderr(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
