// What a sync run reports while it runs: runSync.ts emits these, the gateway's pubsub carries them, and
// Subscription.syncProgress serves them.

export type SyncProgress =
  | { type: 'started'; runId: string; resources: number }
  | { type: 'resource'; runId: string; resource: string; filesDone: number; filesTotal: number }
  | { type: 'resourceDone'; runId: string; resource: string; added: number; updated: number; deleted: number }
  | { type: 'finished'; runId: string; status: FinishedStatus; added: number; updated: number; deleted: number };

/** How a finished run ended. */
export type FinishedStatus = 'SUCCEEDED' | 'PARTIAL' | 'FAILED';

export type SyncProgressOf<Type extends SyncProgress['type']> = Extract<SyncProgress, { type: Type }>;
