// What a sync worker does with a job: run the connection's claimable run (publishing its progress), hand on a run
// queued meanwhile; and, every minute, queue the connections whose last run is older than the interval.
import type { Logger } from '../../logger.js';
import type { SyncProgressHub } from './progressHub.js';
import type { SyncRequests } from './requests.js';
import { runSync, type RunHooks, type RunSyncDeps } from './runSync.js';
import type { SyncRun, SyncStorage } from './storage.js';

export interface SyncWorkerDeps extends RunSyncDeps {
  storage: SyncStorage;
  requests: SyncRequests;
  progress: SyncProgressHub;
  logger: Logger;
}

export class SyncWorker {
  constructor(private readonly deps: SyncWorkerDeps) {}

  /**
   * Runs the connection's claimable run, if any, then hands on a run queued meanwhile. A run that fails outright
   * (not one resource: the run itself, e.g. the database) goes back to the queue for the job's retry, with
   * backoff; after the last attempt it is recorded FAILED with the reason.
   */
  async processConnection(connectionId: string, timeoutSeconds: number, lastAttempt: boolean): Promise<void> {
    const { storage, requests, progress, logger } = this.deps;
    const run = await storage.claim(connectionId, new Date(Date.now() - timeoutSeconds * 1000));
    if (!run) return;
    try {
      await this.run(run.id, { onProgress: (event) => void progress.publish(connectionId, event) });
    } catch (error) {
      logger.error({ err: error, runId: run.id, lastAttempt }, 'sync run failed');
      await storage.abandon(run.id, { lastAttempt, reason: `The sync failed: ${error instanceof Error ? error.message : String(error)}` });
      throw error;
    }
    if ((await storage.queuedCount(connectionId)) > 0) await requests.wake(connectionId);
  }

  /** Runs one run now, whatever its status (the job path claims it first). */
  run(runId: string, hooks: RunHooks = {}): Promise<SyncRun> {
    return runSync(this.deps, runId, hooks);
  }

  /** Queues a scheduled run for each active, configured connection whose last run started before the interval. */
  async queueDueSyncs(intervalMinutes: number, now = new Date()): Promise<number> {
    const due = await this.deps.storage.dueConnections(new Date(now.getTime() - intervalMinutes * 60_000));
    for (const connectionId of due) await this.deps.requests.request(connectionId, 'SCHEDULE', null);
    return due.length;
  }
}
