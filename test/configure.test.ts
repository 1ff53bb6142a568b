// configureConnection over HTTP against the GitHub fake: webhooks, idempotence, validation, all-or-nothing.
import { expect } from 'vitest';
import { graphql } from './gql';
import type { ConfigureConnectionInput } from './gql/graphql';
import { describeEachDatabase, test } from './support/fixtures';
import { dataOf, expectTypename, having } from './support/graphql';

const Configure = graphql(`
  mutation ConfigureRepositories($input: ConfigureConnectionInput!) {
    configureConnection(input: $input) {
      __typename
      ... on ConfigureConnectionPayload {
        success
        message
        webhooksRegistered
        connection {
          id
          latestSync {
            status
            trigger
          }
        }
        configuredResources {
          id
          resourceId
          name
          defaultBranch
          webhookActive
          createdAt
        }
      }
      ... on Error {
        message
        code
        httpStatus
      }
      ... on ValidationError {
        argument
      }
      ... on UpstreamError {
        resource
      }
    }
  }
`);

const ConfiguredState = graphql(`
  query ConfiguredState($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        configuredResources {
          resourceId
          name
          webhookActive
        }
        latestSync {
          status
          trigger
        }
        resources(perPage: 100) {
          ... on ResourcePage {
            nodes {
              id
              configured
            }
          }
        }
      }
    }
  }
`);

const ConfiguredResourcesOfThree = graphql(`
  query ConfiguredResourcesOfThree($c0: ID!, $c1: ID!, $c2: ID!) {
    c0: connection(id: $c0) {
      ...ConfiguredNames
    }
    c1: connection(id: $c1) {
      ...ConfiguredNames
    }
    c2: connection(id: $c2) {
      ...ConfiguredNames
    }
  }

  fragment ConfiguredNames on ConnectionResult {
    ... on Connection {
      configuredResources {
        name
      }
    }
  }
`);

const configureTest = test
  .extend('repositories', { scope: 'file' }, [
    ...Array.from({ length: 12 }, (_, index) => ({ name: `repo-${index + 1}` })),
    { name: 'empty', empty: true },
  ])
  // Each test works on repositories of its own, except where sharing is the point.
  .extend('repos', ({ githubUser }) => githubUser.repositories.map((repo) => ({ id: String(repo.databaseId), name: repo.nameWithOwner })))
  .extend('configure', ({ gateway, organization }) => async (connectionId: string, resources: ConfigureConnectionInput['resources']) => {
    const response = await gateway.graphql(Configure, { key: organization.key, variables: { input: { connectionId, resources } } });
    return dataOf(response).configureConnection;
  })
  .extend('state', ({ gateway, organization }) => async (id: string) => {
    const response = await gateway.graphql(ConfiguredState, { key: organization.key, variables: { id } });
    return having(response.body.data!.connection, 'configuredResources');
  })
  .extend(
    'newConnection',
    ({ gateway, organization, accessToken }) =>
      () =>
        gateway.createConnection(organization.organizationId, 'GITHUB', { accessToken }),
  );

describeEachDatabase('configureConnection (%s)', configureTest, (it) => {
  const hookUrl = 'http://gateway.test/webhooks/github';

  it.beforeEach(({ github }) => github.resetCounters());

  it('registers one push webhook per repository with its own secret, and queues the initial sync', async ({
    github,
    gateway,
    configure,
    state,
    newConnection,
    repos,
  }) => {
    const id = await newConnection();
    const result = await configure(id, [repos[0]!, { ...repos[1]!, defaultBranch: 'develop' }, repos[12]!]);
    expect(result).toMatchObject({
      __typename: 'ConfigureConnectionPayload',
      success: true,
      webhooksRegistered: 3,
      connection: { id, latestSync: { status: 'QUEUED', trigger: 'CONFIGURE' } },
    });
    expectTypename(result, 'ConfigureConnectionPayload');
    expect(result.message).toContain('3 webhooks registered');
    expect(result.configuredResources).toEqual([
      expect.objectContaining({ resourceId: repos[0]!.id, name: 'octocat/repo-1', defaultBranch: 'main', webhookActive: true }),
      expect.objectContaining({ resourceId: repos[1]!.id, name: 'octocat/repo-2', defaultBranch: 'develop', webhookActive: true }),
      expect.objectContaining({ resourceId: repos[12]!.id, name: 'octocat/empty', defaultBranch: null, webhookActive: true }),
    ]);

    const secrets = new Set<string>();
    for (const repo of [repos[0]!, repos[1]!, repos[12]!]) {
      const hooks = github.hooks(repo.name);
      expect(hooks).toHaveLength(1);
      expect(hooks[0]).toMatchObject({ active: true, events: ['push'], config: { url: hookUrl, content_type: 'json' } });
      expect(hooks[0]!.config.secret).toMatch(/^[0-9a-f]{64}$/);
      secrets.add(hooks[0]!.config.secret!);
    }
    expect(secrets.size).toBe(3);
    // The secrets are stored encrypted, never in clear.
    const stored = await gateway.db.prisma.configuredResource.findMany({ where: { connectionId: id } });
    for (const row of stored) expect([...secrets].some((secret) => row.webhookSecretEncrypted?.includes(secret))).toBe(false);
    expect(gateway.secretBox.open(stored[0]!.webhookSecretEncrypted!)).toMatch(/^[0-9a-f]{64}$/);

    const after = await state(id);
    const configured = having(after.resources, 'nodes')
      .nodes.filter((node) => node.configured)
      .map((node) => node.id);
    expect(configured.sort()).toEqual([repos[0]!.id, repos[1]!.id, repos[12]!.id].sort());
  });

  it('is idempotent: the same call registers nothing new and reports the same count', async ({
    github,
    gateway,
    configure,
    newConnection,
    repos,
  }) => {
    const id = await newConnection();
    const selection = [repos[2]!, repos[3]!];
    await configure(id, selection);
    const hookIds = selection.map((repo) => github.hooks(repo.name)[0]!.id);
    github.resetCounters();
    const again = await configure(id, selection);
    expect(again).toMatchObject({ success: true, webhooksRegistered: 2 });
    expect(github.count('hooks.create')).toBe(0);
    expect(github.count('hooks.delete')).toBe(0);
    expect(selection.map((repo) => github.hooks(repo.name).map((hook) => hook.id))).toEqual(hookIds.map((hookId) => [hookId]));
    // One queued initial sync, not one per call.
    expect(await gateway.db.prisma.syncRun.count({ where: { connectionId: id } })).toBe(1);
  });

  it('replaces the selection: kept repositories keep their hook, dropped ones lose it', async ({
    github,
    configure,
    state,
    newConnection,
    repos,
  }) => {
    const id = await newConnection();
    await configure(id, [repos[4]!, repos[5]!]);
    const keptHook = github.hooks(repos[4]!.name)[0]!.id;
    github.resetCounters();
    const result = await configure(id, [repos[4]!, repos[6]!]);
    expect(result).toMatchObject({ success: true, webhooksRegistered: 2 });
    expect(github.count('hooks.create')).toBe(1);
    expect(github.count('hooks.delete')).toBe(1);
    expect(github.hooks(repos[4]!.name).map((hook) => hook.id)).toEqual([keptHook]);
    expect(github.hooks(repos[5]!.name)).toEqual([]);
    expect((await state(id)).configuredResources.map((resource) => resource.name)).toEqual(['octocat/repo-5', 'octocat/repo-7']);

    const emptied = await configure(id, []);
    expect(emptied).toMatchObject({ success: true, webhooksRegistered: 0, configuredResources: [] });
    expect(github.hooks(repos[4]!.name)).toEqual([]);
    expect(github.hooks(repos[6]!.name)).toEqual([]);
  });

  it('shares the hook another connection holds on the repository, with its secret: nothing changes on GitHub', async ({
    github,
    gateway,
    configure,
    newConnection,
    repos,
  }) => {
    const repo = repos[0]!; // the first test's connection registered this repository's hook
    const [original] = github.hooks(repo.name);
    const firstConnection = (await gateway.db.prisma.configuredResource.findFirstOrThrow({ where: { providerResourceId: repo.id } }))
      .connectionId;
    const id = await newConnection();
    github.resetCounters();
    const result = await configure(id, [repo]);
    expect(result).toMatchObject({ success: true, webhooksRegistered: 1 });
    // Re-keying the hook would break the other connection's deliveries until its row is updated.
    expect(github.count('hooks.create')).toBe(0);
    expect(github.count('hooks.update')).toBe(0);
    expect(github.hooks(repo.name)).toEqual([original]);
    const rows = await gateway.db.prisma.configuredResource.findMany({ where: { providerResourceId: repo.id } });
    expect(rows.map((row) => row.connectionId).sort()).toEqual([firstConnection, id].sort());
    for (const row of rows) expect(gateway.secretBox.open(row.webhookSecretEncrypted!)).toBe(original!.config.secret);

    // Dropping it here leaves the hook for the other connection.
    github.resetCounters();
    await configure(id, []);
    expect(github.count('hooks.delete')).toBe(0);
    expect(github.hooks(repo.name)).toHaveLength(1);
  });

  it('takes over a hook GitHub says already exists (422) when no connection holds it, with a secret it stores', async ({
    github,
    gateway,
    configure,
    newConnection,
    accessToken,
  }) => {
    github.addRepositories('octocat', [{ name: 'left-behind' }]);
    const repo = { id: String(github.repository('octocat/left-behind')!.databaseId), name: 'octocat/left-behind' };
    // A hook for this gateway's URL that no stored selection knows (its database was restored from a backup).
    const created = await fetch(`${github.apiUrl}/repos/octocat/left-behind/hooks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'web', events: ['push'], config: { url: hookUrl, content_type: 'json', secret: 'forgotten' } }),
    });
    expect(created.status).toBe(201);
    const [original] = github.hooks(repo.name);
    const id = await newConnection();
    github.resetCounters();
    const result = await configure(id, [repo]);
    expect(result).toMatchObject({ success: true, webhooksRegistered: 1 });
    expect(github.count('hooks.create')).toBe(1);
    expect(github.count('hooks.update')).toBe(1);
    const [hook] = github.hooks(repo.name);
    expect(hook!.id).toBe(original!.id);
    expect(hook!.config.secret).not.toBe('forgotten');
    const row = await gateway.db.prisma.configuredResource.findFirstOrThrow({ where: { connectionId: id } });
    expect(row.webhookId).toBe(String(original!.id));
    expect(gateway.secretBox.open(row.webhookSecretEncrypted!)).toBe(hook!.config.secret);
  });

  it('rejects an invalid selection with ValidationError and changes nothing', async ({
    github,
    configure,
    state,
    newConnection,
    repos,
  }) => {
    const id = await newConnection();
    await configure(id, [repos[7]!]);
    github.resetCounters();
    const tooMany = Array.from({ length: 501 }, (_, index) => ({ id: String(index), name: `x/${index}` }));
    const cases: [typeof tooMany, RegExp][] = [
      [tooMany, /At most 500 resources/],
      [[repos[8]!, repos[9]!, repos[8]!], new RegExp(`repeated: ${repos[8]!.id}`)],
      [[repos[8]!, { id: '999999', name: 'someone/else' }, { id: '888888', name: 'x/y' }], /cannot see resources 999999, 888888/],
    ];
    for (const [resources, message] of cases) {
      const result = await configure(id, resources);
      expect(result).toMatchObject({ __typename: 'ValidationError', code: 'BAD_USER_INPUT', httpStatus: 400, argument: 'input.resources' });
      expect(result.message).toMatch(message);
    }
    expect(github.count('hooks.create') + github.count('hooks.delete')).toBe(0);
    expect((await state(id)).configuredResources.map((resource) => resource.name)).toEqual(['octocat/repo-8']);
  });

  it('is all or nothing: a failing registration removes this call’s hooks and keeps the previous selection', async ({
    github,
    configure,
    state,
    newConnection,
    repos,
  }) => {
    const id = await newConnection();
    await configure(id, [repos[9]!]);
    const previousHook = github.hooks(repos[9]!.name)[0]!.id;
    github.failHookCreation(repos[11]!.name, 500);
    try {
      const result = await configure(id, [repos[9]!, repos[10]!, repos[11]!, repos[8]!]);
      expect(result).toMatchObject({
        __typename: 'UpstreamError',
        code: 'UPSTREAM_ERROR',
        httpStatus: 502,
        resource: 'octocat/repo-12',
      });
      expect(result.message).toContain('octocat/repo-12');
    } finally {
      github.failHookCreation(repos[11]!.name, 500, 0);
    }
    // Hooks created by the failed call are gone again; the earlier selection and its hook are untouched.
    for (const repo of [repos[10]!, repos[11]!, repos[8]!]) expect(github.hooks(repo.name)).toEqual([]);
    expect(github.hooks(repos[9]!.name).map((hook) => hook.id)).toEqual([previousHook]);
    const after = await state(id);
    expect(after.configuredResources.map((resource) => resource.name)).toEqual(['octocat/repo-10']);
  });

  it('answers ConnectionNotFoundError, 501 and MissingRefreshTokenError like the other operations', async ({
    gateway,
    organization: { organizationId },
    configure,
  }) => {
    expect(await configure('nope', [])).toMatchObject({ __typename: 'ConnectionNotFoundError', code: 'NOT_FOUND', httpStatus: 404 });
    const notion = await gateway.createConnection(organizationId, 'NOTION');
    expect(await configure(notion, [])).toMatchObject({ __typename: 'ProviderNotSupportedError', httpStatus: 501 });
    const pending = await gateway.createConnection(organizationId, 'GITHUB', { status: 'PENDING' });
    expect(await configure(pending, [])).toMatchObject({ __typename: 'MissingRefreshTokenError', httpStatus: 400 });
  });

  it('loads configuredResources of N connections in one SQL query', async ({
    gateway,
    organization: { key },
    configure,
    newConnection,
    repos,
  }) => {
    const ids = await Promise.all([newConnection(), newConnection(), newConnection()]);
    await configure(ids[0], [repos[1]!]);
    await configure(ids[1], [repos[1]!, repos[2]!]);
    gateway.services.connections.forget(ids[0]);
    gateway.services.connections.forget(ids[1]);
    gateway.services.connections.forget(ids[2]);
    gateway.queries.length = 0;
    const response = await gateway.graphql(ConfiguredResourcesOfThree, { key, variables: { c0: ids[0], c1: ids[1], c2: ids[2] } });
    expect(response.body.data).toEqual({
      c0: { configuredResources: [{ name: 'octocat/repo-2' }] },
      c1: { configuredResources: [{ name: 'octocat/repo-2' }, { name: 'octocat/repo-3' }] },
      c2: { configuredResources: [] },
    });
    expect(gateway.queries.filter((sql) => sql.includes('"configured_resources"'))).toHaveLength(1);
  });
});
