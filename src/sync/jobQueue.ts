// Durable sync jobs on pg-boss, in the gateway's own database (PostgreSQL, or the embedded PGlite through an
// executor). A job says "sync connection X"; the run itself lives in sync_runs, and a worker claims it
// atomically there, so at most one run per connection executes even if jobs for it overlap. (pg-boss 10's
// per-key policies would give that too, but a busy key then blocks every other key: timgit/pg-boss#535.)
import PgBoss from 'pg-boss';
import type { Database } from '../db/database.js';
import type { SyncRun } from '../generated/prisma/client.js';
import type { Logger } from '../logger.js';
import type { Gateway } from '../services/gateway.js';
import type { SyncQueue } from './queue.js';
import { requestSync } from './requestSync.js';
import { runSync } from './runSync.js';

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
  startWorkers(gateway: Gateway, count: number): Promise<void>;
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
    async startWorkers(gateway, count) {
      await boss.work(SCHEDULER_QUEUE, { pollingIntervalSeconds: 5 }, async () => {
        await queueDueSyncs(gateway, options.syncIntervalMinutes);
      });
      for (let index = 0; index < count; index += 1) {
        await boss.work<{ connectionId: string }>(
          SYNC_QUEUE,
          { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true },
          async ([job]) => {
            if (!job) return;
            const lastAttempt = job.retryCount >= job.retryLimit;
            await processConnection(gateway, job.data.connectionId, options.jobTimeoutSeconds, lastAttempt);
          },
        );
      }
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/**
 * Runs the connection's claimable run, if any, then hands on a run queued meanwhile. A run that fails outright
 * (not one resource: the run itself, e.g. the database) goes back to the queue for the job's retry, with
 * backoff; after the last attempt it is recorded FAILED with the reason.
 */
async function processConnection(gateway: Gateway, connectionId: string, timeoutSeconds: number, lastAttempt: boolean): Promise<void> {
  const run = await claimRun(gateway, connectionId, timeoutSeconds);
  if (!run) return;
  try {
    await runSync(gateway, run.id, { onProgress: (event) => gateway.events.publish('syncProgress', connectionId, event) });
  } catch (error) {
    gateway.logger.error({ err: error, runId: run.id, lastAttempt }, 'sync run failed');
    await gateway.prisma.syncRun.update({
      where: { id: run.id },
      data: lastAttempt
        ? { status: 'FAILED', finishedAt: new Date(), error: `The sync failed: ${(error as Error).message}` }
        : { status: 'QUEUED', startedAt: null },
    });
    throw error;
  }
  const waiting = await gateway.prisma.syncRun.count({ where: { connectionId, status: 'QUEUED' } });
  if (waiting > 0) await gateway.syncQueue.notify(connectionId);
}

/**
 * Claims the connection's run for this worker: an abandoned RUNNING one (its worker died), or the oldest QUEUED
 * one unless another worker is running one right now. The status change is a compare-and-set, so of two workers
 * only one wins.
 */
async function claimRun(gateway: Gateway, connectionId: string, timeoutSeconds: number): Promise<SyncRun | null> {
  const staleBefore = new Date(Date.now() - timeoutSeconds * 1000);
  const running = await gateway.prisma.syncRun.findFirst({ where: { connectionId, status: 'RUNNING' }, orderBy: { createdAt: 'asc' } });
  const candidate = running
    ? running.startedAt && running.startedAt < staleBefore
      ? running
      : null
    : await gateway.prisma.syncRun.findFirst({ where: { connectionId, status: 'QUEUED' }, orderBy: { createdAt: 'asc' } });
  if (!candidate) return null;
  const claimed = await gateway.prisma.syncRun.updateMany({
    where: { id: candidate.id, status: candidate.status, startedAt: candidate.startedAt },
    data: { status: 'RUNNING', startedAt: new Date() },
  });
  return claimed.count === 1 ? candidate : null;
}

/** Queues a scheduled run for each active, configured connection whose last run started before the interval. */
export async function queueDueSyncs(gateway: Gateway, intervalMinutes: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - intervalMinutes * 60_000);
  const due = await gateway.prisma.connection.findMany({
    where: {
      status: 'ACTIVE',
      configuredResources: { some: {} },
      syncRuns: { none: { OR: [{ createdAt: { gt: cutoff } }, { status: { in: ['QUEUED', 'RUNNING'] } }] } },
    },
    select: { id: true },
    take: 1000,
  });
  for (const connection of due) await requestSync(gateway, connection.id, 'SCHEDULE', null);
  return due.length;
}
