// Every API route needs `Authorization: Bearer <key>`. A missing, malformed, unknown or revoked key gets the
// same answer (null here, 401 at the edge), so the response tells an attacker nothing about which keys exist.
import type { ApiKeyCache } from './apiKeyCache.js';
import type { ApiKeyPrincipal } from './apiKeys.js';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

export async function authenticate(apiKeys: ApiKeyCache, authorization: string | undefined): Promise<ApiKeyPrincipal | null> {
  const key = authorization ? BEARER.exec(authorization)?.[1] : undefined;
  return key ? apiKeys.verify(key) : null;
}
