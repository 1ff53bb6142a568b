// The gateway's long-lived services, built once per process and shared by the GraphQL resolvers and the REST
// routes, so both run the same code.
import type { Config } from '../config.js';
import { loadEncryptionKey } from '../crypto/encryptionKey.js';
import { createSecretBox, type SecretBox } from '../crypto/secretBox.js';
import { StateSigner } from '../oauth/state.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Logger } from '../logger.js';
import { createProviderRegistry, type ProviderRegistry } from '../providers/registry.js';
import { ApiKeyCache } from '../auth/apiKeyCache.js';
import { ConnectionStore } from './connectionStore.js';
import { CredentialsManager } from './credentials.js';
import { ResourceListingCache } from './listingCache.js';
import { createPubSub, type PubSub } from 'graphql-yoga';
import type { SyncQueue } from '../sync/queue.js';
import type { SyncProgress } from '../sync/progress.js';
import { KeyedMutex } from './keyedMutex.js';

export interface Gateway {
  prisma: PrismaClient;
  providers: ProviderRegistry;
  secretBox: SecretBox;
  logger: Logger;
  publicUrl: string;
  /** createConnection accepts redirect URLs on these origins only; null: any http(s) URL. */
  allowedRedirectOrigins: string[] | null;
  /** Signs and checks OAuth `state` values. */
  stateSigner: StateSigner;
  apiKeys: ApiKeyCache;
  connections: ConnectionStore;
  credentials: CredentialsManager;
  listings: ResourceListingCache;
  /** Serializes configuration changes per connection within this process. */
  configureLocks: KeyedMutex;
  /** Hands sync work to workers. */
  syncQueue: SyncQueue;
  /** Sync progress of runs executed in this process, for Subscription.syncProgress. */
  events: PubSub<{ syncProgress: [connectionId: string, event: SyncProgress] }>;
}

export function createGateway(options: {
  prisma: PrismaClient;
  providers: ProviderRegistry;
  secretBox: SecretBox;
  logger: Logger;
  config: Pick<Config, 'publicUrl' | 'resourcesCacheTtlMs' | 'allowedRedirectOrigins'>;
  stateSigner: StateSigner;
  syncQueue: SyncQueue;
}): Gateway {
  const connections = new ConnectionStore(options.prisma);
  return {
    prisma: options.prisma,
    providers: options.providers,
    secretBox: options.secretBox,
    logger: options.logger,
    publicUrl: options.config.publicUrl,
    allowedRedirectOrigins: options.config.allowedRedirectOrigins,
    stateSigner: options.stateSigner,
    apiKeys: new ApiKeyCache(options.prisma),
    connections,
    credentials: new CredentialsManager(options.prisma, options.secretBox, options.providers, connections, options.logger),
    listings: new ResourceListingCache(options.config.resourcesCacheTtlMs),
    configureLocks: new KeyedMutex(),
    syncQueue: options.syncQueue,
    events: createPubSub(),
  };
}

/** Builds the gateway for a configuration: provider adapters, the credentials key, caches. */
export async function assembleGateway(prisma: PrismaClient, config: Config, logger: Logger, syncQueue: SyncQueue): Promise<Gateway> {
  const key = await loadEncryptionKey(config);
  return createGateway({
    prisma,
    providers: createProviderRegistry(config),
    secretBox: createSecretBox(key),
    stateSigner: new StateSigner(key),
    logger,
    config,
    syncQueue,
  });
}
