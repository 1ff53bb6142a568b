// API keys: `cgw_<prefix>_<secret>`. Only a SHA-256 hash of the whole key is stored (the key carries 256 random
// bits, so a slow password hash adds nothing); the short prefix is stored in clear to look the key up and to
// name it in listings and revocations. Verified keys are remembered for a few seconds, keyed by a hash, so the
// hot path skips the database; a revoked key therefore stops working within API_KEY_CACHE_TTL_MS, everywhere.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { ApiKeyStorage, StoredApiKey } from './storage.js';

const KEY_PATTERN = /^cgw_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;
const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// Writing last-used on every request would turn every read into a write; minute precision is enough.
const LAST_USED_RESOLUTION_MS = 60_000;

export const API_KEY_CACHE_TTL_MS = 5_000;

export interface ApiKeyPrincipal {
  apiKeyId: string;
  organizationId: string;
}

export interface ApiKeySummary {
  prefix: string;
  organization: string;
  label: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export class InvalidSlugError extends Error {
  constructor(slug: string) {
    super(`Invalid organization slug ${JSON.stringify(slug)}: use lowercase letters, digits and dashes (at most 63).`);
    this.name = 'InvalidSlugError';
  }
}

export class ApiKeyNotFoundError extends Error {
  constructor(prefix: string) {
    super(`No API key with prefix ${JSON.stringify(prefix)}.`);
    this.name = 'ApiKeyNotFoundError';
  }
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function normalizePrefix(prefix: string): string {
  return prefix.startsWith('cgw_') ? prefix : `cgw_${prefix}`;
}

function toSummary(key: StoredApiKey): ApiKeySummary {
  const { prefix, label, createdAt, lastUsedAt, revokedAt } = key;
  return { prefix, organization: key.organization.slug, label, createdAt, lastUsedAt, revokedAt };
}

export class ApiKeyService {
  // Keyed by a hash, so the cache never holds a key itself; 10,000 entries of a few hundred bytes.
  private readonly verified = new LRUCache<string, ApiKeyPrincipal>({ max: 10_000, ttl: API_KEY_CACHE_TTL_MS });

  constructor(private readonly storage: ApiKeyStorage) {}

  /** Creates a key for the organization `slug`, creating the organization if it does not exist yet. */
  async create({
    organization,
    label,
  }: {
    organization: string;
    label?: string | undefined;
  }): Promise<{ key: string; prefix: string; organizationId: string }> {
    if (!SLUG_PATTERN.test(organization)) throw new InvalidSlugError(organization);
    const organizationId = await this.storage.organizationId(organization);
    const prefix = `cgw_${randomBytes(6).toString('hex')}`;
    const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
    await this.storage.create({ organizationId, prefix, hash: hashKey(key), label: label ?? null });
    return { key, prefix, organizationId };
  }

  async list(): Promise<ApiKeySummary[]> {
    return (await this.storage.all()).map(toSummary);
  }

  /** Revokes the key with this prefix (with or without `cgw_`). Revoking twice keeps the first time. */
  async revoke(prefix: string): Promise<ApiKeySummary> {
    const found = await this.storage.byPrefix(normalizePrefix(prefix));
    if (!found) throw new ApiKeyNotFoundError(prefix);
    return toSummary(await this.storage.revoke(found.id, found.revokedAt ?? new Date()));
  }

  /** Whether any organization exists yet (the first start creates one). */
  async anyOrganization(): Promise<boolean> {
    return (await this.storage.organizationCount()) > 0;
  }

  /** Resolves a presented key to its organization, or null when it is malformed, unknown or revoked. */
  async verify(presented: string): Promise<ApiKeyPrincipal | null> {
    const cacheKey = createHash('sha256').update(presented).digest('base64');
    const cached = this.verified.get(cacheKey);
    if (cached) return cached;
    const principal = await this.verifyStored(presented);
    if (principal) this.verified.set(cacheKey, principal);
    return principal;
  }

  private async verifyStored(presented: string): Promise<ApiKeyPrincipal | null> {
    const match = KEY_PATTERN.exec(presented);
    if (!match) return null;
    const stored = await this.storage.byPrefix(`cgw_${match[1] ?? ''}`);
    if (!stored || stored.revokedAt) return null;
    if (!timingSafeEqual(Buffer.from(stored.hash, 'hex'), Buffer.from(hashKey(presented), 'hex'))) return null;
    const now = Date.now();
    if (!stored.lastUsedAt || now - stored.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS)
      await this.storage.touch(stored.id, new Date(now));
    return { apiKeyId: stored.id, organizationId: stored.organizationId };
  }
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The principal of an `Authorization: Bearer <key>` header; null for a missing, malformed, unknown or revoked key. */
export async function authenticate(
  apiKeys: Pick<ApiKeyService, 'verify'>,
  authorization: string | undefined,
): Promise<ApiKeyPrincipal | null> {
  const key = authorization ? BEARER.exec(authorization)?.[1] : undefined;
  return key ? apiKeys.verify(key) : null;
}
