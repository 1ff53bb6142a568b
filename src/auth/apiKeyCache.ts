// Verified API keys are remembered for a few seconds so the hot path skips the database; a revoked key
// therefore stops working within API_KEY_CACHE_TTL_MS, everywhere.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { PrismaClient } from '../generated/prisma/client.js';
import { verifyApiKey, type ApiKeyPrincipal } from './apiKeys.js';

export const API_KEY_CACHE_TTL_MS = 5_000;

export class ApiKeyCache {
  // Keyed by a hash, so the cache never holds a key itself.
  private readonly verified = new LRUCache<string, ApiKeyPrincipal>({ max: 10_000, ttl: API_KEY_CACHE_TTL_MS });

  constructor(private readonly prisma: PrismaClient) {}

  async verify(presented: string): Promise<ApiKeyPrincipal | null> {
    const cacheKey = createHash('sha256').update(presented).digest('base64');
    const cached = this.verified.get(cacheKey);
    if (cached) return cached;
    const principal = await verifyApiKey(this.prisma, presented);
    if (principal) this.verified.set(cacheKey, principal);
    return principal;
  }
}
