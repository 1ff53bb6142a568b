// API keys: `cgw_<prefix>_<secret>`. Only a SHA-256 hash of the whole key is stored (the key carries 256 random
// bits, so a slow password hash adds nothing); the short prefix is stored in clear to look the key up and to
// name it in listings and revocations.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiKey, PrismaClient } from '../generated/prisma/client.js';

const KEY_PATTERN = /^cgw_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;
const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// Writing last-used on every request would turn every read into a write; minute precision is enough.
const LAST_USED_RESOLUTION_MS = 60_000;

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

/** Creates a key for the organization `slug`, creating the organization if it does not exist yet. */
export async function createApiKey(
  prisma: PrismaClient,
  { organization, label }: { organization: string; label?: string | undefined },
): Promise<{ key: string; prefix: string; organizationId: string }> {
  if (!SLUG_PATTERN.test(organization)) throw new InvalidSlugError(organization);
  const org = await prisma.organization.upsert({
    where: { slug: organization },
    create: { slug: organization, name: organization },
    update: {},
  });
  const prefix = `cgw_${randomBytes(6).toString('hex')}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  await prisma.apiKey.create({
    data: { organizationId: org.id, prefix, hash: hashKey(key), label: label ?? null },
  });
  return { key, prefix, organizationId: org.id };
}

export async function listApiKeys(prisma: PrismaClient): Promise<ApiKeySummary[]> {
  const keys = await prisma.apiKey.findMany({
    include: { organization: { select: { slug: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return keys.map(toSummary);
}

/** Revokes the key with this prefix (with or without `cgw_`). Revoking twice keeps the first time. */
export async function revokeApiKey(prisma: PrismaClient, prefix: string): Promise<ApiKeySummary> {
  const found = await prisma.apiKey.findUnique({ where: { prefix: normalizePrefix(prefix) } });
  if (!found) throw new ApiKeyNotFoundError(prefix);
  const key = await prisma.apiKey.update({
    where: { id: found.id },
    data: { revokedAt: found.revokedAt ?? new Date() },
    include: { organization: { select: { slug: true } } },
  });
  return toSummary(key);
}

function toSummary(key: ApiKey & { organization: { slug: string } }): ApiKeySummary {
  const { prefix, label, createdAt, lastUsedAt, revokedAt } = key;
  return { prefix, organization: key.organization.slug, label, createdAt, lastUsedAt, revokedAt };
}

/** Resolves a presented key to its organization, or null when it is malformed, unknown or revoked. */
export async function verifyApiKey(prisma: PrismaClient, presented: string): Promise<ApiKeyPrincipal | null> {
  const id = KEY_PATTERN.exec(presented)?.[1];
  if (id === undefined) return null;
  const stored = await prisma.apiKey.findUnique({ where: { prefix: `cgw_${id}` } });
  if (!stored || stored.revokedAt) return null;
  if (!timingSafeEqual(Buffer.from(stored.hash, 'hex'), Buffer.from(hashKey(presented), 'hex'))) return null;
  const now = Date.now();
  if (!stored.lastUsedAt || now - stored.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma.apiKey.update({ where: { id: stored.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { apiKeyId: stored.id, organizationId: stored.organizationId };
}
