/** Where sync work is handed to workers. Workers look up the connection's queued (or interrupted) run. */
export interface SyncQueue {
  /** Makes sure a worker will process the connection's queued run. */
  notify(connectionId: string): Promise<void>;
}
