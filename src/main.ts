// `npm start` (node dist/main.js): validate configuration, open and migrate the database, serve until SIGTERM or
// SIGINT. Node's compile cache is left to the operator (NODE_COMPILE_CACHE, Node 22.1+): it shortens a start by a
// few hundred milliseconds but keeps about 10 MB of cached code in memory for the life of the process.
import { serveAdminChannel } from './admin/adminChannel.js';
import { createFirstApiKey, firstKeyBanner } from './bootstrap.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { DatabaseInUseError } from './db/dataDirLock.js';
import { openDatabase } from './db/database.js';
import { migrate, MigrationError } from './db/migrate.js';
import { composeGateway } from './composition.js';
import { createLogger } from './logger.js';
import { openJobQueue, type JobQueue } from './modules/sync/jobQueue.js';
import type { SyncQueue } from './modules/sync/queue.js';
import { closeUpstreamConnections } from './providers/http.js';
import { createGatewayApp } from './server/app.js';
import { closeGracefully, listen } from './server/http.js';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);

  let db;
  try {
    db = await openDatabase(config.database, { waitForStaleLock: true });
    const applied = await migrate(db);
    if (applied.length > 0) logger.info({ migrations: applied }, 'applied database migrations');
  } catch (error) {
    if (error instanceof DatabaseInUseError || error instanceof MigrationError) {
      logger.fatal(error.message);
      await db?.close();
      process.exit(1);
    }
    throw error;
  }

  // The job queue (pg-boss: its schema, queues and schedule) starts while the API already serves: a request that
  // queues a sync meanwhile waits for it, and nothing else needs it.
  const opening = openJobQueue(db, {
    jobTimeoutSeconds: config.sync.jobTimeoutSeconds,
    syncIntervalMinutes: config.sync.intervalMinutes,
    logger,
  });
  // Failing to open is reported below, once the API is up; this only keeps the rejection from going unhandled first.
  opening.catch(() => undefined);
  const syncQueue: SyncQueue = { notify: async (connectionId, trigger) => (await opening).queue.notify(connectionId, trigger) };
  const { services, worker, webhookDelivery } = await composeGateway({ db, config, logger, syncQueue });
  const firstKey = await createFirstApiKey(db, services.apiKeys);
  // While this process holds the embedded database, `npm run gateway -- apikey …` sends its commands here.
  const admin = await serveAdminChannel(config.database, { apiKeys: services.apiKeys, logger });
  const app = await createGatewayApp({ db, services, logger, limits: config.limits, trustProxy: config.trustProxy });
  await listen(app, config.port, config.host);
  let jobs: JobQueue;
  try {
    jobs = await opening;
  } catch (error) {
    logger.fatal({ err: error }, 'the job queue could not be started');
    await Promise.all([closeGracefully(app, SHUTDOWN_GRACE_MS), admin.close()]);
    await db.close();
    process.exit(1);
  }
  if (config.sync.workers > 0) {
    // Events past their retention go with the scheduled maintenance, and push subscriptions near their end are renewed.
    await jobs.startWorkers(worker, config.sync.workers, () =>
      Promise.all([services.events.prune(), services.pushSubscriptions.renewDue()]),
    );
    webhookDelivery.start();
  }
  logger.info(
    { url: `http://${config.host}:${config.port}`, publicUrl: config.publicUrl, database: db.kind },
    `gateway listening; GraphiQL at ${config.publicUrl}/graphql`,
  );
  if (firstKey) process.stdout.write(firstKeyBanner(firstKey, config.publicUrl));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    await Promise.all([closeGracefully(app, SHUTDOWN_GRACE_MS), admin.close()]);
    // Workers finish (or hand back) their jobs before the database they write to closes.
    await Promise.all([jobs.stop(), webhookDelivery.stop()]);
    await Promise.all([db.close(), closeUpstreamConnections()]);
    logger.info('shutdown complete');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Gateway failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
