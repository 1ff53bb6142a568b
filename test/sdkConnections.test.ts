// All ten connection methods of the official supermemory SDK (v4), each called through the SDK itself against the
// gateway over HTTP: connections made through OAuth at the GitHub fake, synced by a real worker.
import Supermemory, { BadRequestError, NotFoundError } from 'supermemory';
import { expect } from 'vitest';
import { describeEachDatabase, test } from './support/fixtures';

const CLIENT = { clientId: 'Iv1.sdktest', clientSecret: 'sdk-test-client-secret-0123456789' };
const APP_URL = 'https://app.example.com/connected';
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

interface SyncRunItem {
  status: string;
  trigger: string;
  documentsAdded: number;
}

const sdkTest = test
  .extend('syncWorkers', { scope: 'file' }, true)
  .extend('repositories', { scope: 'file' }, [
    { name: 'handbook', files: { 'README.md': '# Handbook', 'people/onboarding.md': 'Welcome', 'tool.py': 'print()' } },
    { name: 'site', files: { 'index.mdx': 'Home' } },
  ])
  .extend('gatewayEnv', { scope: 'file' }, { GITHUB_CLIENT_ID: CLIENT.clientId, GITHUB_CLIENT_SECRET: CLIENT.clientSecret })
  .extend('oauthApp', { scope: 'file', auto: true }, ({ github }) => {
    github.addOAuthApp({ ...CLIENT, expiringTokens: false });
    // Deleting a connection revokes its user's grant: the deletion test connects as this user alone.
    github.addUser({ login: 'monalisa' });
    return CLIENT;
  })
  /** The SDK, pointed at the gateway's real address with the organization's key. */
  .extend('client', ({ gateway, organization }) => new Supermemory({ apiKey: organization.key, baseURL: gateway.app.url, maxRetries: 0 }))
  /** A connection made as users make it: the SDK's create, then GitHub's authorize page and the callback. */
  .extend(
    'connect',
    ({ github, gateway, client }) =>
      async (params: Supermemory.ConnectionCreateParams, login = 'octocat'): Promise<string> => {
        github.setAuthorizingUser(login);
        const created = await client.connections.create('github', { redirectUrl: APP_URL, ...params });
        const atProvider = await fetch(created.authLink, { redirect: 'manual' });
        const back = await gateway.app.fetch(atProvider.headers.get('location')!);
        expect(new URL(back.headers.get('location')!).searchParams.get('status')).toBe('success');
        return created.id;
      },
  )
  /** The connection's runs, newest first (REST: the SDK has no method for them). */
  .extend('syncRuns', ({ gateway, organization }) => async (id: string): Promise<SyncRunItem[]> => {
    const response = await gateway.app.fetch(`http://gateway.test/v3/connections/${id}/sync-runs`, {
      headers: { authorization: `Bearer ${organization.key}` },
    });
    return ((await response.json()) as { syncRuns: SyncRunItem[] }).syncRuns;
  });

/** What a rejected SDK call threw, for asserting on its class, status and body. */
async function rejection(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  return expect.fail('the call succeeded');
}

describeEachDatabase('the supermemory SDK’s connection methods (%s)', sdkTest, (it) => {
  it('create takes documentLimit and container tags; getByID, list and getByTag return them', async ({ client, connect }) => {
    const created = await client.connections.create('github', {
      redirectUrl: APP_URL,
      containerTags: ['user_1', 'project_x'],
      documentLimit: 25,
      metadata: { plan: 'pro' },
    });
    expect(created).toEqual({ id: expect.any(String), authLink: expect.stringContaining('/login/oauth/authorize?'), expiresIn: '3600' });
    expect(await client.connections.getByID(created.id)).toEqual({
      id: created.id,
      provider: 'github',
      status: 'PENDING',
      createdAt: expect.stringMatching(ISO),
      containerTags: ['user_1', 'project_x'],
      metadata: { plan: 'pro' },
      documentLimit: 25,
    });

    const active = await connect({ containerTags: ['user_1', 'project_x'], documentLimit: 40 });
    const other = await connect({ containerTags: ['user_1'] });
    const listed = await client.connections.list({ containerTags: ['user_1'] });
    expect(listed.map((item) => [item.id, item.documentLimit])).toEqual([
      [other, 10_000],
      [active, 40],
      [created.id, 25],
    ]);

    // Exactly these tags, in any order; the newest of the two connections that have them.
    const byTag = await client.connections.getByTag('github', { containerTags: ['project_x', 'user_1'] });
    expect(byTag).toMatchObject({
      id: active,
      provider: 'github',
      status: 'ACTIVE',
      documentLimit: 40,
      containerTags: ['user_1', 'project_x'],
    });
    expect((await client.connections.getByTag('github', { containerTags: ['user_1'] })).id).toBe(other);
    const missing = await rejection(client.connections.getByTag('github', { containerTags: ['project_x'] }));
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing).toMatchObject({
      status: 404,
      error: {
        error: 'No GitHub connection with container tags ["project_x"] was found.',
        details: { code: 'NOT_FOUND', provider: 'GitHub', containerTags: ['project_x'] },
      },
    });
  });

  it('resources and configure, then import syncs by hand and listDocuments lists what was stored', async ({
    github,
    client,
    connect,
    syncRuns,
  }) => {
    const id = await connect({ containerTags: ['user_2'] });
    const resources = await client.connections.resources(id);
    expect(resources.total_count).toBe(2);
    const handbook = resources.resources.find((resource) => resource.full_name === 'octocat/handbook')!;
    expect(handbook).toMatchObject({ name: 'octocat/handbook', default_branch: 'main' });

    const configured = await client.connections.configure(id, {
      resources: [{ id: handbook.id, name: 'octocat/handbook', defaultBranch: 'main' }],
    });
    expect(configured).toEqual({ success: true, message: expect.stringContaining('Configured 1 resource'), webhooksRegistered: 1 });
    await expect.poll(async () => (await syncRuns(id))[0]?.status, { timeout: 30_000, interval: 200 }).toBe('SUCCEEDED');

    github.addFiles('octocat/handbook', { 'people/faq.md': 'Questions' });
    const imported = await client.connections.import('github', { containerTags: ['user_2'] });
    expect(imported).toBe('Sync queued for 1 connection.');
    await expect
      .poll(async () => (await syncRuns(id)).map((run) => [run.trigger, run.status, run.documentsAdded]), {
        timeout: 30_000,
        interval: 200,
      })
      .toEqual([
        ['MANUAL', 'SUCCEEDED', 1],
        ['CONFIGURE', 'SUCCEEDED', 2],
      ]);

    const documents = await client.connections.listDocuments('github', { containerTags: ['user_2'] });
    // The newest first: the file the import stored, then those of the first sync.
    const titles = documents.map((document) => document.title);
    expect(titles[0]).toBe('people/faq.md');
    expect(titles.slice(1).sort()).toEqual(['README.md', 'people/onboarding.md']);
    for (const document of documents) {
      expect(document).toMatchObject({
        id: expect.any(String),
        status: 'done',
        type: 'github_markdown',
        summary: null,
        createdAt: expect.stringMatching(ISO),
        updatedAt: expect.stringMatching(ISO),
        connectionId: id,
        resourceName: 'octocat/handbook',
      });
    }
    // Without tags: every GitHub connection's documents (only this one has synced any).
    expect((await client.connections.listDocuments('github', {})).map((document) => document.id)).toEqual(
      documents.map((document) => document.id),
    );

    // A connection that cannot sync answers as syncConnection does; none with the tags is a 404.
    const pending = await client.connections.create('github', { redirectUrl: APP_URL, containerTags: ['user_pending'] });
    const refused = await rejection(client.connections.import('github', { containerTags: ['user_pending'] }));
    expect(refused).toBeInstanceOf(BadRequestError);
    expect(refused).toMatchObject({ status: 400, error: { details: { code: 'MISSING_REFRESH_TOKEN' } } });
    expect((refused as BadRequestError).message).toContain(pending.id);
    expect(await rejection(client.connections.import('github', { containerTags: ['nobody'] }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(client.connections.listDocuments('github', { containerTags: ['nobody'] }))).toMatchObject({
      status: 404,
      error: { details: { code: 'NOT_FOUND' } },
    });
  });

  it('deleteByID and deleteByProvider delete through the gateway’s delete; what is gone answers NotFoundError', async ({
    client,
    connect,
  }) => {
    const byId = await connect({ containerTags: ['user_3', 'solo'] }, 'monalisa');
    const older = await connect({ containerTags: ['user_3'] }, 'monalisa');
    const newer = await connect({ containerTags: ['user_3'] }, 'monalisa');
    const wider = await connect({ containerTags: ['user_3', 'team'] }, 'monalisa');

    expect(await client.connections.deleteByID(byId)).toMatchObject({ id: byId, provider: 'github', documentsKept: false });
    expect(await rejection(client.connections.getByID(byId))).toBeInstanceOf(NotFoundError);
    expect(await rejection(client.connections.deleteByID(byId))).toMatchObject({ status: 404, error: { details: { code: 'NOT_FOUND' } } });

    // Every connection with exactly these tags, and no other.
    const deleted = await client.connections.deleteByProvider('github', { containerTags: ['user_3'] });
    expect(deleted).toMatchObject({ id: newer, provider: 'github' });
    expect((deleted as unknown as { deleted: { id: string }[] }).deleted.map((entry) => entry.id)).toEqual([newer, older]);
    for (const gone of [newer, older]) expect(await rejection(client.connections.getByID(gone))).toBeInstanceOf(NotFoundError);
    expect(await rejection(client.connections.getByTag('github', { containerTags: ['user_3'] }))).toBeInstanceOf(NotFoundError);
    expect(await client.connections.getByID(wider)).toMatchObject({ id: wider, containerTags: ['user_3', 'team'] });
    const again = await rejection(client.connections.deleteByProvider('github', { containerTags: ['user_3'] }));
    expect(again).toBeInstanceOf(NotFoundError);
    expect(again).toMatchObject({ error: { details: { code: 'NOT_FOUND', provider: 'GitHub', containerTags: ['user_3'] } } });
  });

  it('answers a provider without an OAuth app with 400 ProviderNotConfigured, and an unknown one with 400', async ({ client }) => {
    const notConfigured = {
      status: 400,
      error: {
        error: "Notion's OAuth app is not configured on this gateway: set NOTION_CLIENT_ID and NOTION_CLIENT_SECRET.",
        details: { code: 'PROVIDER_NOT_CONFIGURED', provider: 'Notion', variables: ['NOTION_CLIENT_ID', 'NOTION_CLIENT_SECRET'] },
      },
    };
    const tags = { containerTags: ['user_4'] };
    for (const call of [
      client.connections.create('notion', { redirectUrl: APP_URL }),
      client.connections.getByTag('notion', tags),
      client.connections.import('notion', tags),
      client.connections.listDocuments('notion', tags),
      client.connections.deleteByProvider('notion', tags),
    ]) {
      const refused = await rejection(call);
      expect(refused).toBeInstanceOf(BadRequestError);
      expect(refused).toMatchObject(notConfigured);
    }
    const unknown = await rejection(client.connections.getByTag('dropbox' as 'github', tags));
    expect(unknown).toBeInstanceOf(BadRequestError);
    expect(unknown).toMatchObject({ error: { details: { code: 'BAD_USER_INPUT', argument: 'provider' } } });
    const untagged = await rejection(client.connections.deleteByProvider('github', {} as typeof tags));
    expect(untagged).toMatchObject({ status: 400, error: { details: { code: 'BAD_USER_INPUT', argument: 'containerTags' } } });
  });
});
