import type { Logger } from '../logger';
import type { PrismaClient } from '../generated/prisma/client';

/** Per-request GraphQL context. Only authenticated requests reach the resolvers. */
export interface GraphQLContext {
  prisma: PrismaClient;
  /** The tenant of the API key: every query filters by it. */
  organizationId: string;
  apiKeyId: string;
  requestId: string;
  logger: Logger;
}
