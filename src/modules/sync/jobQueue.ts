// Durable sync jobs on pg-boss, in the gateway's own database (PostgreSQL, or the embedded PGlite through an
// executor). A job says "sync connection X"; the run itself lives in sync_runs, and a worker claims it
// atomically there, so at most one run per connection executes even if jobs for it overlap. (pg-boss 10's
// per-key policies would give that too, but a busy key then blocks every other key: timgit/pg-boss#535.)
import PgBoss from 'pg-boss';
import type { Database } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import type { SyncQueue } from './queue.js';
import { LEASE_STALE_MS, type SyncTriggerName } from './storage.js';
import type { SyncWorker } from './worker.js';

export const SYNC_QUEUE = 'connection-sync';

// Arbitrary, fixed key for pg_advisory_lock: serializes queue setup across gateway instances.
const QUEUE_SETUP_LOCK_KEY = 7_242_031_906;

export const SCHEDULER_QUEUE = 'sync-scheduler';

/** Workers fetch higher priorities first: scheduled re-syncs wait behind everything a user or a push asked for. */
const PRIORITY: Record<SyncTriggerName, number> = { CONFIGURE: 20, MANUAL: 20, WEBHOOK: 10, SCHEDULE: 0 };

/** How often each worker process looks for runs whose worker went silent (a third of the time that takes). */
const ABANDONED_SWEEP_MS = LEASE_STALE_MS / 3;

export interface JobQueueOptions {
  /**
   * The longest one job may run before pg-boss retries it. A run whose worker died is taken over much sooner,
   * when its lease goes stale (LEASE_STALE_MS); this only bounds a job that hangs.
   */
  jobTimeoutSeconds: number;
  /** Connections are synced again when their last run started longer ago than this. */
  syncIntervalMinutes: number;
  logger: Logger;
}

export interface JobQueue {
  queue: SyncQueue;
  /** Starts `count` workers in this process; `maintain` runs with the scheduler, once a minute across all processes. */
  startWorkers(worker: SyncWorker, count: number, maintain?: () => Promise<unknown>): Promise<void>;
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
    async notify(connectionId, trigger) {
      await boss.send(SYNC_QUEUE, { connectionId }, { priority: PRIORITY[trigger] });
    },
  };
  let sweep: NodeJS.Timeout | undefined;

  return {
    queue,
    async startWorkers(worker, count, maintain) {
      await boss.work(SCHEDULER_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
        await worker.queueDueSyncs(options.syncIntervalMinutes);
        await maintain?.();
      });
      for (let index = 0; index < count; index += 1) {
        // Known once work() returns; the handler only runs after that.
        const registered: { workerId?: string } = {};
        registered.workerId = await boss.work<{ connectionId: string }>(
          SYNC_QUEUE,
          { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true },
          async ([job]) => {
            if (!job) return;
            try {
              const lastAttempt = job.retryCount >= job.retryLimit;
              await worker.processConnection(job.data.connectionId, lastAttempt);
            } finally {
              // A worker that just finished a job fetches the next at once instead of waiting out the polling interval.
              if (registered.workerId) boss.notifyWorker(registered.workerId);
            }
          },
        );
      }
      // A run whose worker died (its heartbeat stopped) gets a job, and so a worker, within LEASE_STALE_MS or so.
      sweep = setInterval(() => {
        worker.wakeAbandoned().catch((error: unknown) => {
          options.logger.warn({ err: error }, 'could not look for abandoned sync runs');
        });
      }, ABANDONED_SWEEP_MS);
      sweep.unref();
    },
    async stop() {
      clearInterval(sweep);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
