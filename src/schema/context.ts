import type { Logger } from '../logger.js';
import type { Gateway } from '../services/gateway.js';

/** Per-request GraphQL context. Only authenticated requests reach the resolvers. */
export interface GraphQLContext {
  gateway: Gateway;
  /** The tenant of the API key: every query filters by it. */
  organizationId: string;
  apiKeyId: string;
  requestId: string;
  logger: Logger;
}
