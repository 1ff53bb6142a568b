// The REST API: repository webhooks and git blobs (the parts the gateway uses), plus `/user`,
// `/repos/{owner}/{repo}`, `/rate_limit` and `/meta` for completeness. Paths here are below the API root (no
// GHES `/api/v3`).
import { authenticate, type Authenticated, type FakeContext } from './context';
import { infoOf } from './faults';
import { isoSeconds } from './git';
import { blobPath, handleGitBlob } from './gitBlobs';
import { injectedFailure, json, restError, type FakeRequest, type FakeResponse, type RequestKind } from './http';
import { handleApplications } from './oauth';
import { rateLimitedResponse } from './ratelimit';
import type { Hook, HookConfig, Repository } from './state';

const docs = 'https://docs.github.com/rest/repos/webhooks';
const hookDocs = {
  list: `${docs}#list-repository-webhooks`,
  create: `${docs}#create-a-repository-webhook`,
  get: `${docs}#get-a-repository-webhook`,
  update: `${docs}#update-a-repository-webhook`,
  delete: `${docs}#delete-a-repository-webhook`,
  getConfig: `${docs}#get-a-webhook-configuration-for-a-repository`,
  updateConfig: `${docs}#update-a-webhook-configuration-for-a-repository`,
  ping: `${docs}#ping-a-repository-webhook`,
};

/** Webhook events a repository hook can subscribe to (GitHub rejects others). */
const webhookEvents = new Set([
  '*',
  'branch_protection_configuration',
  'branch_protection_rule',
  'check_run',
  'check_suite',
  'code_scanning_alert',
  'commit_comment',
  'create',
  'custom_property_values',
  'delete',
  'dependabot_alert',
  'deploy_key',
  'deployment',
  'deployment_protection_rule',
  'deployment_review',
  'deployment_status',
  'discussion',
  'discussion_comment',
  'fork',
  'gollum',
  'issue_comment',
  'issue_dependencies',
  'issues',
  'label',
  'merge_group',
  'meta',
  'milestone',
  'package',
  'page_build',
  'project',
  'project_card',
  'project_column',
  'public',
  'pull_request',
  'pull_request_review',
  'pull_request_review_comment',
  'pull_request_review_thread',
  'push',
  'registry_package',
  'release',
  'repository',
  'repository_advisory',
  'repository_dispatch',
  'repository_import',
  'repository_ruleset',
  'repository_vulnerability_alert',
  'secret_scanning_alert',
  'secret_scanning_alert_location',
  'secret_scanning_scan',
  'security_and_analysis',
  'star',
  'status',
  'sub_issues',
  'team_add',
  'watch',
  'workflow_job',
  'workflow_run',
]);

interface Route {
  kind: RequestKind;
  match: RegExpExecArray;
}

const routes: { method: string; pattern: RegExp; kind: RequestKind }[] = [
  { method: 'GET', pattern: /^\/repos\/([^/]+)\/([^/]+)\/hooks\/?$/, kind: 'hooks.list' },
  { method: 'POST', pattern: /^\/repos\/([^/]+)\/([^/]+)\/hooks\/?$/, kind: 'hooks.create' },
  { method: 'GET', pattern: /^\/repos\/([^/]+)\/([^/]+)\/hooks\/(\d+)(\/config)?\/?$/, kind: 'hooks.get' },
  { method: 'PATCH', pattern: /^\/repos\/([^/]+)\/([^/]+)\/hooks\/(\d+)(\/config)?\/?$/, kind: 'hooks.update' },
  { method: 'DELETE', pattern: /^\/repos\/([^/]+)\/([^/]+)\/hooks\/(\d+)\/?$/, kind: 'hooks.delete' },
  { method: 'DELETE', pattern: /^\/applications\/([^/]+)\/grant\/?$/, kind: 'grant.delete' },
];

/** The kind of a REST request, for counting and fault injection. */
export function restKind(method: string, path: string): RequestKind {
  if (method === 'GET' && blobPath.test(path)) return 'git.blob';
  return routes.find((route) => route.method === method && route.pattern.test(path))?.kind ?? 'other';
}

export function handleRest(request: FakeRequest, context: FakeContext): FakeResponse {
  if (request.path.startsWith('/applications/')) return handleApplications(request, context);

  const hookRoute = routes.find((route) => route.method === request.method && route.pattern.test(request.path));
  const isPublicRead =
    request.method === 'GET' && (/^\/(repos\/[^/]+\/[^/]+|meta|rate_limit)\/?$/.test(request.path) || blobPath.test(request.path));
  const auth = authenticate(request, context, 'rest');
  if ('failure' in auth && !(isPublicRead && auth.anonymous)) return auth.failure;
  const caller = 'failure' in auth ? null : auth;

  if (caller) {
    const limited = context.faults.takeRateLimit(infoOf(request));
    if (limited) return rateLimitedResponse(limited, caller.account.id, 'core', request.requestId);
    if (request.path !== '/rate_limit') context.limits.consume(caller.account.id, 'core');
  }
  const withHeaders = (response: FakeResponse): FakeResponse => ({
    ...response,
    headers: {
      ...(caller
        ? {
            ...context.limits.headers(caller.account.id, 'core'),
            'x-oauth-scopes': caller.token.scopes.join(', '),
            'x-accepted-oauth-scopes': hookRoute ? 'admin:repo_hook, read:repo_hook, repo, write:repo_hook' : '',
          }
        : {}),
      ...response.headers,
    },
  });

  if (hookRoute && caller) {
    return withHeaders(hooks(request, context, caller, { kind: hookRoute.kind, match: hookRoute.pattern.exec(request.path)! }));
  }
  if (request.kind === 'git.blob') return withHeaders(handleGitBlob(request, context, caller));
  return withHeaders(misc(request, context, caller));
}

function misc(request: FakeRequest, context: FakeContext, caller: Authenticated | null): FakeResponse {
  if (request.method === 'GET' && /^\/user\/?$/.test(request.path) && caller) {
    return json(200, accountJson(caller.account, context));
  }
  if (request.method === 'GET' && request.path === '/meta') {
    return json(200, {
      verifiable_password_authentication: false,
      ...(context.enterprise ? { installed_version: '3.14.0' } : { hooks: ['192.30.252.0/22'] }),
    });
  }
  if (request.method === 'GET' && request.path === '/rate_limit' && caller) {
    const resource = (name: 'core' | 'graphql') => {
      const status = context.limits.status(caller.account.id, name);
      return { limit: status.limit, used: status.used, remaining: status.remaining, reset: Math.ceil(status.resetAt / 1000) };
    };
    return json(200, { resources: { core: resource('core'), graphql: resource('graphql') }, rate: resource('core') });
  }
  const repo = /^\/repos\/([^/]+)\/([^/]+)\/?$/.exec(request.path);
  if (request.method === 'GET' && repo) {
    const repository = context.state.findRepository(decodeURIComponent(repo[1]!), decodeURIComponent(repo[2]!));
    if (!repository || !context.state.canSee(repository, caller?.account.login ?? null)) {
      return restError(404, 'Not Found', 'https://docs.github.com/rest/repos/repos#get-a-repository');
    }
    return json(200, repositoryJson(repository, context, caller));
  }
  return restError(404, 'Not Found');
}

function hooks(request: FakeRequest, context: FakeContext, caller: Authenticated, route: Route): FakeResponse {
  const { state } = context;
  const documentation = {
    'hooks.list': hookDocs.list,
    'hooks.create': hookDocs.create,
    'hooks.get': route.match[4] ? hookDocs.getConfig : hookDocs.get,
    'hooks.update': route.match[4] ? hookDocs.updateConfig : hookDocs.update,
    'hooks.delete': hookDocs.delete,
  }[route.kind as 'hooks.list'];
  const repository = state.findRepository(decodeURIComponent(route.match[1]!), decodeURIComponent(route.match[2]!));
  // Webhooks need admin rights; without them GitHub does not reveal the repository (or its hooks) at all.
  if (!repository || state.permission(repository, caller.account.login) !== 'ADMIN') return restError(404, 'Not Found', documentation);
  const fullName = `${repository.owner.login}/${repository.name}`;
  const body = (typeof request.body === 'object' && request.body !== null && !Array.isArray(request.body) ? request.body : {}) as Record<
    string,
    unknown
  >;

  if (route.kind === 'hooks.list') {
    const perPage = clampInt(request.url.searchParams.get('per_page'), 30, 1, 100);
    const page = clampInt(request.url.searchParams.get('page'), 1, 1, Number.MAX_SAFE_INTEGER);
    const items = repository.hooks.slice((page - 1) * perPage, page * perPage);
    const link = linkHeader(request, context, page, Math.max(1, Math.ceil(repository.hooks.length / perPage)));
    return json(
      200,
      items.map((hook) => hookJson(hook, repository, context)),
      link ? { link } : {},
    );
  }

  if (route.kind === 'hooks.create') {
    if (request.body !== undefined && (typeof request.body !== 'object' || request.body === null)) {
      return restError(400, 'Problems parsing JSON', documentation);
    }
    const failure = context.faults.takeHookCreationFailure(fullName);
    if (failure !== null) return injectedFailure(failure, 'hooks.create', request.requestId);
    if (body.name !== undefined && body.name !== 'web') {
      return validationFailed(documentation, { resource: 'Hook', code: 'custom', field: 'name', message: `Name must be "web"` });
    }
    const invalid = checkHookInput(body, documentation, true);
    if (invalid) return invalid;
    const config = body.config as Record<string, unknown>;
    if (typeof config.url !== 'string' || config.url === '') {
      return validationFailed(documentation, { resource: 'Hook', code: 'custom', message: 'Config must contain URL for webhooks' });
    }
    if (repository.hooks.some((hook) => hook.config.url === config.url)) {
      return validationFailed(documentation, { resource: 'Hook', code: 'custom', message: 'Hook already exists on this repository' });
    }
    const hook = state.createHook(repository, {
      active: body.active === undefined ? true : Boolean(body.active),
      events: Array.isArray(body.events) ? [...new Set(body.events as string[])] : ['push'],
      config: hookConfig(config),
    });
    return json(201, hookJson(hook, repository, context), { location: hookUrl(repository, hook, context) });
  }

  const hook = repository.hooks.find((candidate) => candidate.id === Number(route.match[3]));
  if (!hook) return restError(404, 'Not Found', documentation);
  const configOnly = Boolean(route.match[4]);

  switch (route.kind) {
    case 'hooks.get':
      return json(200, configOnly ? configJson(hook.config) : hookJson(hook, repository, context));
    case 'hooks.delete':
      repository.hooks = repository.hooks.filter((candidate) => candidate !== hook);
      return { status: 204 };
    case 'hooks.update': {
      if (configOnly) {
        // PATCH …/hooks/{id}/config merges into the configuration.
        const merged = { ...hook.config, ...body } as Record<string, unknown>;
        if (typeof merged.url !== 'string' || merged.url === '') {
          return validationFailed(documentation, { resource: 'Hook', code: 'custom', message: 'Config must contain URL for webhooks' });
        }
        hook.config = hookConfig(merged);
        hook.updatedAt = isoSeconds(new Date());
        return json(200, configJson(hook.config));
      }
      const invalid = checkHookInput(body, documentation, false);
      if (invalid) return invalid;
      if (body.config !== undefined) {
        // PATCH …/hooks/{id} replaces the configuration: a secret left out is removed, as on GitHub.
        const config = body.config as Record<string, unknown>;
        if (typeof config.url !== 'string' || config.url === '') {
          return validationFailed(documentation, { resource: 'Hook', code: 'custom', message: 'Config must contain URL for webhooks' });
        }
        if (repository.hooks.some((other) => other !== hook && other.config.url === config.url)) {
          return validationFailed(documentation, { resource: 'Hook', code: 'custom', message: 'Hook already exists on this repository' });
        }
        hook.config = hookConfig(config);
      }
      let events = Array.isArray(body.events) ? [...(body.events as string[])] : [...hook.events];
      if (Array.isArray(body.add_events)) events.push(...(body.add_events as string[]));
      if (Array.isArray(body.remove_events)) events = events.filter((event) => !(body.remove_events as string[]).includes(event));
      hook.events = [...new Set(events)];
      if (body.active !== undefined) hook.active = Boolean(body.active);
      hook.updatedAt = isoSeconds(new Date());
      return json(200, hookJson(hook, repository, context));
    }
    default:
      return restError(404, 'Not Found');
  }
}

/** GitHub's JSON-schema checks on a hook body, with its "Invalid request" wording. */
function checkHookInput(body: Record<string, unknown>, documentation: string, creating: boolean): FakeResponse | null {
  const invalid = (detail: string) => restError(422, `Invalid request.\n\n${detail}`, documentation);
  if (body.config === undefined) {
    if (creating) return invalid('"config" wasn\'t supplied.');
  } else if (typeof body.config !== 'object' || body.config === null || Array.isArray(body.config)) {
    return invalid(`For 'properties/config', ${JSON.stringify(body.config)} is not an object.`);
  }
  for (const field of ['events', 'add_events', 'remove_events']) {
    const value = body[field];
    if (value === undefined) continue;
    if (!Array.isArray(value)) return invalid(`For 'properties/${field}', ${JSON.stringify(value)} is not an array.`);
    const wrong = value.find((event) => typeof event !== 'string');
    if (wrong !== undefined) return invalid(`For 'items', ${JSON.stringify(wrong)} is not a string.`);
    const unknown = (value as string[]).filter((event) => !webhookEvents.has(event));
    if (unknown.length > 0) {
      return validationFailed(documentation, {
        resource: 'Hook',
        code: 'custom',
        field: 'events',
        message: `${unknown.join(', ')} is not a valid event name`,
      });
    }
  }
  if (body.active !== undefined && typeof body.active !== 'boolean') {
    return invalid(`For 'properties/active', ${JSON.stringify(body.active)} is not a boolean.`);
  }
  return null;
}

function validationFailed(documentation: string, ...errors: object[]): FakeResponse {
  return restError(422, 'Validation Failed', documentation, { errors });
}

function hookConfig(config: Record<string, unknown>): HookConfig {
  const insecure = config.insecure_ssl;
  return {
    url: String(config.url),
    content_type: config.content_type === 'json' ? 'json' : 'form',
    insecure_ssl: insecure === 1 || insecure === '1' || insecure === true ? '1' : '0',
    ...(typeof config.secret === 'string' && config.secret !== '' ? { secret: config.secret } : {}),
  };
}

function configJson(config: HookConfig): Record<string, string> {
  return {
    content_type: config.content_type,
    insecure_ssl: config.insecure_ssl,
    ...(config.secret !== undefined ? { secret: '********' } : {}),
    url: config.url,
  };
}

function hookUrl(repository: Repository, hook: Hook, context: FakeContext): string {
  return `${context.apiUrl}/repos/${repository.owner.login}/${repository.name}/hooks/${hook.id}`;
}

function hookJson(hook: Hook, repository: Repository, context: FakeContext): object {
  const url = hookUrl(repository, hook, context);
  return {
    type: 'Repository',
    id: hook.id,
    name: hook.name,
    active: hook.active,
    events: hook.events,
    config: configJson(hook.config),
    updated_at: hook.updatedAt,
    created_at: hook.createdAt,
    url,
    test_url: `${url}/test`,
    ping_url: `${url}/pings`,
    deliveries_url: `${url}/deliveries`,
    last_response: { code: null, status: 'unused', message: null },
  };
}

function accountJson(account: Repository['owner'], context: FakeContext): object {
  return {
    login: account.login,
    id: account.id,
    node_id: account.nodeId,
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    url: `${context.apiUrl}/${account.type === 'User' ? 'users' : 'orgs'}/${account.login}`,
    html_url: `${context.webUrl}/${account.login}`,
    type: account.type,
    site_admin: false,
    name: account.name,
    created_at: account.createdAt,
  };
}

function repositoryJson(repository: Repository, context: FakeContext, caller: Authenticated | null): object {
  const fullName = `${repository.owner.login}/${repository.name}`;
  const permission = context.state.permission(repository, caller?.account.login ?? null);
  const rank = ['READ', 'TRIAGE', 'WRITE', 'MAINTAIN', 'ADMIN'].indexOf(permission ?? '');
  return {
    id: repository.databaseId,
    node_id: repository.nodeId,
    name: repository.name,
    full_name: fullName,
    private: repository.isPrivate,
    visibility: repository.isPrivate ? 'private' : 'public',
    owner: accountJson(repository.owner, context),
    html_url: `${context.webUrl}/${fullName}`,
    description: repository.description,
    fork: repository.isFork,
    archived: repository.isArchived,
    disabled: false,
    url: `${context.apiUrl}/repos/${fullName}`,
    hooks_url: `${context.apiUrl}/repos/${fullName}/hooks`,
    created_at: repository.createdAt,
    updated_at: repository.updatedAt,
    pushed_at: repository.pushedAt,
    size: 0,
    default_branch: repository.defaultBranch,
    ...(caller ? { permissions: { admin: rank >= 4, maintain: rank >= 3, push: rank >= 2, triage: rank >= 1, pull: rank >= 0 } } : {}),
  };
}

function clampInt(raw: string | null, fallback: number, min: number, max: number): number {
  const value = raw === null ? NaN : Number.parseInt(raw, 10);
  return Number.isFinite(value) && value >= min ? Math.min(value, max) : fallback;
}

/** GitHub's `Link` header with first/prev/next/last, present only when there is more than one page. */
function linkHeader(request: FakeRequest, context: FakeContext, page: number, lastPage: number): string | null {
  if (lastPage <= 1) return null;
  const at = (target: number) => {
    const url = new URL(`${context.apiUrl}${request.path}`);
    for (const [key, value] of request.url.searchParams) url.searchParams.set(key, value);
    url.searchParams.set('page', String(target));
    return url.toString();
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${at(page - 1)}>; rel="prev"`);
  if (page < lastPage) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(lastPage)}>; rel="last"`);
  if (page > 1) links.push(`<${at(1)}>; rel="first"`);
  return links.join(', ');
}
