// Two gateway processes on one PostgreSQL must not both spend a connection's refresh token (GitHub rotates
// refresh tokens: the second refresh with the same token would fail and lose the connection).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedConnection } from './support/apiKeys';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { graphql } from './gql';
import { TEST_ENCRYPTION_KEY } from './support/gateway';
import { execute, having } from './support/graphql';
import { startServer, type ServerProcess } from './support/processes';
import { startGitHubFake, type GitHubFake } from '@connections-gateway/github-fake';

const CLIENT = { clientId: 'Iv1.twoprocesses', clientSecret: 'two-processes-secret' };

const ResourceTotal = graphql(`
  query ResourceTotal($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        resources {
          ... on ResourcePage {
            totalCount
          }
          ... on Error {
            code
          }
        }
      }
    }
  }
`);

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

    const responses = await Promise.all(
      servers.flatMap((server) =>
        Array.from({ length: 10 }, () => execute(server.url, ResourceTotal, { key, variables: { id: connectionId } })),
      ),
    );
    for (const response of responses) expect(having(response.body.data!.connection, 'resources').resources).toEqual({ totalCount: 3 });
    expect(github.count('oauth.token')).toBe(1);
  });
});
