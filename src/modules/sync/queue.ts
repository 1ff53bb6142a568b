import type { SyncTriggerName } from './storage.js';

/** Where sync work is handed to workers. Workers look up the connection's queued (or abandoned) run. */
export interface SyncQueue {
  /**
   * Makes sure a worker will process the connection's queued run. `trigger` orders the work: a scheduled re-sync
   * waits behind first syncs, webhooks and requests made by hand.
   */
  notify(connectionId: string, trigger: SyncTriggerName): Promise<void>;
}
