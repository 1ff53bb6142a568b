// The API key check, as the first hook of every API route: it runs before the body is read, so a request
// without a valid key costs a header check and one lookup, never a parse, and nothing of it is cached.
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { ApiKeyCache } from '../auth/apiKeyCache.js';
import { authenticate } from '../auth/authenticateRequest.js';
import type { ApiKeyPrincipal } from '../auth/apiKeys.js';
import type { AuthFailureLimiter } from '../auth/failureLimiter.js';
import { HttpError, unauthenticated } from './httpErrors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified API key's organization; set by `requireApiKey` on API routes. */
    principal: ApiKeyPrincipal | null;
  }
}

export function requireApiKey(apiKeys: ApiKeyCache, limiter: AuthFailureLimiter): onRequestAsyncHookHandler {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const wait = limiter.retryAfterSeconds(request.ip);
    if (wait > 0) {
      throw new HttpError(
        'TOO_MANY_REQUESTS',
        `Too many requests with an invalid API key from this address; try again in ${wait} seconds.`,
        { retryAfterSeconds: wait },
        { 'retry-after': String(wait) },
      );
    }
    const principal = await authenticate(apiKeys, request.headers.authorization);
    if (!principal) {
      limiter.recordFailure(request.ip);
      throw unauthenticated();
    }
    request.principal = principal;
  };
}

/** The principal of a request that passed `requireApiKey`. */
export function principalOf(request: FastifyRequest): ApiKeyPrincipal {
  if (!request.principal) throw new Error('principalOf: the route does not require an API key');
  return request.principal;
}
