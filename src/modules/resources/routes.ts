// The resources part of the REST API: what a connection can reach, page by page, and the selection to sync.
import type { onRequestAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../http/principal.js';
import { apiRoutes } from '../../http/apiRoutes.js';
import { parseInput, text, wholeNumber } from '../../http/restInput.js';
import { connectionParams } from '../connections/routes.js';
import type { ConnectionService } from '../connections/service.js';
import type { ResourcePage, ResourceService } from './service.js';

const resourcesQuery = z.object({
  page: wholeNumber('page', 1),
  per_page: wholeNumber('per_page', 30),
  search: text('search').optional(),
  parent_id: text('parent_id').optional(),
});

// The reference API sends numeric ids as numbers; the gateway takes either.
const selectionItem = z.object({
  id: z.union([z.string().min(1), z.number()], { error: 'must be a string or a number.' }).transform(String),
  name: z.string({ error: 'must be a string.' }),
  defaultBranch: z.string({ error: 'must be a string.' }).nullish(),
  default_branch: z.string({ error: 'must be a string.' }).nullish(),
});

const configureBody = z.object(
  { resources: z.array(z.unknown(), { error: 'resources must be an array.' }) },
  { error: 'The request body must be a JSON object.' },
);

/** A page of resources as the REST API shows it. */
export function resourcesBody(page: ResourcePage) {
  return {
    resources: page.nodes.map((resource) => ({
      id: /^\d+$/.test(resource.id) ? Number(resource.id) : resource.id,
      name: resource.name,
      full_name: resource.fullName,
      description: resource.description,
      private: resource.private,
      default_branch: resource.defaultRef,
      updated_at: resource.updatedAt.toISOString(),
      // Where the provider has them (Drive's files and folders): absent otherwise, as in the reference API.
      ...(resource.parentId != null ? { parent_id: resource.parentId } : {}),
      ...(resource.mimeType != null ? { mimeType: resource.mimeType } : {}),
      ...(resource.url != null ? { url: resource.url } : {}),
      ...(resource.size != null ? { size: resource.size } : {}),
    })),
    total_count: page.totalCount,
  };
}

function parseSelection(items: unknown[]) {
  return items.map((item, index) => {
    const where = `resources[${String(index)}]`;
    const entry = parseInput(selectionItem, item ?? {}, where, where);
    return { id: entry.id, name: entry.name, defaultBranch: entry.defaultBranch ?? entry.default_branch ?? null };
  });
}

export function resourceRoutes({
  connections,
  resources,
  requireApiKey,
}: {
  connections: ConnectionService;
  resources: ResourceService;
  requireApiKey: onRequestAsyncHookHandler;
}) {
  return apiRoutes(requireApiKey, (scope) => {
    scope.get('/v3/connections/:id/resources', async (request) => {
      const { id } = parseInput(connectionParams, request.params, 'id');
      const connection = await connections.require(principalOf(request).organizationId, id);
      const query = parseInput(resourcesQuery, request.query, 'query');
      const page = await resources.list(
        connection,
        { page: query.page, perPage: query.per_page, search: query.search ?? null, parentId: query.parent_id ?? null },
        { page: 'page', perPage: 'per_page', parentId: 'parent_id' },
      );
      return resourcesBody(page);
    });

    scope.post('/v3/connections/:id/configure', async (request) => {
      const { id } = parseInput(connectionParams, request.params, 'id');
      const connection = await connections.require(principalOf(request).organizationId, id);
      const body = parseInput(configureBody, request.body ?? null, 'body');
      const result = await resources.configure(connection, parseSelection(body.resources));
      return { success: result.success, message: result.message, webhooksRegistered: result.webhooksRegistered };
    });
  });
}
