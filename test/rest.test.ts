// The REST API the gateway grew out of, over HTTP, and the official supermemory SDK (v4) against it.
import Supermemory from 'supermemory';
import { expect } from 'vitest';
import { describeEachDatabase, test } from './support/fixtures';

const restTest = test
  .extend('repositories', { scope: 'file' }, 45)
  .extend('connectionFields', { scope: 'file' }, { containerTags: ['user_123', 'project_a'], metadata: { plan: 'pro' } })
  .extend('repoIds', ({ githubUser }) => githubUser.repositories.map((repo) => repo.databaseId))
  /** A REST call with the organization's key (or `auth`, null for none), its JSON answer read. */
  .extend(
    'rest',
    ({ gateway, organization }) =>
      async (method: string, path: string, body?: unknown, auth: string | null = organization.key) => {
        const response = await gateway.app.fetch(`http://gateway.test${path}`, {
          method,
          headers: {
            ...(auth ? { authorization: `Bearer ${auth}` } : {}),
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        });
        return { status: response.status, headers: response.headers, body: await response.json() };
      },
  );

describeEachDatabase('REST compatibility (%s)', restTest, (it) => {
  it('GET /v3/connections/:id/resources pages like the reference API', async ({ connection: { id: connectionId }, repoIds, rest }) => {
    const first = await rest('GET', `/v3/connections/${connectionId}/resources`);
    expect(first.status).toBe(200);
    expect(first.body.total_count).toBe(45);
    expect(first.body.resources).toHaveLength(30);
    expect(first.body.resources[0]).toEqual({
      id: repoIds[0],
      name: 'octocat/repo-001',
      full_name: 'octocat/repo-001',
      description: expect.toSatisfy((value: unknown) => value === null || typeof value === 'string'),
      private: expect.any(Boolean),
      default_branch: 'main',
      updated_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
    });
    const second = await rest('GET', `/v3/connections/${connectionId}/resources?page=2&per_page=30`);
    expect(second.body.resources).toHaveLength(15);
    const all = await rest('GET', `/v3/connections/${connectionId}/resources?per_page=100`);
    expect(all.body.resources.map((resource: { id: number }) => resource.id)).toEqual(repoIds);
    const searched = await rest('GET', `/v3/connections/${connectionId}/resources?search=REPO-04`);
    expect(searched.body.total_count).toBe(6);
    expect(searched.body.resources.map((resource: { name: string }) => resource.name)).toEqual(
      ['040', '041', '042', '043', '044', '045'].map((n) => `octocat/repo-${n}`),
    );
  });

  it('POST /v3/connections/:id/configure takes the reference example’s body', async ({
    connection: { id: connectionId },
    repoIds,
    rest,
  }) => {
    const body = {
      resources: [
        { id: repoIds[0], name: 'octocat/repo-001', defaultBranch: 'main' },
        { id: repoIds[1], name: 'octocat/repo-002', defaultBranch: 'main' },
      ],
    };
    const response = await rest('POST', `/v3/connections/${connectionId}/configure`, body);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ success: true, message: expect.stringContaining('Configured 2 resources'), webhooksRegistered: 2 });
    const again = await rest('POST', `/v3/connections/${connectionId}/configure`, body);
    expect(again.body.webhooksRegistered).toBe(2);
  });

  it('GET /v3/connections/:id and POST /v3/connections/list return the SDK’s item shape', async ({
    gateway,
    organization: { organizationId },
    connection: { id: connectionId },
    rest,
  }) => {
    const item = {
      id: connectionId,
      provider: 'github',
      status: 'ACTIVE',
      createdAt: expect.stringMatching(/Z$/),
      containerTags: ['user_123', 'project_a'],
      metadata: { plan: 'pro' },
    };
    expect(await rest('GET', `/v3/connections/${connectionId}`)).toMatchObject({ status: 200, body: item });
    const drive = await gateway.createConnection(organizationId, 'GOOGLE_DRIVE', { containerTags: ['user_456'] });
    const listed = await rest('POST', '/v3/connections/list', {});
    expect(listed.body.map((entry: { id: string; provider: string }) => [entry.id, entry.provider])).toEqual([
      [drive, 'google-drive'],
      [connectionId, 'github'],
    ]);
    const tagged = await rest('POST', '/v3/connections/list', { containerTags: ['user_123'] });
    expect(tagged.body.map((entry: { id: string }) => entry.id)).toEqual([connectionId]);
  });

  it('answers errors with the error’s HTTP status and { error, details }', async ({
    gateway,
    organization: { organizationId },
    connection: { id: connectionId },
    rest,
  }) => {
    const notion = await gateway.createConnection(organizationId, 'NOTION');
    const pending = await gateway.createConnection(organizationId, 'GITHUB', { status: 'PENDING' });
    const cases: [string, string, unknown, number, string][] = [
      ['GET', '/v3/connections/missing', undefined, 404, 'NOT_FOUND'],
      ['GET', `/v3/connections/${connectionId}/resources?per_page=500`, undefined, 400, 'BAD_USER_INPUT'],
      ['GET', `/v3/connections/${connectionId}/resources?page=abc`, undefined, 400, 'BAD_USER_INPUT'],
      ['GET', `/v3/connections/${notion}/resources`, undefined, 501, 'NOT_IMPLEMENTED'],
      ['POST', `/v3/connections/${notion}/configure`, { resources: [] }, 501, 'NOT_IMPLEMENTED'],
      ['GET', `/v3/connections/${pending}/resources`, undefined, 400, 'MISSING_REFRESH_TOKEN'],
      ['POST', `/v3/connections/${connectionId}/configure`, '{not json', 400, 'BAD_USER_INPUT'],
      ['POST', `/v3/connections/${connectionId}/configure`, { resources: [{ id: 1 }] }, 400, 'BAD_USER_INPUT'],
      ['POST', `/v3/connections/${connectionId}/configure`, { resources: [{ id: 42, name: 'x/y' }] }, 400, 'BAD_USER_INPUT'],
    ];
    for (const [method, path, body, status, code] of cases) {
      const response = await rest(method, path, body);
      expect([method, path, response.status, response.body.details?.code]).toEqual([method, path, status, code]);
      expect(typeof response.body.error).toBe('string');
    }
    const perPage = await rest('GET', `/v3/connections/${connectionId}/resources?per_page=500`);
    expect(perPage.body).toEqual({
      error: 'per_page must be a whole number from 1 to 100.',
      details: { code: 'BAD_USER_INPUT', argument: 'per_page' },
    });
    const unsupported = await rest('GET', `/v3/connections/${notion}/resources`);
    expect(unsupported.body.details).toEqual({ code: 'NOT_IMPLEMENTED', provider: 'Notion', operation: 'listResources' });

    const anonymous = await rest('GET', `/v3/connections/${connectionId}`, undefined, null);
    expect([anonymous.status, anonymous.body.details.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await rest('DELETE', `/v3/connections/${connectionId}/resources`)).status).toBe(405);
    expect((await rest('GET', '/v3/nothing-here')).status).toBe(404);
  });

  it('answers a provider rate limit with 429 and Retry-After, and a failing provider with 502', async ({
    github,
    gateway,
    organization: { organizationId },
    rest,
  }) => {
    const id = await gateway.createConnection(organizationId, 'GITHUB', { accessToken: github.issueToken('octocat').accessToken });
    github.rateLimit('graphql', { retryAfterSeconds: 30, style: 'secondary' });
    try {
      const limited = await rest('GET', `/v3/connections/${id}/resources`);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('30');
      expect(limited.body.details).toEqual({ code: 'RATE_LIMITED', provider: 'GitHub', retryAfterSeconds: 30 });
    } finally {
      github.clearRateLimit();
    }
    github.failNext('graphql', 10, 500);
    try {
      const failed = await rest('GET', `/v3/connections/${id}/resources`);
      expect([failed.status, failed.body.details.code]).toEqual([502, 'UPSTREAM_ERROR']);
    } finally {
      github.failNext('graphql', 0);
    }
  });

  it('serves the official supermemory SDK unchanged', async ({
    gateway,
    organization: { key },
    connection: { id: connectionId },
    repoIds,
  }) => {
    // The SDK's own HTTP calls, answered in-process by the gateway app.
    const inProcessFetch = (async (url: string | URL, init?: RequestInit) => gateway.app.fetch(String(url), init)) as typeof fetch;
    const client = new Supermemory({ apiKey: key, baseURL: 'http://gateway.test', maxRetries: 0, fetch: inProcessFetch });
    const resources = await client.connections.resources(connectionId, { page: 2, per_page: 20 });
    expect(resources.total_count).toBe(45);
    expect(resources.resources).toHaveLength(20);
    expect(resources.resources[0]).toMatchObject({ id: repoIds[20], full_name: 'octocat/repo-021' });

    const configured = await client.connections.configure(connectionId, {
      resources: [{ id: repoIds[2], name: 'octocat/repo-003', defaultBranch: 'main' }],
    });
    expect(configured).toEqual({ success: true, message: expect.any(String), webhooksRegistered: 1 });

    const connection = await client.connections.getByID(connectionId);
    expect(connection).toMatchObject({ id: connectionId, provider: 'github', containerTags: ['user_123', 'project_a'] });
    const listed = await client.connections.list({ containerTags: ['user_123'] });
    expect(listed.map((item) => item.id)).toEqual([connectionId]);

    await expect(client.connections.getByID('missing')).rejects.toMatchObject({ status: 404 });
    const anonymous = new Supermemory({ apiKey: 'cgw_bad', baseURL: 'http://gateway.test', maxRetries: 0, fetch: inProcessFetch });
    await expect(anonymous.connections.list({})).rejects.toMatchObject({ status: 401 });
  });
});
