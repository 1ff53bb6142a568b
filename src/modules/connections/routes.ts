// The connections part of the REST API the gateway grew out of (the supermemory SDK's `connections.*`): list by
// container tags, get, delete, create (`POST /v3/connections/:provider`), and connect again in place
// (`POST /v3/connections/:id/reauthorize`). Every route needs an API key,
// checked before the body is read; failures are thrown and answered by the error boundary in the REST shape.
import type { onRequestAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { ValidationError } from '../../errors.js';
import { principalOf } from '../../http/principal.js';
import { apiRoutes } from '../../http/apiRoutes.js';
import { parseInput, stringList, text } from '../../http/restInput.js';
import type { ProviderRegistry } from '../../providers/registry.js';
import type { ConnectionService, CreatedConnection } from './service.js';
import type { Connection } from './storage.js';

/** A connection as the REST API shows it. */
export function connectionItem(connection: Connection, providers: ProviderRegistry) {
  return {
    id: connection.id,
    provider: providers.get(connection.provider).slug,
    status: connection.status,
    createdAt: connection.createdAt.toISOString(),
    containerTags: connection.containerTags,
    metadata: connection.metadata,
    documentLimit: connection.documentLimit,
    ...(connection.deletedAt ? { deletedAt: connection.deletedAt.toISOString() } : {}),
    ...(connection.accessTokenExpiresAt ? { expiresAt: connection.accessTokenExpiresAt.toISOString() } : {}),
  };
}

export const connectionParams = z.object({ id: text('id') });

const deleteQuery = z.object({
  deleteDocuments: z.enum(['true', 'false'], { error: 'deleteDocuments must be true or false.' }).default('true'),
});

const listBody = z.object({ containerTags: stringList('containerTags').optional() }).optional();

const createBody = z.object(
  {
    redirectUrl: z.string({ error: 'redirectUrl must be a string.' }),
    metadata: z.unknown().optional(),
    containerTags: stringList('containerTags').optional(),
    containerTag: z.string({ error: 'containerTag must be a string.' }).optional(),
    documentLimit: z.number({ error: 'documentLimit must be a number.' }).optional(),
  },
  { error: 'The request body must be a JSON object.' },
);

const reauthorizeBody = z.object(
  { redirectUrl: z.string({ error: 'redirectUrl must be a string.' }).optional() },
  { error: 'The request body must be a JSON object.' },
);

/** The answer of create and reauthorize: the SDK's `connections.create` reads expiresIn as a string. */
function authLinkItem(created: CreatedConnection) {
  return { id: created.connection.id, authLink: created.authLink, expiresIn: String(created.expiresIn) };
}

export function connectionRoutes({
  connections,
  providers,
  requireApiKey,
}: {
  connections: ConnectionService;
  providers: ProviderRegistry;
  requireApiKey: onRequestAsyncHookHandler;
}) {
  return apiRoutes(requireApiKey, (scope) => {
    scope.post('/v3/connections/list', async (request) => {
      const body = parseInput(listBody, request.body, 'body');
      const found = await connections.withTags(principalOf(request).organizationId, body?.containerTags ?? []);
      return found.map((connection) => connectionItem(connection, providers));
    });

    scope.get('/v3/connections/:id', async (request) => {
      const { id } = parseInput(connectionParams, request.params, 'id');
      return connectionItem(await connections.require(principalOf(request).organizationId, id), providers);
    });

    scope.delete('/v3/connections/:id', async (request) => {
      const { id } = parseInput(connectionParams, request.params, 'id');
      const { deleteDocuments } = parseInput(deleteQuery, request.query, 'deleteDocuments');
      const result = await connections.delete(await connections.require(principalOf(request).organizationId, id), {
        deleteDocuments: deleteDocuments === 'true',
      });
      return {
        id: result.connection.id,
        provider: providers.get(result.connection.provider).slug,
        webhooksRemoved: result.webhooksRemoved,
        unremovedWebhooks: result.unremovedWebhooks,
        grantRevoked: result.grantRevoked,
        documentsKept: result.documentsKept,
        ...(result.grantError ? { grantError: result.grantError } : {}),
      };
    });

    // The SDK's `connections.create(provider, …)`: the last segment is a provider's slug.
    scope.post('/v3/connections/:provider', async (request) => {
      const { provider: slug } = parseInput(z.object({ provider: text('provider') }), request.params, 'provider');
      const adapter = providers.bySlug(slug);
      if (!adapter) throw new ValidationError('provider', `Unknown provider ${JSON.stringify(slug)}.`);
      const body = parseInput(createBody, request.body ?? {}, 'body');
      const created = await connections.create(principalOf(request).organizationId, {
        provider: adapter.id,
        redirectUrl: body.redirectUrl,
        metadata: body.metadata ?? null,
        containerTags: body.containerTags ?? (body.containerTag !== undefined ? [body.containerTag] : []),
        documentLimit: body.documentLimit,
      });
      return authLinkItem(created);
    });

    // The segment before `reauthorize` is a connection id (a provider's slug there is an unknown connection).
    scope.post('/v3/connections/:id/reauthorize', async (request) => {
      const { id } = parseInput(connectionParams, request.params, 'id');
      const body = parseInput(reauthorizeBody, request.body ?? {}, 'body');
      return authLinkItem(await connections.reauthorize(principalOf(request).organizationId, id, { redirectUrl: body.redirectUrl }));
    });
  });
}
