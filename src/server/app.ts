// The gateway's HTTP host: Fastify, with the GraphQL endpoint (yoga) and the other surfaces as routes. The order
// below is the policy: every response gets a request id and CORS headers; a declared body over the limit is
// refused before anything else; API routes check the key before their body is read; the error boundary answers
// every failure in its surface's shape.
import cors from '@fastify/cors';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { appWebhookRoutes } from '../modules/appWebhooks/routes.js';
import { AuthFailureLimiter } from '../modules/auth/failureLimiter.js';
import { oauthCallbackRoutes } from '../modules/connections/oauthCallbackRoute.js';
import { connectionRoutes } from '../modules/connections/routes.js';
import { eventRoutes } from '../modules/events/routes.js';
import { resourceRoutes } from '../modules/resources/routes.js';
import type { Services } from '../modules/services.js';
import { syncRoutes } from '../modules/sync/routes.js';
import { webhookRoutes } from '../modules/webhooks/route.js';
import { requireApiKey } from './authentication.js';
import { clientErrorHandler, frameworkErrorHandler, installErrorBoundary } from './errorBoundary.js';
import { createGraphQLHandler, graphqlRoutes } from './graphqlRoute.js';
import { payloadTooLarge } from '../http/httpErrors.js';
import { loadPersistedDocuments, type PersistedDocuments } from './persistedDocuments.js';
import { pickerBuildDir, pickerRoutes } from './pickerPage.js';
import { healthRoutes } from './readiness.js';
import { requestIdOf } from './requestIds.js';
import { corsOptions, defaultRequestLimits, type RequestLimits } from './requestLimits.js';
import { installRequestLogging } from './requestLogging.js';

export interface GatewayAppOptions {
  db: Database;
  services: Services;
  logger: Logger;
  limits?: RequestLimits;
  /** Fastify's `trustProxy`: whose X-Forwarded-For to believe for the client's address. */
  trustProxy?: boolean | string | number;
  /** The picker's build (web/dist). */
  pickerDir?: string;
  /** The documents clients may send by hash; default: the picker's manifest. */
  persistedDocuments?: PersistedDocuments;
}

export type GatewayApp = FastifyInstance;

export async function createGatewayApp({
  db,
  services,
  logger,
  limits = defaultRequestLimits,
  trustProxy = false,
  pickerDir = pickerBuildDir,
  persistedDocuments = loadPersistedDocuments(),
}: GatewayAppOptions): Promise<GatewayApp> {
  // Typed as Fastify's own logger interface, so the instance (and every plugin's `scope`) is the plain FastifyInstance.
  const loggerInstance: FastifyBaseLogger = logger;
  const app = Fastify({
    loggerInstance,
    genReqId: requestIdOf,
    // One access line per request comes from installRequestLogging, not Fastify's two.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    bodyLimit: limits.maxBodyBytes,
    // A number is a count of proxy hops to believe.
    trustProxy: typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
    clientErrorHandler: clientErrorHandler(logger),
    frameworkErrors: frameworkErrorHandler(limits.maxBodyBytes),
  });
  app.decorateRequest('principal', null);
  installErrorBoundary(app, { maxBodyBytes: limits.maxBodyBytes });
  installRequestLogging(app);
  await app.register(cors, corsOptions(limits));
  // A declared length is checked as is (Node's parser has refused malformed ones, and never delivers more than
  // declared); a chunked body is counted as it is read (bodyLimit). Either way, before authentication: an
  // oversized body is refused unread.
  app.addHook('onRequest', (request, _reply, done) => {
    const declared = request.headers['content-length'];
    done(declared !== undefined && Number(declared) > limits.maxBodyBytes ? payloadTooLarge(limits.maxBodyBytes) : undefined);
  });

  const requireKey = requireApiKey(services.apiKeys, new AuthFailureLimiter(limits.maxAuthFailuresPerMinute));
  const { connections, resources, sync, providers } = services;
  await app.register(graphqlRoutes(createGraphQLHandler({ services, logger, limits, persistedDocuments }), requireKey, limits));
  await app.register(connectionRoutes({ connections, providers, sync, requireApiKey: requireKey }));
  await app.register(resourceRoutes({ connections, resources, requireApiKey: requireKey }));
  await app.register(syncRoutes({ connections, sync, requireApiKey: requireKey }));
  await app.register(eventRoutes({ events: services.events, requireApiKey: requireKey }));
  await app.register(appWebhookRoutes({ webhookEndpoints: services.webhookEndpoints, requireApiKey: requireKey }));
  await app.register(webhookRoutes(services.webhooks));
  await app.register(oauthCallbackRoutes(connections));
  await app.register(pickerRoutes(pickerDir));
  await app.register(healthRoutes(db));
  await app.ready();
  return app;
}
