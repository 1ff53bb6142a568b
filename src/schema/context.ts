import type { FastifyBaseLogger } from 'fastify';
import type { Services } from '../modules/services.js';

/** Per-request GraphQL context. Only authenticated requests reach the resolvers. */
export interface GraphQLContext {
  services: Services;
  /** The tenant of the API key: every query filters by it. */
  organizationId: string;
  apiKeyId: string;
  requestId: string;
  /** The request's logger, which carries its id. */
  logger: FastifyBaseLogger;
}
