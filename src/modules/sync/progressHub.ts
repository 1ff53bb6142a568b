// Sync progress for Subscription.syncProgress: published by the worker that runs the sync, in whichever process,
// and delivered to the subscribers of every process through the event channel, in the order published.
import { createPubSub } from 'graphql-yoga';
import type { EventChannel } from '../../db/eventChannel.js';
import type { SyncProgress } from './progress.js';

const TOPIC = 'sync.progress';

export class SyncProgressHub {
  private readonly pubsub = createPubSub<{ syncProgress: [connectionId: string, event: SyncProgress] }>();

  constructor(private readonly events: EventChannel) {
    events.subscribe(TOPIC, (payload) => {
      const { connectionId, event } = payload as { connectionId: string; event: SyncProgress };
      this.pubsub.publish('syncProgress', connectionId, event);
    });
  }

  /** Resolves once sent (never rejects: progress lost to a channel that is down is logged by the channel). */
  publish(connectionId: string, event: SyncProgress): Promise<void> {
    return this.events.publish(TOPIC, { connectionId, event });
  }

  subscribe(connectionId: string): AsyncIterable<SyncProgress> {
    return this.pubsub.subscribe('syncProgress', connectionId);
  }
}
