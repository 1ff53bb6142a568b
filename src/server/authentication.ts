// The API key check, as the first hook of every API route: it runs before the body is read, so a request
// without a valid key costs a header check and one lookup, never a parse, and nothing of it is cached.
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { HttpError, unauthenticated } from '../http/httpErrors.js';
import '../http/principal.js';
import { authenticate, type ApiKeyService } from '../modules/auth/apiKeys.js';
import type { AuthFailureLimiter } from '../modules/auth/failureLimiter.js';

export function requireApiKey(apiKeys: Pick<ApiKeyService, 'verify'>, limiter: AuthFailureLimiter): onRequestAsyncHookHandler {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const wait = limiter.retryAfterSeconds(request.ip);
    if (wait > 0) {
      throw new HttpError(
        'TOO_MANY_REQUESTS',
        `Too many requests with an invalid API key from this address; try again in ${String(wait)} seconds.`,
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
