// What a sync worker does with a job: run the connection's claimable run (publishing its progress), hand on a run
// queued meanwhile; and, every minute, queue the connections whose last run is older than the interval.
import type { Logger } from '../../logger.js';
import type { SyncProgressHub } from './progressHub.js';
import type { SyncRequests } from './requests.js';
import { runSync, type RunHooks, type RunSyncDeps } from './runSync.js';
import { LEASE_RENEW_MS, LeaseLostError, type SyncRun, type SyncStorage } from './storage.js';

export interface SyncWorkerDeps extends RunSyncDeps {
  storage: SyncStorage;
  requests: SyncRequests;
  progress: SyncProgressHub;
  logger: Logger;
}

export class SyncWorker {
  constructor(private readonly deps: SyncWorkerDeps) {}

  /**
   * Runs the connection's claimable run, if any, renewing its lease meanwhile, then hands on a run queued
   * meanwhile. A run that fails outright (not one resource: the run itself, e.g. the database) goes back to the
   * queue for the job's retry, with backoff; after the last attempt it is recorded FAILED with the reason. A run
   * another worker took over (this one was presumed dead) is left to that worker.
   */
  async processConnection(connectionId: string, lastAttempt: boolean): Promise<void> {
    const { storage, requests, progress, logger } = this.deps;
    const claimed = await storage.claim(connectionId);
    if (!claimed) return;
    const { run, lease } = claimed;
    const heartbeat = setInterval(() => {
      storage.renew(run.id, lease).catch((error: unknown) => {
        logger.warn({ err: error, runId: run.id }, 'could not renew a sync run lease');
      });
    }, LEASE_RENEW_MS);
    heartbeat.unref();
    try {
      await runSync(this.deps, run.id, { onProgress: (event) => void progress.publish(connectionId, event) }, lease);
    } catch (error) {
      if (error instanceof LeaseLostError) {
        logger.warn({ runId: run.id }, 'another worker took over this sync run; stopped');
        return;
      }
      logger.error({ err: error, runId: run.id, lastAttempt }, 'sync run failed');
      await storage.abandon(run.id, lease, {
        lastAttempt,
        reason: `The sync failed: ${error instanceof Error ? error.message : String(error)}`,
      });
      throw error;
    } finally {
      clearInterval(heartbeat);
    }
    if ((await storage.queuedCount(connectionId)) > 0) await requests.wake(connectionId, 'WEBHOOK');
  }

  /** Runs one run now, whatever its status (the job path claims it first). */
  run(runId: string, hooks: RunHooks = {}): Promise<SyncRun> {
    return runSync(this.deps, runId, hooks);
  }

  /** Wakes a worker for each run whose worker went silent, to take it over; returns how many. */
  async wakeAbandoned(): Promise<number> {
    const abandoned = await this.deps.storage.abandonedRunConnections();
    for (const connectionId of abandoned) await this.deps.requests.wake(connectionId, 'WEBHOOK');
    return abandoned.length;
  }

  /** Queues a scheduled run for each active, configured connection whose last run started before the interval. */
  async queueDueSyncs(intervalMinutes: number, now = new Date()): Promise<number> {
    const due = await this.deps.storage.dueConnections(new Date(now.getTime() - intervalMinutes * 60_000));
    for (const connectionId of due) await this.deps.requests.request(connectionId, 'SCHEDULE', null);
    return due.length;
  }
}
