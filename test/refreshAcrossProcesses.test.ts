// Two gateway processes on one PostgreSQL must not both spend a connection's refresh token (GitHub rotates
// refresh tokens: the second refresh with the same token would fail and lose the connection).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedConnection } from './support/apiKeys';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { TEST_ENCRYPTION_KEY } from './support/gateway';
import { startServer, type ServerProcess } from './support/processes';
import { startGitHubFake, type GitHubFake } from '@connections-gateway/github-fake';

const CLIENT = { clientId: 'Iv1.twoprocesses', clientSecret: 'two-processes-secret' };

describe.runIf(databaseKinds.includes('postgres'))('token refresh across gateway processes', () => {
  let github: GitHubFake;
  let testDb: TestDatabase;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    github = await startGitHubFake();
    github.addUser({ login: 'octocat' });
    github.addRepositories('octocat', 3);
    github.addOAuthApp({ ...CLIENT, expiringTokens: true });
    testDb = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop('SIGKILL')));
    await testDb?.drop();
    await github?.close();
  });

  it('makes exactly one refresh when both processes find the token expired at once', async () => {
    const issued = github.issueToken('octocat', { expiresInSeconds: 1, refreshToken: true, clientId: CLIENT.clientId });
    const { key, connectionId } = await seedConnection(testDb.config, {
      accessToken: issued.accessToken,
      refreshToken: issued.refreshToken!,
      accessTokenExpiresAt: new Date(Date.now() - 1000),
    });

    const env = {
      ...testDb.env,
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      GITHUB_API_URL: github.apiUrl,
      GITHUB_WEB_URL: github.webUrl,
      GITHUB_CLIENT_ID: CLIENT.clientId,
      GITHUB_CLIENT_SECRET: CLIENT.clientSecret,
    };
    servers.push(...(await Promise.all([startServer(env), startServer(env)])));
    await Promise.all(servers.map((server) => server.ready));
    github.resetCounters();

    const query = JSON.stringify({
      query: `{ connection(id: "${connectionId}") { ... on Connection { resources { ... on ResourcePage { totalCount } ... on Error { code } } } } }`,
    });
    const responses = await Promise.all(
      servers.flatMap((server) =>
        Array.from({ length: 10 }, () =>
          fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
            body: query,
          }).then((response) => response.json() as Promise<{ data: { connection: { resources: unknown } } }>),
        ),
      ),
    );
    for (const response of responses) expect(response.data.connection.resources).toEqual({ totalCount: 3 });
    expect(github.count('oauth.token')).toBe(1);
  });
});
