// The commands of `npm run gateway -- <command>` (administration from the command line), as a function of the
// arguments, the environment and two output streams, so tests run them in-process; main.ts is the process.
import { parseArgs } from 'node:util';
import { ApiKeyNotFoundError, ApiKeyService, InvalidSlugError } from '../modules/auth/apiKeys.js';
import { ApiKeyStorage } from '../modules/auth/storage.js';
import { ConfigError, loadConfig } from '../config.js';
import { DatabaseInUseError } from '../db/dataDirLock.js';
import { openDatabase } from '../db/database.js';
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
  apikey create --org <slug> [--name <label>]
                                            Create an API key (and the organization, if new);
                                            the key is printed alone on the last line
  apikey list                               List API keys (prefixes only, never the keys)
  apikey revoke <prefix>                    Revoke the key with this prefix

The database is the one \`npm start\` uses: DATABASE_URL, or the embedded one in DATA_DIR.
`;

class UsageError extends Error {}

export interface CliIo {
  env: NodeJS.ProcessEnv;
  /** Writes to standard output and standard error. */
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The database `npm start` uses, migrated, with the API key service over it (the CLI composes only that). */
async function withApiKeys<T>(io: CliIo, work: (apiKeys: ApiKeyService) => Promise<T> | T): Promise<T> {
  const db = await openDatabase(loadConfig(io.env).database);
  try {
    const applied = await migrate(db);
    if (applied.length > 0) io.stderr(`Applied migrations: ${applied.join(', ')}\n`);
    // A revocation is announced to running gateways; their warnings about the channel are not the CLI's business.
    return await work(new ApiKeyService(new ApiKeyStorage(db.prisma), db.events(createLogger('silent'))));
  } finally {
    await db.close();
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
  const { worker, webhookDelivery } = await composeGateway({ db, config, logger, syncQueue: jobs.queue });
  const workers = Math.max(1, config.sync.workers);
  await jobs.startWorkers(worker, workers);
  webhookDelivery.start();
  logger.info({ workers, database: db.kind }, 'sync workers started');
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  logger.info({ signal }, 'stopping sync workers');
  await Promise.all([jobs.stop(), webhookDelivery.stop()]);
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
    await withApiKeys(io, () => out('Database is up to date.'));
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
      if (!values.org) throw new UsageError('apikey create needs --org <slug>.');
      const organization = values.org;
      const created = await withApiKeys(io, (apiKeys) => apiKeys.create({ organization, label: values.name }));
      out(`Created API key ${created.prefix} for organization "${organization}". It is not shown again; store it now:`);
      out(created.key);
      return;
    }
    case 'list': {
      if (rest.length > 0) throw new UsageError('apikey list takes no arguments.');
      const keys = await withApiKeys(io, (apiKeys) => apiKeys.list());
      out(keys.length === 0 ? 'No API keys yet. Create one with: apikey create --org <slug>' : formatApiKeyTable(keys));
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
    const expected = [ConfigError, DatabaseInUseError, MigrationError, InvalidSlugError, ApiKeyNotFoundError];
    if (expected.some((type) => error instanceof type)) {
      io.stderr(`${(error as Error).message}\n`);
      return 1;
    }
    io.stderr(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
