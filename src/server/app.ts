// The gateway as one fetch handler: GraphQL (and GraphiQL) at /graphql, the REST API under /v3, the picker page
// at /picker, /healthz and /readyz. Tests call it in-process through `app.fetch`; src/server/http.ts serves it over HTTP.
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { authenticateRequest, UnauthenticatedError } from '../auth/authenticateRequest';
import type { Database } from '../db/database';
import type { Logger } from '../logger';
import { useOAuthCallback } from '../oauth/callbackRoute';
import { useRestApi } from '../rest/routes';
import { useWebhookReceiver } from '../webhooks/route';
import { schema } from '../schema';
import type { GraphQLContext } from '../schema/context';
import type { Gateway } from '../services/gateway';
import { maskError } from './errorMasking';
import { useGraphiQLPage } from './graphiqlPage';
import { usePickerPage } from './pickerPage';
import { readinessCheck } from './readiness';
import { corsOptions, defaultRequestLimits, useRequestLimits, type RequestLimits } from './requestLimits';
import { requestScopeOf } from './requestContext';
import { useRequestLogging } from './requestLogging';
import { logUnexpected, useUnexpectedErrorLogging } from './unexpectedErrors';
import { yogaLogger } from './yogaLogger';

export interface GatewayAppOptions {
  db: Database;
  gateway: Gateway;
  logger: Logger;
  limits?: RequestLimits;
}

export type GatewayApp = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

export function createGatewayApp({ db, gateway, logger, limits = defaultRequestLimits }: GatewayAppOptions): GatewayApp {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: false, // served by useGraphiQLPage below
    logging: yogaLogger(logger),
    maskedErrors: { maskError },
    cors: corsOptions(limits),
    context: async ({ request }) => {
      const { requestId } = requestScopeOf(request);
      const requestLogger = logger.child({ requestId });
      try {
        const principal = await authenticateRequest(gateway.apiKeys, request);
        return { gateway, organizationId: principal.organizationId, apiKeyId: principal.apiKeyId, requestId, logger: requestLogger };
      } catch (error) {
        if (!(error instanceof UnauthenticatedError)) logUnexpected(requestLogger, error);
        throw error;
      }
    },
    plugins: [
      // First: the body limit may replace the request with a bounded copy before anything reads it.
      ...useRequestLimits(limits),
      useRequestLogging(logger),
      useUnexpectedErrorLogging(),
      useGraphiQLPage('/graphql', {
        title: 'Connections Gateway',
        // The page itself is public; its requests need a key like any other, so the header is ready to fill in.
        headers: JSON.stringify({ Authorization: 'Bearer <paste your API key here>' }, null, 2),
        defaultQuery: '{\n  providers { id name }\n  connections(first: 10) {\n    totalCount\n    edges { node { id provider status accountLogin } }\n  }\n}\n',
      }),
      usePickerPage(),
      useOAuthCallback(gateway),
      useWebhookReceiver(gateway),
      useRestApi(gateway, logger),
      useReadinessCheck({ endpoint: '/readyz', check: readinessCheck(db, logger) }),
    ],
  });
}
