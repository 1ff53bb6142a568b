// Asking for a sync: at most one run per connection waits in the queue at a time, so a request made while one is
// queued joins it (widening its scope to the whole connection when they differ) and adds no job: the job that
// queued the run, or the hand-on after the running one, brings a worker to it.
import type { Tx } from '../../db/transaction.js';
import type { SyncQueue } from './queue.js';
import type { QueuedRun, SyncRun, SyncScope, SyncStorage, SyncTriggerName } from './storage.js';

export class SyncRequests {
  constructor(
    private readonly storage: SyncStorage,
    private readonly queue: SyncQueue,
  ) {}

  /** Within `tx` (beside the change that calls for it): the connection's queued run; `wakeFor` once it commits. */
  queueIn(tx: Tx, connectionId: string, trigger: SyncTriggerName, scope: SyncScope | null): Promise<QueuedRun> {
    return this.storage.queueRun(tx, connectionId, trigger, scope);
  }

  /** After the run queued by `queueIn` committed: a job for it, unless it joined a run that already has one. */
  async wakeFor(queued: QueuedRun): Promise<void> {
    if (!queued.joined) await this.wake(queued.run.connectionId, queued.run.trigger);
  }

  /** Makes sure a worker will process the connection's queued (or abandoned) run. */
  wake(connectionId: string, trigger: SyncTriggerName): Promise<void> {
    return this.queue.notify(connectionId, trigger);
  }

  /** Queues a sync of the connection (joining one already queued) and wakes a worker for it. */
  async request(connectionId: string, trigger: SyncTriggerName, scope: SyncScope | null): Promise<SyncRun> {
    const queued = await this.storage.queue(connectionId, trigger, scope);
    await this.wakeFor(queued);
    return queued.run;
  }
}
