// API keys: `cgw_<prefix>_<secret>`. Only a SHA-256 hash of the whole key is stored (the key carries 256 random
// bits, so a slow password hash adds nothing); the short prefix is stored in clear to look the key up and to
// name it in listings and revocations. Verified keys are remembered for a few seconds, keyed by a hash, so the
// hot path skips the database. A revocation reaches every process through the event channel; a process that
// missed it (its channel was down) still stops accepting the key within API_KEY_CACHE_TTL_MS.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { EventChannel } from '../../db/eventChannel.js';
import { ApiKeyNotFoundError, ValidationError } from '../../errors.js';
import type { ApiKeyStorage, StoredApiKey } from './storage.js';

const KEY_PATTERN = /^cgw_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;
const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// Writing last-used on every request would turn every read into a write; minute precision is enough.
const LAST_USED_RESOLUTION_MS = 60_000;
export const MAX_LABEL_LENGTH = 100;

export const API_KEY_CACHE_TTL_MS = 5_000;

const REVOKED = 'apikey.revoked';

export interface ApiKeyPrincipal {
  apiKeyId: string;
  organizationId: string;
}

export interface ApiKeySummary {
  /** Internal: tells the request's own key apart; never shown. */
  id: string;
  prefix: string;
  organization: string;
  label: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** The organization a key is created in when none is named, on an install with no organization yet. */
export const DEFAULT_ORGANIZATION = 'default';

/** How many organizations an OrganizationRequiredError names before it says "and more". */
const NAMED_ORGANIZATIONS = 20;

export interface CreatedApiKey {
  key: string;
  prefix: string;
  /** The organization's slug (the one named, or the default chosen). */
  organization: string;
  organizationId: string;
}

/** What an operator does with keys across organizations (the CLI), whichever way it reaches the service. */
export interface ApiKeyAdministration {
  create(input: { organization?: string | undefined; label?: string | undefined }): Promise<CreatedApiKey>;
  list(): Promise<ApiKeySummary[]>;
  revoke(prefix: string): Promise<ApiKeySummary>;
}

export class OrganizationRequiredError extends Error {
  constructor(readonly slugs: string[]) {
    const named = slugs.slice(0, NAMED_ORGANIZATIONS).join(', ');
    super(
      `This gateway has several organizations (${slugs.length > NAMED_ORGANIZATIONS ? `${named}, …` : named}); ` +
        'name the one the key is for with --org <slug>.',
    );
    this.name = 'OrganizationRequiredError';
  }
}

export class InvalidSlugError extends Error {
  constructor(slug: string) {
    super(`Invalid organization slug ${JSON.stringify(slug)}: use lowercase letters, digits and dashes (at most 63).`);
    this.name = 'InvalidSlugError';
  }
}

export { ApiKeyNotFoundError };

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function normalizePrefix(prefix: string): string {
  return prefix.startsWith('cgw_') ? prefix : `cgw_${prefix}`;
}

function toSummary(key: StoredApiKey): ApiKeySummary {
  const { id, prefix, label, createdAt, lastUsedAt, revokedAt } = key;
  return { id, prefix, organization: key.organization.slug, label, createdAt, lastUsedAt, revokedAt };
}

/** A new key: its prefix (stored in clear), the whole key (shown once) and the hash that is stored. */
function newKey(): { prefix: string; key: string; hash: string } {
  const prefix = `cgw_${randomBytes(6).toString('hex')}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { prefix, key, hash: hashKey(key) };
}

export class ApiKeyService implements ApiKeyAdministration {
  // Keyed by a hash, so the cache never holds a key itself; 10,000 entries of a few hundred bytes.
  private readonly verified = new LRUCache<string, ApiKeyPrincipal>({ max: 10_000, ttl: API_KEY_CACHE_TTL_MS });

  constructor(
    private readonly storage: ApiKeyStorage,
    private readonly events: EventChannel,
  ) {
    events.subscribe(REVOKED, (payload) => this.forgetKey((payload as { apiKeyId: string }).apiKeyId));
    events.onResync(() => this.verified.clear());
  }

  /**
   * Creates a key for the organization `slug`, creating the organization if it does not exist yet. Without a slug:
   * the only organization there is, or `default` (created) when there is none yet; with several, which one is
   * meant cannot be guessed (OrganizationRequiredError names them).
   */
  async create({ organization, label }: { organization?: string | undefined; label?: string | undefined }): Promise<CreatedApiKey> {
    const slug = organization ?? (await this.defaultOrganization());
    if (!SLUG_PATTERN.test(slug)) throw new InvalidSlugError(slug);
    const organizationId = await this.storage.organizationId(slug);
    const { prefix, key, hash } = newKey();
    await this.storage.create({ organizationId, prefix, hash, label: label ?? null });
    return { key, prefix, organization: slug, organizationId };
  }

  private async defaultOrganization(): Promise<string> {
    const slugs = await this.storage.organizationSlugs(NAMED_ORGANIZATIONS + 1);
    if (slugs.length > 1) throw new OrganizationRequiredError(slugs);
    return slugs[0] ?? DEFAULT_ORGANIZATION;
  }

  async list(): Promise<ApiKeySummary[]> {
    return (await this.storage.all()).map(toSummary);
  }

  /** The organization's keys, oldest first (never their secrets). */
  async listFor(organizationId: string): Promise<ApiKeySummary[]> {
    return (await this.storage.ofOrganization(organizationId)).map(toSummary);
  }

  /** A new key for an existing organization (over the API: the caller's own). The key is returned only here. */
  async createFor(organizationId: string, label: string | null): Promise<{ key: string; summary: ApiKeySummary }> {
    if (label !== null && (label.length > MAX_LABEL_LENGTH || label.trim() === ''))
      throw new ValidationError('label', `label must be 1 to ${String(MAX_LABEL_LENGTH)} characters.`);
    const { prefix, key, hash } = newKey();
    return { key, summary: toSummary(await this.storage.create({ organizationId, prefix, hash, label })) };
  }

  /**
   * Revokes the key with this prefix (with or without `cgw_`), in `organizationId` only when given (the API) or in
   * any organization (the CLI, run by the operator). Revoking twice keeps the first time.
   */
  async revoke(prefix: string, organizationId?: string): Promise<ApiKeySummary> {
    const found = await this.storage.byPrefix(normalizePrefix(prefix), organizationId);
    if (!found) throw new ApiKeyNotFoundError(prefix);
    const revoked = toSummary(await this.storage.revoke(found.id, found.revokedAt ?? new Date()));
    this.forgetKey(found.id);
    await this.events.publish(REVOKED, { apiKeyId: found.id });
    return revoked;
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

  /** Drops the cached verifications of one key (the cache is keyed by a hash of the key, not by its id). */
  private forgetKey(apiKeyId: string): void {
    for (const [cacheKey, principal] of this.verified.entries()) {
      if (principal.apiKeyId === apiKeyId) this.verified.delete(cacheKey);
    }
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
