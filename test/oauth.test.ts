// Connections made the way users make them: createConnection → the provider's authorize page → the callback.
// Then token refresh (ahead of expiry, on 401, single-flight), bad refresh tokens, deletion, and secrets at rest.
import Supermemory from 'supermemory';
import { loadConfig } from '../src/config';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { graphql } from './gql';
import type { CreateConnectionInput, Provider } from './gql/graphql';
import { describeEachDatabase, startGatewayFirst, test } from './support/fixtures';
import { dataOf, expectTypename, having } from './support/graphql';
import type { RecordedRequest } from '@connections-gateway/github-fake';

const CLIENT = { clientId: 'Iv1.gatewaytest', clientSecret: 'gateway-client-secret-0123456789' };
const APP_URL = 'https://app.example.com/connected';

const Create = graphql(`
  mutation CreateOAuthConnection($input: CreateConnectionInput!) {
    createConnection(input: $input) {
      __typename
      ... on CreateConnectionPayload {
        authLink
        expiresIn
        connection {
          id
          provider
          status
          accountLogin
          metadata
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
      ... on ProviderNotConfiguredError {
        variables
      }
    }
  }
`);

const Status = graphql(`
  query OAuthConnectionStatus($id: ID!) {
    connection(id: $id) {
      __typename
      ... on Connection {
        status
        accountLogin
      }
    }
  }
`);

const Resources = graphql(`
  query OAuthConnectionResources($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        resources(perPage: 5) {
          __typename
          ... on ResourcePage {
            totalCount
          }
          ... on Error {
            code
            httpStatus
            message
          }
        }
      }
    }
  }
`);

const ConfigureWebhooks = graphql(`
  mutation ConfigureWebhooks($input: ConfigureConnectionInput!) {
    configureConnection(input: $input) {
      ... on ConfigureConnectionPayload {
        webhooksRegistered
      }
    }
  }
`);

const Delete = graphql(`
  mutation DeleteOAuthConnection($id: ID!) {
    deleteConnection(id: $id) {
      __typename
      ... on DeleteConnectionPayload {
        id
        provider
        webhooksRemoved
        unremovedWebhooks
        grantRevoked
        grantError
      }
    }
  }
`);

/** The total of a connection's first resource page, as OAuthConnectionResources reads it. */
const totalOf = (data: ResultOf<typeof Resources>) => having(having(data.connection, 'resources').resources, 'totalCount').totalCount;

const createTest = test.extend('create', ({ gateway, organization }) => async (input: CreateConnectionInput) => {
  const response = await gateway.graphql(Create, { key: organization.key, variables: { input } });
  return dataOf(response).createConnection;
});

const oauthTest = createTest
  .extend('repositories', { scope: 'file' }, 7)
  .extend('gatewayEnv', { scope: 'file' }, { GITHUB_CLIENT_ID: CLIENT.clientId, GITHUB_CLIENT_SECRET: CLIENT.clientSecret })
  // Steps on the file's fake before any test (auto): the gateway's OAuth app, and a record of every request.
  .extend('oauthApp', { scope: 'file', auto: true }, ({ github }) => {
    github.addOAuthApp({ ...CLIENT, expiringTokens: true });
    return CLIENT;
  })
  /** Every request the fake saw, kept across the suite's counter resets, for the log search at the end. */
  .extend('everyRequest', { scope: 'file', auto: true }, ({ github }) => {
    const everyRequest: RecordedRequest[] = [];
    const reset = github.resetCounters.bind(github);
    github.resetCounters = () => {
      everyRequest.push(...github.requests);
      reset();
    };
    return everyRequest;
  })
  /** Follows the authLink like a browser: the provider redirects to the gateway's callback, which redirects on. */
  .extend('authorize', ({ gateway }) => async (authLink: string): Promise<URL> => {
    const atProvider = await fetch(authLink, { redirect: 'manual' });
    expect(atProvider.status).toBe(302);
    const callback = atProvider.headers.get('location')!;
    expect(callback.startsWith('http://gateway.test/oauth/callback/github?')).toBe(true);
    const atGateway = await gateway.app.fetch(callback);
    expect(atGateway.status).toBe(302);
    return new URL(atGateway.headers.get('location')!);
  })
  .extend('connect', ({ github, authorize, create }) => async (login = 'octocat'): Promise<string> => {
    github.setAuthorizingUser(login);
    const created = having(await create({ provider: 'GITHUB', redirectUrl: APP_URL }), 'authLink');
    const back = await authorize(created.authLink);
    expect(back.searchParams.get('status')).toBe('success');
    return created.connection.id;
  });

describeEachDatabase('connecting through OAuth (%s)', oauthTest, (it) => {
  it('walks the round trip: createConnection → authorize → callback → ACTIVE → resources', async ({
    github,
    gateway,
    organization: { key },
    authorize,
    create,
  }) => {
    github.setAuthorizingUser('octocat');
    const created = await create({ provider: 'GITHUB', redirectUrl: APP_URL, metadata: { userId: 'u-1' } });
    expect(created).toMatchObject({
      __typename: 'CreateConnectionPayload',
      expiresIn: 3600,
      connection: { provider: 'GITHUB', status: 'PENDING', accountLogin: null, metadata: { userId: 'u-1' } },
    });
    expectTypename(created, 'CreateConnectionPayload');
    const link = new URL(created.authLink);
    expect(`${link.origin}${link.pathname}`).toBe(`${github.webUrl}/login/oauth/authorize`);
    expect(link.searchParams.get('client_id')).toBe(CLIENT.clientId);
    expect(link.searchParams.get('redirect_uri')).toBe('http://gateway.test/oauth/callback/github');
    expect(link.searchParams.get('state')).toBeTruthy();

    const back = await authorize(created.authLink);
    expect(`${back.origin}${back.pathname}`).toBe(APP_URL);
    expect(Object.fromEntries(back.searchParams)).toEqual({ connectionId: created.connection.id, status: 'success' });

    const status = await gateway.graphql(Status, { key, variables: { id: created.connection.id } });
    expect(status.body.data!.connection).toEqual({ __typename: 'Connection', status: 'ACTIVE', accountLogin: 'octocat' });
    const resources = await gateway.graphql(Resources, { key, variables: { id: created.connection.id } });
    expect(having(resources.body.data!.connection, 'resources').resources).toEqual({ __typename: 'ResourcePage', totalCount: 7 });

    // Tokens are stored sealed: no column holds a token in clear.
    const row = await gateway.db.prisma.connection.findUniqueOrThrow({ where: { id: created.connection.id } });
    const access = gateway.secretBox.open(row.accessTokenEncrypted!);
    const refresh = gateway.secretBox.open(row.refreshTokenEncrypted!);
    expect(access).toMatch(/^ghu_/);
    expect(refresh).toMatch(/^ghr_/);
    const everyColumn = JSON.stringify(await gateway.db.prisma.$queryRawUnsafe('SELECT * FROM connections'));
    expect(everyColumn).not.toContain(access);
    expect(everyColumn).not.toContain(refresh);
    expect(row.accessTokenExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 7 * 3600 * 1000);
  });

  it('works through the supermemory SDK: connections.create, then resources', async ({
    github,
    gateway,
    organization: { key },
    authorize,
  }) => {
    const inProcessFetch = (async (url: string | URL, init?: RequestInit) => gateway.app.fetch(String(url), init)) as typeof fetch;
    const client = new Supermemory({ apiKey: key, baseURL: 'http://gateway.test', maxRetries: 0, fetch: inProcessFetch });
    github.setAuthorizingUser('octocat');
    const created = await client.connections.create('github', {
      redirectUrl: APP_URL,
      containerTags: ['user_9'],
      metadata: { plan: 'pro' },
    });
    expect(created).toMatchObject({
      id: expect.any(String),
      authLink: expect.stringContaining('/login/oauth/authorize?'),
      expiresIn: '3600',
    });
    expect((await authorize(created.authLink)).searchParams.get('status')).toBe('success');
    const resources = await client.connections.resources(created.id);
    expect(resources.total_count).toBe(7);
    expect(await client.connections.getByID(created.id)).toMatchObject({
      provider: 'github',
      containerTags: ['user_9'],
      metadata: { plan: 'pro' },
    });
  });

  it('refuses a tampered, replayed or expired state with 400 and stores nothing', async ({ github, gateway, create }) => {
    github.setAuthorizingUser('octocat');
    const created = having(await create({ provider: 'GITHUB', redirectUrl: APP_URL }), 'authLink');
    const atProvider = await fetch(created.authLink, { redirect: 'manual' });
    const callback = new URL(atProvider.headers.get('location')!);
    const state = callback.searchParams.get('state')!;
    const [payload = '', signature = ''] = state.split('.');
    const otherPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), c: 'someone-else' }),
    ).toString('base64url');
    for (const forged of [`${otherPayload}.${signature}`, `${payload}.${'A'.repeat(signature.length)}`, 'garbage', '']) {
      const url = new URL(callback);
      url.searchParams.set('state', forged);
      expect((await gateway.app.fetch(url.toString())).status).toBe(400);
    }
    expect((await gateway.app.fetch(callback.toString())).status).toBe(302);
    // Replaying the callback (same state) finds nothing to spend.
    expect((await gateway.app.fetch(callback.toString())).status).toBe(400);

    const expiring = having(await create({ provider: 'GITHUB', redirectUrl: APP_URL }), 'authLink');
    const expiringCallback = (await fetch(expiring.authLink, { redirect: 'manual' })).headers.get('location')!;
    await gateway.db.prisma.connection.update({
      where: { id: expiring.connection.id },
      data: { oauthStateExpiresAt: new Date(Date.now() - 1000) },
    });
    expect((await gateway.app.fetch(expiringCallback)).status).toBe(400);
    const row = await gateway.db.prisma.connection.findUniqueOrThrow({ where: { id: expiring.connection.id } });
    expect([row.status, row.accessTokenEncrypted]).toEqual(['PENDING', null]);
    // The signature carries its own expiry too.
    const issued = gateway.stateSigner.issue(expiring.connection.id);
    expect(gateway.stateSigner.verify(issued.state, Date.now() + 3601 * 1000)).toBeNull();
    expect(gateway.stateSigner.verify(issued.state)).not.toBeNull();
  });

  it('sends the user back with status=error when they deny access, storing nothing', async ({ github, gateway, authorize, create }) => {
    github.denyNextAuthorization();
    const created = having(await create({ provider: 'GITHUB', redirectUrl: APP_URL }), 'authLink');
    const back = await authorize(created.authLink);
    expect(back.searchParams.get('status')).toBe('error');
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('connectionId')).toBe(created.connection.id);
    const row = await gateway.db.prisma.connection.findUniqueOrThrow({ where: { id: created.connection.id } });
    expect([row.status, row.accessTokenEncrypted]).toEqual(['PENDING', null]);
  });

  it('validates createConnection: redirect URL, provider support', async ({ create }) => {
    expect(await create({ provider: 'GITHUB', redirectUrl: 'ftp://example.com/x' })).toMatchObject({
      __typename: 'ValidationError',
      code: 'BAD_USER_INPUT',
      httpStatus: 400,
      argument: 'redirectUrl',
    });
    expect(await create({ provider: 'GITHUB', redirectUrl: 'not a url' })).toMatchObject({ __typename: 'ValidationError' });
    expect(await create({ provider: 'S3', redirectUrl: APP_URL })).toMatchObject({
      __typename: 'ProviderNotSupportedError',
      httpStatus: 501,
    });
  });

  it('refreshes ahead of expiry, storing the rotated pair before using it', async ({
    github,
    gateway,
    organization: { key, organizationId },
  }) => {
    const issued = github.issueToken('octocat', { expiresInSeconds: 120, refreshToken: true, clientId: CLIENT.clientId });
    const id = await gateway.createConnection(organizationId, 'GITHUB', {
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken!,
      accessTokenExpiresAt: new Date(Date.now() + 120_000),
    });
    github.resetCounters();
    const response = await gateway.graphql(Resources, { key, variables: { id } });
    expect(totalOf(response.body.data!)).toBe(7);
    expect(github.count('oauth.token')).toBe(1);
    const row = await gateway.db.prisma.connection.findUniqueOrThrow({ where: { id } });
    expect(gateway.secretBox.open(row.accessTokenEncrypted!)).not.toBe(issued.accessToken);
    expect(gateway.secretBox.open(row.refreshTokenEncrypted!)).not.toBe(issued.refreshToken);
    // The old pair is dead at the provider: only the stored new one works.
    const used = github.requests.filter((request) => request.kind === 'graphql').map((request) => request.headers.authorization);
    expect(used).toEqual([`token ${gateway.secretBox.open(row.accessTokenEncrypted!)}`]);
  });

  it('refreshes once when the provider answers 401, then retries', async ({ github, gateway, organization: { key, organizationId } }) => {
    const issued = github.issueToken('octocat', { expiresInSeconds: 8 * 3600, refreshToken: true, clientId: CLIENT.clientId });
    const id = await gateway.createConnection(organizationId, 'GITHUB', {
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken!,
      accessTokenExpiresAt: new Date(Date.now() + 8 * 3600_000),
    });
    github.expireToken(issued.accessToken);
    github.resetCounters();
    const response = await gateway.graphql(Resources, { key, variables: { id } });
    expect(totalOf(response.body.data!)).toBe(7);
    expect([github.count('graphql'), github.count('oauth.token')]).toEqual([2, 1]);
  });

  it('makes exactly one refresh for 20 concurrent requests on an expired token', async ({
    github,
    gateway,
    organization: { key, organizationId },
  }) => {
    const issued = github.issueToken('octocat', { expiresInSeconds: 1, refreshToken: true, clientId: CLIENT.clientId });
    const id = await gateway.createConnection(organizationId, 'GITHUB', {
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken!,
      accessTokenExpiresAt: new Date(Date.now() - 1000),
    });
    github.resetCounters();
    const responses = await Promise.all(Array.from({ length: 20 }, () => gateway.graphql(Resources, { key, variables: { id } })));
    for (const response of responses) expect(totalOf(response.body.data!)).toBe(7);
    expect(github.count('oauth.token')).toBe(1);

    // The same holds for independent provider calls, not only for requests that share a listing fetch.
    const expired = github.issueToken('octocat', { expiresInSeconds: 1, refreshToken: true, clientId: CLIENT.clientId });
    const otherId = await gateway.createConnection(organizationId, 'GITHUB', {
      accessToken: expired.accessToken,
      refreshToken: expired.refreshToken!,
      accessTokenExpiresAt: new Date(Date.now() - 1000),
    });
    const connection = await gateway.db.prisma.connection.findUniqueOrThrow({ where: { id: otherId } });
    github.resetCounters();
    const tokens = await Promise.all(
      Array.from({ length: 20 }, () =>
        gateway.services.connections.credentials.withCredentials(connection, (credentials) => Promise.resolve(credentials.accessToken)),
      ),
    );
    expect(new Set(tokens).size).toBe(1);
    expect(github.count('oauth.token')).toBe(1);
  });

  it('answers bad_refresh_token with MissingRefreshTokenError, clears the credentials and asks for reauthorization', async ({
    github,
    gateway,
    organization: { key, organizationId },
  }) => {
    const issued = github.issueToken('octocat', { expiresInSeconds: 1, refreshToken: true, clientId: CLIENT.clientId });
    const id = await gateway.createConnection(organizationId, 'GITHUB', {
      accessToken: issued.accessToken,
      refreshToken: 'ghr_never_issued_by_github',
      accessTokenExpiresAt: new Date(Date.now() - 1000),
    });
    const response = await gateway.graphql(Resources, { key, variables: { id } });
    expect(having(response.body.data!.connection, 'resources').resources).toMatchObject({
      __typename: 'MissingRefreshTokenError',
      code: 'MISSING_REFRESH_TOKEN',
      httpStatus: 400,
    });
    const row = await gateway.db.prisma.connection.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.accessTokenEncrypted, row.refreshTokenEncrypted]).toEqual(['REAUTHORIZATION_REQUIRED', null, null]);
    const rest = await gateway.app.fetch(`http://gateway.test/v3/connections/${id}/resources`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(rest.status).toBe(400);
  });

  it('deletes a connection: removes its webhooks, revokes the grant, reports what failed', async ({
    github,
    gateway,
    organization: { key },
    connect,
  }) => {
    const id = await connect();
    const repos = github.repositoriesOf('octocat').slice(0, 2);
    const configured = await gateway.graphql(ConfigureWebhooks, {
      key,
      variables: {
        input: { connectionId: id, resources: repos.map((repo) => ({ id: String(repo.databaseId), name: repo.nameWithOwner })) },
      },
    });
    expect(having(configured.body.data!.configureConnection, 'webhooksRegistered').webhooksRegistered).toBe(2);
    const token = gateway.secretBox.open((await gateway.db.prisma.connection.findUniqueOrThrow({ where: { id } })).accessTokenEncrypted!);
    github.resetCounters();
    const deleted = await gateway.graphql(Delete, { key, variables: { id } });
    expect(deleted.body.data!.deleteConnection).toEqual({
      __typename: 'DeleteConnectionPayload',
      id,
      provider: 'GITHUB',
      webhooksRemoved: 2,
      unremovedWebhooks: [],
      grantRevoked: true,
      grantError: null,
    });
    for (const repo of repos) expect(github.hooks(repo.nameWithOwner)).toEqual([]);
    expect(github.count('grant.delete')).toBe(1);
    const revoked = await fetch(`${github.apiUrl}/graphql`, {
      method: 'POST',
      headers: { authorization: `bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { login } }' }),
    });
    expect(revoked.status).toBe(401);
    expect((await gateway.graphql(Status, { key, variables: { id } })).body.data!.connection.__typename).toBe('ConnectionNotFoundError');
  });

  it('deletes the connection even when the provider fails, listing the hooks left behind (REST)', async ({
    github,
    gateway,
    organization: { key },
    connect,
  }) => {
    const id = await connect();
    const repo = github.repositoriesOf('octocat')[3]!;
    await gateway.app.fetch(`http://gateway.test/v3/connections/${id}/configure`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ resources: [{ id: repo.databaseId, name: repo.nameWithOwner }] }),
    });
    github.failNext('hooks.delete', 10, 500);
    try {
      const response = await gateway.app.fetch(`http://gateway.test/v3/connections/${id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${key}` },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ id, provider: 'github', unremovedWebhooks: [repo.nameWithOwner], grantRevoked: true });
    } finally {
      github.failNext('hooks.delete', 0);
    }
    expect(await gateway.db.prisma.connection.findUnique({ where: { id } })).toBeNull();
  });

  it('never writes a token, secret or API key into the logs', ({ github, gateway, organization: { key }, everyRequest }) => {
    expect(gateway.logs.length).toBeGreaterThan(20);
    const secrets = new Set<string>([key.slice(17), CLIENT.clientSecret]);
    for (const request of [...everyRequest, ...github.requests]) {
      const bearer = /^(?:token|bearer)\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
      if (bearer) secrets.add(bearer);
      const body = (request.body ?? {}) as Record<string, unknown>;
      for (const field of ['code', 'refresh_token', 'access_token', 'client_secret']) {
        if (typeof body[field] === 'string') secrets.add(body[field]);
      }
      const secret = ((body.config ?? {}) as { secret?: string }).secret;
      if (secret) secrets.add(secret);
    }
    expect(secrets.size).toBeGreaterThan(10);
    const everything = gateway.logs.join('\n');
    for (const secret of secrets) expect(everything.includes(secret), `a secret (${secret.slice(0, 4)}…) is in the logs`).toBe(false);
  });
});

const restrictedOriginsTest = createTest.extend(
  'gatewayEnv',
  { scope: 'file' },
  {
    ALLOWED_REDIRECT_ORIGINS: 'https://app.example.com, http://localhost:3000',
  },
);

describe('createConnection without an OAuth app, and with allowed redirect origins', () => {
  startGatewayFirst(restrictedOriginsTest);

  restrictedOriginsTest('names the variables to set, and rejects other origins', async ({ gateway, create }) => {
    const run = (redirectUrl: string) => create({ provider: 'GITHUB', redirectUrl });
    expect(await run('https://evil.example.net/steal')).toMatchObject({ __typename: 'ValidationError', argument: 'redirectUrl' });
    // The gateway's own origin (the picker at /picker) is always allowed.
    expect(await run(`${gateway.config.publicUrl}/picker/`)).toMatchObject({ __typename: 'ProviderNotConfiguredError' });
    expect(await run(APP_URL)).toEqual({
      __typename: 'ProviderNotConfiguredError',
      message: "GitHub's OAuth app is not configured on this gateway: set GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET.",
      code: 'PROVIDER_NOT_CONFIGURED',
      httpStatus: 400,
      variables: ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET'],
    });
  });
});

const otherProvidersTest = createTest.extend(
  'gatewayEnv',
  { scope: 'file' },
  {
    NOTION_CLIENT_ID: 'notion-id',
    NOTION_CLIENT_SECRET: 'notion-secret',
    GOOGLE_CLIENT_ID: 'google-id',
    GOOGLE_CLIENT_SECRET: 'google-secret',
  },
);

describe('the other providers’ OAuth apps', () => {
  startGatewayFirst(otherProvidersTest);

  otherProvidersTest(
    'send users to each provider’s documented authorize endpoint, or name the variables to set',
    async ({ gateway, create }) => {
      const run = (provider: Provider) => create({ provider, redirectUrl: APP_URL });
      const expected: [Provider, string, string, RegExp][] = [
        ['NOTION', 'https://api.notion.com/v1/oauth/authorize', 'notion-id', /^$/],
        ['GOOGLE_DRIVE', 'https://accounts.google.com/o/oauth2/v2/auth', 'google-id', /drive\.readonly/],
        ['GMAIL', 'https://accounts.google.com/o/oauth2/v2/auth', 'google-id', /gmail\.readonly/],
      ];
      for (const [provider, endpoint, clientId, scope] of expected) {
        const created = having(await run(provider), 'authLink');
        const link = new URL(created.authLink);
        expect(`${link.origin}${link.pathname}`).toBe(endpoint);
        expect(link.searchParams.get('client_id')).toBe(clientId);
        expect(link.searchParams.get('response_type')).toBe('code');
        expect(link.searchParams.get('redirect_uri')).toBe(
          `http://gateway.test/oauth/callback/${created.connection.provider === 'GOOGLE_DRIVE' ? 'google-drive' : provider.toLowerCase()}`,
        );
        expect(link.searchParams.get('scope') ?? '').toMatch(scope);
        expect(gateway.stateSigner.verify(link.searchParams.get('state')!)?.connectionId).toBe(created.connection.id);
      }
      expect(await run('ONEDRIVE')).toMatchObject({
        __typename: 'ProviderNotConfiguredError',
        variables: ['MICROSOFT_CLIENT_ID', 'MICROSOFT_CLIENT_SECRET'],
      });
    },
  );

  it('requires both variables of an OAuth app or neither', () => {
    expect(() => loadConfig({ NOTION_CLIENT_ID: 'only-the-id' })).toThrow(/NOTION_CLIENT_ID and NOTION_CLIENT_SECRET: set both or neither/);
  });
});
