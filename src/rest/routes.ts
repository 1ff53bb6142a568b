// The REST shape of the API the gateway grew out of, so existing clients (and the supermemory SDK) keep working.
// Every route needs an API key (checked before the body is read) and calls the same services as the resolvers;
// failures are thrown and answered by the error boundary in the REST shape.
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { ValidationError } from '../errors.js';
import { principalOf } from '../server/authentication.js';
import { describeUnsafe, findUnsafeJson, unsafeStringReason } from '../server/inputSafety.js';
import { configureConnection, type ResourceSelection } from '../services/configureConnection.js';
import { createConnection } from '../services/connect.js';
import { deleteConnection } from '../services/deleteConnection.js';
import type { Gateway } from '../services/gateway.js';
import { listResources, requireConnection } from '../services/resources.js';
import { storedFailures } from '../sync/syncFailure.js';
import { connectionItem, resourcesBody } from './responses.js';

type Body = Record<string, unknown> | undefined;

/** A path or query parameter as text, refused when it holds what no id or name can. */
function textParam(source: unknown, name: string): string | undefined {
  const value = (source as Record<string, unknown> | undefined)?.[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ValidationError(name, `${name} must be given once.`);
  const reason = unsafeStringReason(value);
  if (reason) throw new ValidationError(name, `${name} ${reason}.`);
  return value;
}

function pathParam(request: FastifyRequest, name: string): string {
  return textParam(request.params, name) ?? '';
}

function integerParam(request: FastifyRequest, name: string, fallback: number): number {
  const raw = textParam(request.query, name);
  if (raw === undefined || raw === '') return fallback;
  if (!/^-?\d{1,15}$/.test(raw)) throw new ValidationError(name, `${name} must be a whole number.`);
  return Number(raw);
}

/** REST bodies are JSON objects (or nothing, where the route allows it), checked like every other input. */
function parseJsonBody(text: string): Body {
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ValidationError('body', 'The request body must be a JSON object.');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new ValidationError('body', 'The request body must be a JSON object.');
  const unsafe = findUnsafeJson(value, 'body');
  if (unsafe) throw new ValidationError(unsafe.path, describeUnsafe(unsafe));
  return value as Record<string, unknown>;
}

function requiredBody(request: FastifyRequest): Record<string, unknown> {
  const body = request.body as Body;
  if (!body) throw new ValidationError('body', 'The request body must be a JSON object.');
  return body;
}

function stringList(value: unknown, name: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new ValidationError(name, `${name} must be an array of strings.`);
  }
  return value;
}

export function restRoutes(gateway: Gateway, requireApiKey: onRequestAsyncHookHandler) {
  // eslint-disable-next-line @typescript-eslint/require-await -- a Fastify plugin: async, so that an error while adding routes rejects app.register() (a plain function's throw would escape Fastify's loader).
  return async (scope: FastifyInstance) => {
    scope.addHook('onRequest', requireApiKey);
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
      try {
        done(null, parseJsonBody(text as string));
      } catch (error) {
        done(error as Error, undefined);
      }
    });

    const connectionOf = (request: FastifyRequest) =>
      requireConnection(gateway, principalOf(request).organizationId, pathParam(request, 'id'));

    scope.post('/v3/connections/list', async (request) => {
      const tags = stringList((request.body as Body)?.containerTags, 'containerTags');
      const connections = await gateway.prisma.connection.findMany({
        where: { organizationId: principalOf(request).organizationId, ...(tags?.length ? { containerTags: { hasEvery: tags } } : {}) },
        orderBy: { id: 'desc' },
      });
      return connections.map((connection) => connectionItem(connection, gateway.providers));
    });

    scope.get('/v3/connections/:id/resources', async (request) => {
      const connection = await connectionOf(request);
      const page = integerParam(request, 'page', 1);
      const perPage = integerParam(request, 'per_page', 30);
      const search = textParam(request.query, 'search') ?? null;
      return resourcesBody(await listResources(gateway, connection, { page, perPage, search }, { page: 'page', perPage: 'per_page' }));
    });

    scope.post('/v3/connections/:id/configure', async (request) => {
      const connection = await connectionOf(request);
      const result = await configureConnection(gateway, connection, parseSelection(requiredBody(request).resources));
      return { success: result.success, message: result.message, webhooksRegistered: result.webhooksRegistered };
    });

    scope.get('/v3/connections/:id/sync-runs', async (request) => {
      const connection = await connectionOf(request);
      const limit = integerParam(request, 'limit', 20);
      if (limit < 1 || limit > 100) throw new ValidationError('limit', 'limit must be a whole number from 1 to 100.');
      const runs = await gateway.prisma.syncRun.findMany({ where: { connectionId: connection.id }, orderBy: { id: 'desc' }, take: limit });
      return {
        syncRuns: runs.map((run) => ({
          id: run.id,
          status: run.status,
          trigger: run.trigger,
          createdAt: run.createdAt.toISOString(),
          startedAt: run.startedAt?.toISOString() ?? null,
          finishedAt: run.finishedAt?.toISOString() ?? null,
          documentsAdded: run.documentsAdded,
          documentsUpdated: run.documentsUpdated,
          documentsDeleted: run.documentsDeleted,
          failures: storedFailures(run.failures),
        })),
      };
    });

    scope.get('/v3/connections/:id', async (request) => connectionItem(await connectionOf(request), gateway.providers));

    scope.delete('/v3/connections/:id', async (request) => {
      const result = await deleteConnection(gateway, await connectionOf(request));
      return {
        id: result.connection.id,
        provider: gateway.providers.get(result.connection.provider).slug,
        webhooksRemoved: result.webhooksRemoved,
        unremovedWebhooks: result.unremovedWebhooks,
        grantRevoked: result.grantRevoked,
        ...(result.grantError ? { grantError: result.grantError } : {}),
      };
    });

    // The SDK's `connections.create(provider, …)`: the last segment is a provider slug such as `github`.
    scope.post('/v3/connections/:provider', async (request) => {
      const slug = pathParam(request, 'provider');
      const adapter = gateway.providers.bySlug(slug);
      if (!adapter) throw new ValidationError('provider', `Unknown provider ${JSON.stringify(slug)}.`);
      const body = (request.body as Body) ?? {};
      if (typeof body.redirectUrl !== 'string') throw new ValidationError('redirectUrl', 'redirectUrl must be a string.');
      const tags = stringList(body.containerTags, 'containerTags') ?? (typeof body.containerTag === 'string' ? [body.containerTag] : []);
      const created = await createConnection(gateway, principalOf(request).organizationId, {
        provider: adapter.id,
        redirectUrl: body.redirectUrl,
        metadata: body.metadata ?? null,
        containerTags: tags,
      });
      return { id: created.connection.id, authLink: created.authLink, expiresIn: String(created.expiresIn) };
    });
  };
}

function parseSelection(resources: unknown): ResourceSelection[] {
  if (!Array.isArray(resources)) throw new ValidationError('resources', 'resources must be an array.');
  return resources.map((item: unknown, index) => {
    const entry = (item ?? {}) as Record<string, unknown>;
    const id = entry.id;
    if (!(typeof id === 'string' && id !== '') && !(typeof id === 'number' && Number.isFinite(id))) {
      throw new ValidationError(`resources[${index}].id`, `resources[${index}].id must be a string or a number.`);
    }
    if (typeof entry.name !== 'string') {
      throw new ValidationError(`resources[${index}].name`, `resources[${index}].name must be a string.`);
    }
    const branch = entry.defaultBranch ?? entry.default_branch;
    if (branch !== undefined && branch !== null && typeof branch !== 'string') {
      throw new ValidationError(`resources[${index}].defaultBranch`, `resources[${index}].defaultBranch must be a string.`);
    }
    return { id: String(id), name: entry.name, defaultBranch: branch ?? null };
  });
}
