// Asking for a sync: at most one run per connection waits in the queue at a time, so a request made while one is
// queued joins it (widening its scope to the whole connection when they differ). The worker is told about the run
// through the job queue.
import type { Tx } from '../../db/transaction.js';
import type { SyncQueue } from './queue.js';
import type { SyncRun, SyncScope, SyncStorage, SyncTriggerName } from './storage.js';

export class SyncRequests {
  constructor(
    private readonly storage: SyncStorage,
    private readonly queue: SyncQueue,
  ) {}

  /** Within `tx` (beside the change that calls for it): the connection's queued run; `wake` once it commits. */
  queueIn(tx: Tx, connectionId: string, trigger: SyncTriggerName, scope: SyncScope | null): Promise<SyncRun> {
    return this.storage.queueRun(tx, connectionId, trigger, scope);
  }

  /** Makes sure a worker will process the connection's queued run. */
  wake(connectionId: string): Promise<void> {
    return this.queue.notify(connectionId);
  }

  /** Queues a sync of the connection (joining one already queued) and wakes a worker for it. */
  async request(connectionId: string, trigger: SyncTriggerName, scope: SyncScope | null): Promise<SyncRun> {
    const run = await this.storage.queue(connectionId, trigger, scope);
    await this.wake(connectionId);
    return run;
  }
}
