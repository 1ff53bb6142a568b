// Durable sync jobs on pg-boss, in the gateway's own database (PostgreSQL, or the embedded PGlite through an
// executor). A job says "sync connection X"; the run itself lives in sync_runs, and a worker claims it
// atomically there, so at most one run per connection executes even if jobs for it overlap. (pg-boss 10's
// per-key policies would give that too, but a busy key then blocks every other key: timgit/pg-boss#535.)
import PgBoss from 'pg-boss';
import type { Database } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import type { SyncQueue } from './queue.js';
import type { SyncWorker } from './worker.js';

export const SYNC_QUEUE = 'connection-sync';

// Arbitrary, fixed key for pg_advisory_lock: serializes queue setup across gateway instances.
const QUEUE_SETUP_LOCK_KEY = 7_242_031_906;

export const SCHEDULER_QUEUE = 'sync-scheduler';

export interface JobQueueOptions {
  /** A run not finished this long after it started is presumed abandoned (its worker died) and taken over. */
  jobTimeoutSeconds: number;
  /** Connections are synced again when their last run started longer ago than this. */
  syncIntervalMinutes: number;
  logger: Logger;
}

export interface JobQueue {
  queue: SyncQueue;
  /** Starts `count` workers in this process. */
  startWorkers(worker: SyncWorker, count: number): Promise<void>;
  stop(): Promise<void>;
}

export async function openJobQueue(db: Database, options: JobQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    ...(db.jobStore as PgBoss.ConstructorOptions),
    // Abandoned jobs come back after the timeout; maintenance notices within seconds.
    maintenanceIntervalSeconds: 5,
    monitorStateIntervalSeconds: 60,
  });
  boss.on('error', (error) => options.logger.error({ err: error }, 'job queue error'));
  await boss.start();
  const settings = {
    name: SYNC_QUEUE,
    policy: 'standard' as const,
    retryLimit: 5,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: options.jobTimeoutSeconds,
  };
  // Gateways starting at once on a fresh database would deadlock inside pg-boss's createQueue: take turns.
  await db.withSession(async (session) => {
    await session.query('SELECT pg_advisory_lock($1)', [QUEUE_SETUP_LOCK_KEY]);
    try {
      if (await boss.getQueue(SYNC_QUEUE)) await boss.updateQueue(SYNC_QUEUE, settings);
      else await boss.createQueue(SYNC_QUEUE, settings);
      if (!(await boss.getQueue(SCHEDULER_QUEUE))) await boss.createQueue(SCHEDULER_QUEUE, { name: SCHEDULER_QUEUE, policy: 'standard' });
      // Every minute, once across all gateway instances: queue the connections that are due.
      await boss.schedule(SCHEDULER_QUEUE, '* * * * *');
    } finally {
      await session.query('SELECT pg_advisory_unlock($1)', [QUEUE_SETUP_LOCK_KEY]);
    }
  });
  // Jobs of a worker killed before this start are failed (and retried) now rather than at the next tick.
  await boss.maintain();

  const queue: SyncQueue = {
    async notify(connectionId) {
      await boss.send(SYNC_QUEUE, { connectionId });
    },
  };

  return {
    queue,
    async startWorkers(worker, count) {
      await boss.work(SCHEDULER_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
        await worker.queueDueSyncs(options.syncIntervalMinutes);
      });
      for (let index = 0; index < count; index += 1) {
        await boss.work<{ connectionId: string }>(
          SYNC_QUEUE,
          { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true },
          async ([job]) => {
            if (!job) return;
            const lastAttempt = job.retryCount >= job.retryLimit;
            await worker.processConnection(job.data.connectionId, options.jobTimeoutSeconds, lastAttempt);
          },
        );
      }
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
