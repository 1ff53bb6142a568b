// The REST shape of the API the gateway grew out of, so existing clients (and the supermemory SDK) keep working.
// Each route authenticates like GraphQL and calls the same service functions as the resolvers.
import type { Plugin } from 'graphql-yoga';
import { authenticateRequest, UnauthenticatedError } from '../auth/authenticateRequest';
import type { ApiKeyPrincipal } from '../auth/apiKeys';
import { GatewayError, ValidationError } from '../errors';
import type { Logger } from '../logger';
import type { Prisma } from '../generated/prisma/client';
import { configureConnection, type ResourceSelection } from '../services/configureConnection';
import { createConnection } from '../services/connect';
import { deleteConnection } from '../services/deleteConnection';
import type { Gateway } from '../services/gateway';
import { listResources, requireConnection } from '../services/resources';
import { requestScopeOf } from '../server/requestContext';
import { storedFailures } from '../sync/syncFailure';
import { connectionItem, errorResponse, json, resourcesBody } from './responses';

interface RouteInput {
  request: Request;
  url: URL;
  params: string[];
  principal: ApiKeyPrincipal;
  gateway: Gateway;
}

interface Route {
  method: string;
  path: RegExp;
  handle(input: RouteInput): Promise<Response>;
}

const routes: Route[] = [
  { method: 'POST', path: /^\/v3\/connections\/list$/, handle: listConnections },
  { method: 'GET', path: /^\/v3\/connections\/([^/]+)\/resources$/, handle: getResources },
  { method: 'POST', path: /^\/v3\/connections\/([^/]+)\/configure$/, handle: configure },
  { method: 'GET', path: /^\/v3\/connections\/([^/]+)\/sync-runs$/, handle: listSyncRuns },
  { method: 'GET', path: /^\/v3\/connections\/([^/]+)$/, handle: getConnection },
  { method: 'DELETE', path: /^\/v3\/connections\/([^/]+)$/, handle: deleteConnectionRoute },
  // The SDK's `connections.create(provider, …)`: the last segment is a provider slug such as `github`.
  { method: 'POST', path: /^\/v3\/connections\/([a-z0-9-]+)$/, handle: createConnectionRoute },
];

export function useRestApi(gateway: Gateway, logger: Logger): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith('/v3/')) return;
      const matching = routes.filter((route) => route.path.test(url.pathname));
      const route = matching.find((candidate) => candidate.method === request.method);
      if (!route) {
        endResponse(
          matching.length > 0
            ? json({ error: `Method ${request.method} is not allowed here.` }, 405, { allow: matching.map((r) => r.method).join(', ') })
            : json({ error: `No route for ${request.method} ${url.pathname}.` }, 404),
        );
        return;
      }
      const params = (route.path.exec(url.pathname) ?? []).slice(1).map(decodeURIComponent);
      return respond(route, { request, url, params, gateway }, logger).then(endResponse);
    },
  };
}

async function respond(route: Route, input: Omit<RouteInput, 'principal'>, logger: Logger): Promise<Response> {
  try {
    const principal = await authenticateRequest(input.gateway.apiKeys, input.request);
    return await route.handle({ ...input, principal });
  } catch (error) {
    if (error instanceof UnauthenticatedError) {
      return json({ error: error.message, details: { code: 'UNAUTHENTICATED' } }, 401, {
        'www-authenticate': 'Bearer realm="connections-gateway"',
      });
    }
    if (error instanceof GatewayError) return errorResponse(error);
    logger.error({ err: error, requestId: requestScopeOf(input.request).requestId }, 'unexpected error in a REST route');
    return json({ error: 'Unexpected error.', details: { code: 'INTERNAL_SERVER_ERROR' } }, 500);
  }
}

async function getConnection({ params, principal, gateway }: RouteInput): Promise<Response> {
  const connection = await requireConnection(gateway, principal.organizationId, params[0]!);
  return json(connectionItem(connection, gateway.providers));
}

async function listConnections({ request, principal, gateway }: RouteInput): Promise<Response> {
  const body = await readJson(request, { optional: true });
  const tags = body?.containerTags;
  if (tags !== undefined && !(Array.isArray(tags) && tags.every((tag) => typeof tag === 'string'))) {
    throw new ValidationError('containerTags', 'containerTags must be an array of strings.');
  }
  const connections = await gateway.prisma.connection.findMany({
    where: { organizationId: principal.organizationId, ...(tags?.length ? { containerTags: { hasEvery: tags } } : {}) },
    orderBy: { id: 'desc' },
  });
  return json(connections.map((connection) => connectionItem(connection, gateway.providers)));
}

async function getResources({ url, params, principal, gateway }: RouteInput): Promise<Response> {
  const connection = await requireConnection(gateway, principal.organizationId, params[0]!);
  const page = integerParam(url, 'page', 1);
  const perPage = integerParam(url, 'per_page', 30);
  const search = url.searchParams.get('search');
  const result = await listResources(gateway, connection, { page, perPage, search }, { page: 'page', perPage: 'per_page' });
  return json(resourcesBody(result));
}

async function configure({ request, params, principal, gateway }: RouteInput): Promise<Response> {
  const connection = await requireConnection(gateway, principal.organizationId, params[0]!);
  const body = await readJson(request);
  const result = await configureConnection(gateway, connection, parseSelection(body?.resources));
  return json({ success: result.success, message: result.message, webhooksRegistered: result.webhooksRegistered });
}

async function listSyncRuns({ url, params, principal, gateway }: RouteInput): Promise<Response> {
  const connection = await requireConnection(gateway, principal.organizationId, params[0]!);
  const limit = integerParam(url, 'limit', 20);
  if (limit < 1 || limit > 100) throw new ValidationError('limit', 'limit must be a whole number from 1 to 100.');
  const runs = await gateway.prisma.syncRun.findMany({ where: { connectionId: connection.id }, orderBy: { id: 'desc' }, take: limit });
  return json({
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
  });
}

async function deleteConnectionRoute({ params, principal, gateway }: RouteInput): Promise<Response> {
  const result = await deleteConnection(gateway, await requireConnection(gateway, principal.organizationId, params[0]!));
  return json({
    id: result.connection.id,
    provider: gateway.providers.get(result.connection.provider).slug,
    webhooksRemoved: result.webhooksRemoved,
    unremovedWebhooks: result.unremovedWebhooks,
    grantRevoked: result.grantRevoked,
    ...(result.grantError ? { grantError: result.grantError } : {}),
  });
}

async function createConnectionRoute({ request, params, principal, gateway }: RouteInput): Promise<Response> {
  const adapter = gateway.providers.bySlug(params[0]!);
  if (!adapter) throw new ValidationError('provider', `Unknown provider ${JSON.stringify(params[0])}.`);
  const body = (await readJson(request, { optional: true })) ?? {};
  if (typeof body.redirectUrl !== 'string') throw new ValidationError('redirectUrl', 'redirectUrl must be a string.');
  const tags = body.containerTags ?? (typeof body.containerTag === 'string' ? [body.containerTag] : []);
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string')) {
    throw new ValidationError('containerTags', 'containerTags must be an array of strings.');
  }
  const created = await createConnection(gateway, principal.organizationId, {
    provider: adapter.id,
    redirectUrl: body.redirectUrl,
    metadata: (body.metadata ?? null) as Prisma.InputJsonValue | null,
    containerTags: tags,
  });
  return json({ id: created.connection.id, authLink: created.authLink, expiresIn: String(created.expiresIn) });
}

function integerParam(url: URL, name: string, fallback: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw)) throw new ValidationError(name, `${name} must be a whole number.`);
  return Number(raw);
}

async function readJson(request: Request, { optional = false } = {}): Promise<Record<string, unknown> | undefined> {
  const text = await request.text();
  if (text.trim() === '') {
    if (optional) return undefined;
    throw new ValidationError('body', 'The request body must be a JSON object.');
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Reported below.
  }
  throw new ValidationError('body', 'The request body must be a JSON object.');
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
    return { id: String(id), name: entry.name, defaultBranch: (branch as string | null | undefined) ?? null };
  });
}
