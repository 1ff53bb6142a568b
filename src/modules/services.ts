// What the API surfaces (resolvers, REST routes) can use: one service per domain module, and the provider
// registry. Built by the composition root (src/composition.ts); each service holds only its own collaborators.
import type { ProviderRegistry } from '../providers/registry.js';
import type { WebhookEndpointService } from './appWebhooks/service.js';
import type { ApiKeyService } from './auth/apiKeys.js';
import type { ConnectionService } from './connections/service.js';
import type { EventLog } from './events/service.js';
import type { PushSubscriptions } from './pushSubscriptions/service.js';
import type { ResourceService } from './resources/service.js';
import type { SyncService } from './sync/service.js';
import type { WebhookReceiver } from './webhooks/receiver.js';

export interface Services {
  providers: ProviderRegistry;
  apiKeys: ApiKeyService;
  connections: ConnectionService;
  events: EventLog;
  resources: ResourceService;
  /** Connections' push subscriptions at their providers (renewed by the scheduled maintenance). */
  pushSubscriptions: PushSubscriptions;
  sync: SyncService;
  webhooks: WebhookReceiver;
  /** Webhooks to the app: its endpoints and their deliveries. */
  webhookEndpoints: WebhookEndpointService;
}
