// The composition root: every long-lived collaborator is built here, once per process, and handed to what needs
// it. `npm start` (main.ts), the CLI's worker and the tests' gateway all compose the gateway through this.
import type { Config } from './config.js';
import { loadEncryptionKey } from './crypto/encryptionKey.js';
import { createSecretBox } from './crypto/secretBox.js';
import type { Database } from './db/database.js';
import { advisoryLock } from './db/keyedLock.js';
import { transactor } from './db/transaction.js';
import { ConnectionBusyError } from './errors.js';
import type { Logger } from './logger.js';
import { ApiKeyService } from './modules/auth/apiKeys.js';
import { ApiKeyStorage } from './modules/auth/storage.js';
import { createSender } from './modules/appWebhooks/sender.js';
import { WebhookEndpointService } from './modules/appWebhooks/service.js';
import { WebhookStorage } from './modules/appWebhooks/storage.js';
import { DeliveryWorker } from './modules/appWebhooks/worker.js';
import { CredentialsManager } from './modules/connections/credentials.js';
import { StateSigner } from './modules/connections/oauthState.js';
import { ConnectionService } from './modules/connections/service.js';
import { ConnectionStorage } from './modules/connections/storage.js';
import { EventLog } from './modules/events/service.js';
import { EventStorage } from './modules/events/storage.js';
import { PushSubscriptions } from './modules/pushSubscriptions/service.js';
import { PushSubscriptionStorage } from './modules/pushSubscriptions/storage.js';
import { ResourceListingCache } from './modules/resources/listingCache.js';
import { ResourceService } from './modules/resources/service.js';
import { ConfiguredResourceStorage } from './modules/resources/storage.js';
import type { Services } from './modules/services.js';
import { SyncProgressHub } from './modules/sync/progressHub.js';
import type { SyncQueue } from './modules/sync/queue.js';
import { SyncRequests } from './modules/sync/requests.js';
import { SyncService } from './modules/sync/service.js';
import { SyncStorage } from './modules/sync/storage.js';
import { SyncWorker } from './modules/sync/worker.js';
import { WebhookReceiver } from './modules/webhooks/receiver.js';
import { DeliveryStorage } from './modules/webhooks/storage.js';
import { createProviderRegistry } from './providers/registry.js';

export interface Gateway {
  services: Services;
  /** What sync workers run (main.ts starts them on the job queue when WORKERS > 0). */
  worker: SyncWorker;
  /** Delivers the event log to the organizations' webhook endpoints (started beside the sync workers). */
  webhookDelivery: DeliveryWorker;
}

// Namespace of the advisory locks that serialize changes to one connection's selection across processes.
const CONFIGURE_LOCK_NAMESPACE = 7_242_032;
/** How long a change waits for another change to the same connection before answering ConnectionBusyError. */
const CONFIGURE_LOCK_WAIT_MS = 60_000;

export async function composeGateway({
  db,
  config,
  logger,
  syncQueue,
}: {
  db: Database;
  config: Config;
  logger: Logger;
  syncQueue: SyncQueue;
}): Promise<Gateway> {
  const { prisma } = db;
  // What every process on the database hears: sync progress, and which cached rows a change made stale.
  const events = db.events(logger);
  // The log of what changed, for apps: every change below appends its events in its own transaction.
  const eventLog = new EventLog(new EventStorage(prisma), events, config.eventRetentionDays);
  const key = await loadEncryptionKey(config);
  const secretBox = createSecretBox(key);
  const providers = createProviderRegistry(config.providers);

  const connectionStorage = new ConnectionStorage(prisma, events, eventLog);
  const credentials = new CredentialsManager(connectionStorage, secretBox, providers, logger);
  const connections = new ConnectionService({
    storage: connectionStorage,
    credentials,
    providers,
    stateSigner: new StateSigner(key),
    secretBox,
    logger,
    publicUrl: config.publicUrl,
    allowedRedirectOrigins: config.allowedRedirectOrigins,
  });

  const syncStorage = new SyncStorage(prisma, eventLog);
  const requests = new SyncRequests(syncStorage, syncQueue);
  const progress = new SyncProgressHub(events);

  // One per-connection lock for everything that changes what is registered at the provider for a connection.
  const connectionLocks = advisoryLock(db, {
    namespace: CONFIGURE_LOCK_NAMESPACE,
    waitMs: CONFIGURE_LOCK_WAIT_MS,
    onTimeout: (connectionId) => new ConnectionBusyError(connectionId),
  });
  const push = new PushSubscriptions({
    storage: new PushSubscriptionStorage(prisma),
    providers,
    credentials,
    connections: connectionStorage,
    secretBox,
    locks: connectionLocks,
    publicUrl: config.publicUrl,
    logger,
  });

  const resources = new ResourceService({
    providers,
    credentials,
    storage: new ConfiguredResourceStorage(prisma),
    listings: new ResourceListingCache(config.resourcesCacheTtlMs),
    requests,
    transact: transactor(prisma),
    locks: connectionLocks,
    events,
    eventLog,
    documents: syncStorage,
    secretBox,
    push,
    publicUrl: config.publicUrl,
    logger,
  });
  // Deleting a connection removes its resources' webhooks first; the resources module depends on this one, so
  // the link is made here rather than by an import.
  connections.onDelete(resources);

  const webhookStorage = new WebhookStorage(prisma);
  const webhookSettings = config.webhooks;
  const services: Services = {
    providers,
    apiKeys: new ApiKeyService(new ApiKeyStorage(prisma), events),
    connections,
    events: eventLog,
    resources,
    pushSubscriptions: push,
    webhookEndpoints: new WebhookEndpointService(
      webhookStorage,
      secretBox,
      { allowPrivate: webhookSettings.allowPrivateUrls },
      webhookSettings.secretOverlapMs,
      eventLog,
    ),
    sync: new SyncService({ storage: syncStorage, requests, progress, providers }),
    webhooks: new WebhookReceiver({
      providers,
      hookTargets: (provider, resourceId, webhookId) => resources.hookTargets(provider, resourceId, webhookId),
      pushTargets: (provider, subscriptionId) => push.targets(provider, subscriptionId),
      deliveries: new DeliveryStorage(prisma),
      requests,
    }),
  };
  const worker = new SyncWorker({ storage: syncStorage, requests, progress, selection: resources, providers, credentials, logger });
  const webhookDelivery = new DeliveryWorker({
    storage: webhookStorage,
    events: eventLog,
    transact: transactor(prisma),
    secretBox,
    sender: createSender({ timeoutMs: webhookSettings.timeoutMs, allowPrivate: webhookSettings.allowPrivateUrls }),
    logger,
    retry: { baseMs: webhookSettings.retryBaseMs, windowMs: webhookSettings.disableAfterMs },
    disableAfterMs: webhookSettings.disableAfterMs,
    timeoutMs: webhookSettings.timeoutMs,
    retentionMs: config.eventRetentionDays * 86_400_000,
  });
  return { services, worker, webhookDelivery };
}
