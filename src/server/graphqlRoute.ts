// /graphql: GraphiQL for browsers, GraphQL over GET and POST (and server-sent events) for everyone with a key.
// yoga runs the GraphQL part; Fastify has already checked the key, the body's size and its media type.
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import { schema } from './graphqlSchema.js';
import { principalOf } from '../http/principal.js';
import type { Services } from '../modules/services.js';
import type { GraphQLContext } from '../schema/context.js';
import { useCompiledExecution } from './compiledExecution.js';
import { documentCaches } from './documentCache.js';
import { maskError } from './errorMasking.js';
import { graphiqlPage, wantsGraphiQL } from './graphiqlPage.js';
import { useErrorCodes, useInputSafety } from './graphqlInputs.js';
import { badRequest, HttpError } from '../http/httpErrors.js';
import { usePersistedDocuments, type PersistedDocuments } from './persistedDocuments.js';
import { answerPublicIntrospection, mayBePublicIntrospection } from './publicIntrospection.js';
import { useRequestLimits, type RequestLimits } from './requestLimits.js';
import { useUnexpectedErrorLogging } from './unexpectedErrors.js';
import { yogaLogger } from './yogaLogger.js';

export const GRAPHQL_PATH = '/graphql';

interface ServerContext {
  req: FastifyRequest;
}

export type GatewayYoga = YogaServerInstance<ServerContext, GraphQLContext>;

export function createGraphQLHandler({
  services,
  logger,
  limits,
  persistedDocuments,
}: {
  services: Services;
  logger: Logger;
  limits: RequestLimits;
  persistedDocuments: PersistedDocuments;
}): GatewayYoga {
  return createYoga<ServerContext, GraphQLContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    graphiql: false, // served by the route below, rendered once
    cors: false, // @fastify/cors
    // Fastify's bodyLimit bounds the body before yoga sees it; yoga's own limit would pipe every body once more.
    maxRequestBodySize: false,
    logging: yogaLogger(logger),
    maskedErrors: { maskError },
    parserAndValidationCache: documentCaches(),
    context: ({ req }) => {
      const principal = principalOf(req);
      return {
        services,
        organizationId: principal.organizationId,
        apiKeyId: principal.apiKeyId,
        requestId: req.id,
        logger: req.log,
      };
    },
    plugins: [
      ...usePersistedDocuments(limits.persistedDocuments, persistedDocuments),
      ...useRequestLimits(limits),
      useInputSafety(),
      ...useCompiledExecution(),
      useUnexpectedErrorLogging(),
      useErrorCodes(),
    ],
  });
}

/** Query-string parameters that must hold JSON objects; yoga would fail on anything else with a 500. */
const JSON_GET_PARAMETERS = ['variables', 'extensions'] as const;

function checkGetParameters(request: FastifyRequest): void {
  const query = request.query as Record<string, string | string[] | undefined>;
  for (const name of JSON_GET_PARAMETERS) {
    const text = query[name];
    if (text === undefined || text === '') continue;
    let value: unknown;
    try {
      value = typeof text === 'string' ? JSON.parse(text) : undefined;
    } catch {
      value = undefined;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw badRequest(`The ${name} parameter must be a JSON object.`, { argument: name });
    }
  }
}

/**
 * A request that fails as a whole is answered in JSON whatever the client accepts, as the GraphQL-over-SSE
 * protocol has it too: yoga sends such errors as a one-event stream, and refuses unknown Accept types in plain text.
 */
async function sendAsJson(response: Response, contentType: string, reply: FastifyReply): Promise<FastifyReply> {
  if (contentType.startsWith('text/event-stream')) {
    const data = /^data: ?(.*)$/m.exec(await response.text())?.[1];
    const errors = data ? (JSON.parse(data) as { errors?: unknown[] }).errors : undefined;
    if (errors?.length) return reply.code(response.status).type('application/json; charset=utf-8').send({ errors });
  }
  if (response.status === 406) {
    throw new HttpError(
      'NOT_ACCEPTABLE',
      'Not acceptable: accept application/graphql-response+json, application/json or text/event-stream.',
    );
  }
  throw new HttpError('BAD_REQUEST', 'The GraphQL request could not be processed.');
}

export function graphqlRoutes(yoga: GatewayYoga, requireApiKey: onRequestAsyncHookHandler, limits: RequestLimits) {
  // The schema is answered without a key while introspection is on (publicIntrospection.ts says why), unless only
  // persisted documents are accepted: then no text is run for anyone, and neither is this one.
  const publicIntrospection = limits.introspection && limits.persistedDocuments !== 'require';
  // Requests without a valid key that may still be introspection, with the 401 they get if they are not.
  const withoutKey = new WeakMap<FastifyRequest, HttpError>();
  const graphiql = graphiqlPage(GRAPHQL_PATH, {
    title: 'Connections Gateway',
    // The page itself is public, and so is the schema in its Docs (while introspection is on); every other request
    // needs a key, so the header is ready to fill in.
    headers: JSON.stringify({ Authorization: 'Bearer <paste your API key here>' }, null, 2),
    defaultQuery:
      '{\n  providers { id name }\n  connections(first: 10) {\n    totalCount\n    edges { node { id provider status accountLogin } }\n  }\n}\n',
  });

  // eslint-disable-next-line @typescript-eslint/require-await -- a Fastify plugin: async, so that an error while adding routes rejects app.register() (a plain function's throw would escape Fastify's loader).
  return async (scope: FastifyInstance) => {
    // yoga reads the body itself: hand it the text (bounded by Fastify's bodyLimit), so it is parsed once.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(['application/json', 'application/graphql'], { parseAs: 'string' }, (_request, body, done) => {
      if ((body as string).length === 0) done(badRequest('The request body is empty; send a GraphQL request as JSON.'), undefined);
      else done(null, body);
    });

    scope.route({
      method: ['GET', 'POST'],
      url: GRAPHQL_PATH,
      exposeHeadRoute: false, // yoga serves GET and POST only: HEAD gets the boundary's 405
      onRequest: async (request, reply) => {
        if (wantsGraphiQL(request)) return;
        try {
          await requireApiKey.call(scope, request, reply);
        } catch (error) {
          const mayBeSchema = error instanceof HttpError && error.code === 'UNAUTHENTICATED' && mayBePublicIntrospection(request);
          if (!publicIntrospection || !mayBeSchema) throw error;
          withoutKey.set(request, error);
        }
      },
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        if (wantsGraphiQL(request)) return graphiql(request, reply);
        const keyError = withoutKey.get(request);
        if (keyError !== undefined) {
          const answer = await answerPublicIntrospection(request, schema, limits);
          if (!answer) throw keyError;
          return reply.type('application/json; charset=utf-8').send(answer);
        }
        if (request.method === 'GET') checkGetParameters(request);
        const response = await yoga.handleNodeRequestAndResponse(request, reply.raw, { req: request });
        const contentType = response.headers.get('content-type') ?? '';
        if (response.status >= 400 && !contentType.includes('json')) return sendAsJson(response, contentType, reply);
        reply.code(response.status);
        response.headers.forEach((value, name) => {
          reply.header(name, value);
        });
        // Results are one JSON text; only subscriptions (server-sent events) and incremental delivery stream.
        const streaming = /^(text\/event-stream|multipart\/mixed)/.test(contentType);
        return reply.send(streaming ? response.body : await response.text());
      },
    });
  };
}
