// Sync progress of runs executed in this process, for Subscription.syncProgress: published by the worker,
// subscribed per connection.
import { createPubSub } from 'graphql-yoga';
import type { SyncProgress } from './progress.js';

export class SyncProgressHub {
  private readonly pubsub = createPubSub<{ syncProgress: [connectionId: string, event: SyncProgress] }>();

  publish(connectionId: string, event: SyncProgress): void {
    this.pubsub.publish('syncProgress', connectionId, event);
  }

  subscribe(connectionId: string): AsyncIterable<SyncProgress> {
    return this.pubsub.subscribe('syncProgress', connectionId);
  }
}
