// The connections part of the REST API the gateway grew out of (the supermemory SDK's `connections.*`): list by
// container tags, get, delete, create (`POST /v3/connections/:provider`), and what the SDK does with a provider and
// container tags: get the connection, delete, import (sync now) and list its documents; and connect again in place
// (`POST /v3/connections/:id/reauthorize`). Every route needs an API key, checked before the body is read;
// failures are thrown and answered by the error boundary in the REST shape.
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { GatewayError, ValidationError } from '../../errors.js';
import { principalOf } from '../../http/principal.js';
import { apiRoutes } from '../../http/apiRoutes.js';
import { parseInput, stringList, text } from '../../http/restInput.js';
import type { ProviderRegistry } from '../../providers/registry.js';
import type { ProviderAdapter } from '../../providers/types.js';
import type { SyncService } from '../sync/service.js';
import type { DocumentSummary } from '../sync/storage.js';
import type { ConnectionService, CreatedConnection, DeleteResult } from './service.js';
import type { Connection } from './storage.js';

/**
 * `POST /v3/connections/:provider/documents` lists at most this many documents, the most recently added first: the
 * SDK's answer is a bare array, with no paging (GraphQL's `Connection.documents` pages through all of them).
 */
export const MAX_LISTED_DOCUMENTS = 1_000;

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

const providerParams = z.object({ provider: text('provider') });

/** getByTag and deleteByProvider name the container tags; import and listDocuments may leave them out (any). */
const requiredTagsBody = z.object(
  { containerTags: stringList('containerTags') },
  { error: 'The request body must be a JSON object with containerTags.' },
);
const optionalTagsBody = z.object({ containerTags: stringList('containerTags').optional() }).optional();

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
  sync,
  requireApiKey,
}: {
  connections: ConnectionService;
  providers: ProviderRegistry;
  /** The sync module's service: import queues runs, listDocuments reads what they stored. */
  sync: SyncService;
  requireApiKey: onRequestAsyncHookHandler;
}) {
  /** The provider the path names by its slug, or a ValidationError. */
  const knownProvider = (request: FastifyRequest): ProviderAdapter => {
    const { provider: slug } = parseInput(providerParams, request.params, 'provider');
    const adapter = providers.bySlug(slug);
    if (!adapter) throw new ValidationError('provider', `Unknown provider ${JSON.stringify(slug)}.`);
    return adapter;
  };
  /** A known provider whose OAuth app is configured (ProviderNotConfiguredError otherwise). */
  const providerOf = (request: FastifyRequest): ProviderAdapter => {
    const adapter = knownProvider(request);
    connections.assertConfigured(adapter);
    return adapter;
  };
  /** The organization's connections to the provider with exactly these tags (null: any), newest first; or a 404. */
  const match = (request: FastifyRequest, adapter: ProviderAdapter, containerTags: readonly string[] | null) =>
    connections.requireMatching(principalOf(request).organizationId, adapter, containerTags);
  const deleted = (result: DeleteResult) => ({
    id: result.connection.id,
    provider: providers.get(result.connection.provider).slug,
    webhooksRemoved: result.webhooksRemoved,
    unremovedWebhooks: result.unremovedWebhooks,
    grantRevoked: result.grantRevoked,
    documentsKept: result.documentsKept,
    ...(result.grantError ? { grantError: result.grantError } : {}),
  });

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

    // The SDK's `deleteByID` (`/v3/connections/<id>`) and `deleteByProvider` (`/v3/connections/<slug>` with the
    // container tags in the body) share the path: a provider's slug is never a connection's id (a UUID).
    scope.delete('/v3/connections/:id', async (request) => {
      const { id } = parseInput(connectionParams, request.params, 'id');
      const { deleteDocuments } = parseInput(deleteQuery, request.query, 'deleteDocuments');
      const options = { deleteDocuments: deleteDocuments === 'true' };
      const adapter = providers.bySlug(id);
      if (!adapter) return deleted(await connections.delete(await connections.require(principalOf(request).organizationId, id), options));

      // Every connection with exactly these tags goes, one after another (each delete cleans up at the provider).
      connections.assertConfigured(adapter);
      const [newest, ...others] = await match(request, adapter, parseInput(requiredTagsBody, request.body, 'body').containerTags);
      const first = deleted(await connections.delete(newest, options));
      const rest = [];
      for (const connection of others) rest.push(deleted(await connections.delete(connection, options)));
      // The SDK's shape names one connection: the newest; `deleted` lists them all.
      return { ...first, deleted: [first, ...rest] };
    });

    // The SDK's `getByTag`: the newest connection to the provider with exactly these container tags.
    scope.post('/v3/connections/:provider/connection', async (request) => {
      const adapter = providerOf(request);
      const [newest] = await match(request, adapter, parseInput(requiredTagsBody, request.body, 'body').containerTags);
      return connectionItem(newest, providers);
    });

    // The SDK's `import`: a sync of each matching connection now, as `syncConnection` queues it, answered as text.
    scope.post('/v3/connections/:provider/import', async (request, reply) => {
      const adapter = providerOf(request);
      const matching = await match(request, adapter, parseInput(optionalTagsBody, request.body, 'body')?.containerTags ?? null);
      const queued: string[] = [];
      const refused: GatewayError[] = [];
      for (const connection of matching) {
        try {
          queued.push((await sync.syncNow(connection)).id);
        } catch (error) {
          if (!(error instanceof GatewayError)) throw error;
          refused.push(error);
        }
      }
      // One connection that cannot sync fails the request with its typed error; among several, the others still sync.
      const [refusal] = refused;
      if (queued.length === 0 && refusal) throw refusal;
      const skipped =
        refused.length > 0 ? ` Skipped ${plural(refused.length, 'connection')}: ${refused.map((error) => error.message).join(' ')}` : '';
      return reply.type('text/plain; charset=utf-8').send(`Sync queued for ${plural(queued.length, 'connection')}.${skipped}`);
    });

    // The SDK's `listDocuments`: what the matching connections synced (at most MAX_LISTED_DOCUMENTS, newest first).
    scope.post('/v3/connections/:provider/documents', async (request) => {
      const adapter = providerOf(request);
      const matching = await match(request, adapter, parseInput(optionalTagsBody, request.body, 'body')?.containerTags ?? null);
      const documents = await sync.latestDocuments(
        matching.map((connection) => connection.id),
        MAX_LISTED_DOCUMENTS,
      );
      return documents.map((document) => documentItem(document, adapter));
    });

    // The SDK's `connections.create(provider, …)`: the last segment is a provider's slug.
    scope.post('/v3/connections/:provider', async (request) => {
      const adapter = knownProvider(request);
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

/** A synced document as the SDK's `listDocuments` shows it (its `ConnectionListDocumentsResponseItem`, and more). */
function documentItem(document: DocumentSummary, adapter: ProviderAdapter) {
  return {
    id: document.id,
    // Stored documents are complete: the SDK's `done` (nothing is queued or processing in the gateway).
    status: 'done',
    title: document.path,
    type: adapter.manifest.documentType ?? 'text',
    // The gateway stores text, and writes no summaries.
    summary: null,
    createdAt: document.createdAt.toISOString(),
    updatedAt: document.updatedAt.toISOString(),
    connectionId: document.connectionId,
    resourceId: document.resourceId,
    resourceName: document.resourceName,
    path: document.path,
    size: document.size,
  };
}

function plural(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`;
}
