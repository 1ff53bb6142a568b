// Every API route needs `Authorization: Bearer <key>`. A missing, malformed, unknown or revoked key gets the
// same answer, so the response tells an attacker nothing about which keys exist.
import { GraphQLError } from 'graphql';
import type { ApiKeyCache } from './apiKeyCache';
import type { ApiKeyPrincipal } from './apiKeys';

export class UnauthenticatedError extends GraphQLError {
  constructor() {
    super('A valid API key is required: send it as "Authorization: Bearer <key>".', {
      extensions: {
        code: 'UNAUTHENTICATED',
        http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="connections-gateway"' } },
      },
    });
  }
}

export async function authenticateRequest(apiKeys: ApiKeyCache, request: Request): Promise<ApiKeyPrincipal> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  const principal = match?.[1] ? await apiKeys.verify(match[1]) : null;
  if (!principal) throw new UnauthenticatedError();
  return principal;
}
