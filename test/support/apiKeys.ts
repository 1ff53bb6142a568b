// API keys for tests that open a database without a whole test gateway (processes, benchmarks).
import type { DatabaseConfig } from '../../src/config';
import { createSecretBox } from '../../src/crypto/secretBox';
import { openDatabase } from '../../src/db/database';
import { localEventChannel } from '../../src/db/eventChannel';
import { migrate } from '../../src/db/migrate';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { createLogger } from '../../src/logger';
import { ApiKeyService } from '../../src/modules/auth/apiKeys';
import { ApiKeyStorage } from '../../src/modules/auth/storage';
import { TEST_ENCRYPTION_KEY } from './gateway';

export function createApiKey(prisma: PrismaClient, options: { organization: string; label?: string }) {
  // Creating a key announces nothing: an in-process channel will do.
  return new ApiKeyService(new ApiKeyStorage(prisma), localEventChannel(createLogger('silent'))).create(options);
}

export interface SeededTokens {
  accessToken: string;
  refreshToken?: string;
  accessTokenExpiresAt?: Date;
}

/** A configured resource to seed, without its webhook. */
export interface SeededResource {
  providerResourceId: string;
  fullName: string;
  defaultBranch: string;
}

/**
 * For suites that run the gateway as processes: migrates the database, then creates organization "acme" with a
 * key and one active GitHub connection holding these tokens (sealed with the test encryption key), with
 * `selection` configured.
 */
export async function seedConnection(
  config: DatabaseConfig,
  tokens: SeededTokens,
  selection: SeededResource[] = [],
): Promise<{ key: string; connectionId: string }> {
  const db = await openDatabase(config);
  try {
    await migrate(db);
    const { key, organizationId } = await createApiKey(db.prisma, { organization: 'acme' });
    const box = createSecretBox(Buffer.from(TEST_ENCRYPTION_KEY, 'hex'));
    const connection = await db.prisma.connection.create({
      data: {
        organizationId,
        provider: 'GITHUB',
        status: 'ACTIVE',
        accessTokenEncrypted: box.seal(tokens.accessToken),
        refreshTokenEncrypted: tokens.refreshToken ? box.seal(tokens.refreshToken) : null,
        accessTokenExpiresAt: tokens.accessTokenExpiresAt ?? null,
        configuredResources: { create: selection },
      },
    });
    return { key, connectionId: connection.id };
  } finally {
    await db.close();
  }
}
