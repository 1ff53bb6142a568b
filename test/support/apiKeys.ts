// API keys for tests that open a database without a whole test gateway (processes, benchmarks).
import type { PrismaClient } from '../../src/generated/prisma/client';
import { ApiKeyService } from '../../src/modules/auth/apiKeys';
import { ApiKeyStorage } from '../../src/modules/auth/storage';

export function createApiKey(prisma: PrismaClient, options: { organization: string; label?: string }) {
  return new ApiKeyService(new ApiKeyStorage(prisma)).create(options);
}
