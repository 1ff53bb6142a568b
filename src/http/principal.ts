// Who is asking: the organization of the API key the request carried, set by the key check every API route
// runs first (server/authentication.ts) and read by the routes and the GraphQL context.
import type { FastifyRequest } from 'fastify';
import type { ApiKeyPrincipal } from '../modules/auth/apiKeys.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified API key's organization; set by the key check on API routes. */
    principal: ApiKeyPrincipal | null;
  }
}

export class MissingPrincipalError extends Error {
  constructor() {
    super('The route reads a principal but does not run the API key check.');
    this.name = 'MissingPrincipalError';
  }
}

/** The principal of a request that passed the key check (a route without it is a programming error: 500). */
export function principalOf(request: FastifyRequest): ApiKeyPrincipal {
  if (!request.principal) throw new MissingPrincipalError();
  return request.principal;
}
