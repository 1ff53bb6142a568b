// The gateway's long-lived services, built once per process and shared by the GraphQL resolvers and the REST
// routes, so both run the same code.
import type { Config } from '../config';
import { loadEncryptionKey } from '../crypto/encryptionKey';
import { createSecretBox, type SecretBox } from '../crypto/secretBox';
import type { PrismaClient } from '../generated/prisma/client';
import type { Logger } from '../logger';
import { createProviderRegistry, type ProviderRegistry } from '../providers/registry';
import { ApiKeyCache } from '../auth/apiKeyCache';
import { ConnectionStore } from './connectionStore';
import { ResourceListingCache } from './listingCache';
import { KeyedMutex } from './keyedMutex';

export interface Gateway {
  prisma: PrismaClient;
  providers: ProviderRegistry;
  secretBox: SecretBox;
  logger: Logger;
  publicUrl: string;
  apiKeys: ApiKeyCache;
  connections: ConnectionStore;
  listings: ResourceListingCache;
  /** Serializes configuration changes per connection within this process. */
  configureLocks: KeyedMutex;
}

export function createGateway(options: {
  prisma: PrismaClient;
  providers: ProviderRegistry;
  secretBox: SecretBox;
  logger: Logger;
  config: Pick<Config, 'publicUrl' | 'resourcesCacheTtlMs'>;
}): Gateway {
  return {
    prisma: options.prisma,
    providers: options.providers,
    secretBox: options.secretBox,
    logger: options.logger,
    publicUrl: options.config.publicUrl,
    apiKeys: new ApiKeyCache(options.prisma),
    connections: new ConnectionStore(options.prisma),
    listings: new ResourceListingCache(options.config.resourcesCacheTtlMs),
    configureLocks: new KeyedMutex(),
  };
}

/** Builds the gateway for a configuration: provider adapters, the credentials key, caches. */
export async function assembleGateway(prisma: PrismaClient, config: Config, logger: Logger): Promise<Gateway> {
  const key = await loadEncryptionKey(config);
  return createGateway({
    prisma,
    providers: createProviderRegistry(config),
    secretBox: createSecretBox(key),
    logger,
    config,
  });
}
