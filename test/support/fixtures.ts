// The suites' shared set-up as Vitest fixtures: the GitHub fake with its user and repositories, a test gateway
// over a database of `databaseKind` pointed at the fake, an organization with its API key, a token the fake
// issued, and a GitHub connection holding it. Each is file-scoped: started once per file (per database kind, see
// eachDatabase) when the first test or `test.beforeAll` asks for it, and closed when the file is done. A suite
// adjusts them with test.extend at its top level: option fixtures (`repositories`, `gatewayEnv`, …), or steps of its
// own as an `auto` file fixture that depends on one (Vitest keeps file values by name, so a file fixture redefined
// on top of itself would be skipped). Every test.extend starts a new set of file values: extend at the top level,
// then use that one `test` (and its hooks, `test.beforeAll`) for the whole describe.
import { startGitHubFake, type FakeRepository, type GitHubFakeOptions, type RepositorySpec } from '@connections-gateway/github-fake';
import { describe, expect, test as base } from 'vitest';
import { databaseKinds, type DatabaseKind } from './databases';
import { startTestGateway, type SeedConnection, type TestGateway } from './gateway';

export interface Organization {
  organizationId: string;
  /** Its API key. */
  key: string;
}

export interface GitHubUser {
  login: string;
  /** The repositories it owns, in creation order. */
  repositories: FakeRepository[];
}

export interface Connection {
  id: string;
  /** The token the fake issued to the GitHub user, stored (sealed) in the connection. */
  accessToken: string;
}

export const test = base
  // Options: a suite sets them with test.extend(name, { scope: 'file' }, value).
  .extend('databaseKind', { scope: 'file' }, 'embedded' as DatabaseKind)
  .extend('githubOptions', { scope: 'file' }, {} as GitHubFakeOptions)
  .extend('githubLogin', { scope: 'file' }, 'octocat')
  /** The GitHub user's repositories: a count of generated ones (`repo-001`…) or one per spec. */
  .extend('repositories', { scope: 'file' }, [] as number | RepositorySpec[])
  /** Environment for the gateway beyond the test defaults and the fake's URLs. */
  .extend('gatewayEnv', { scope: 'file' }, {} as Record<string, string>)
  /** The real durable job queue and a worker in the gateway's process, instead of a queue that only records. */
  .extend('syncWorkers', { scope: 'file' }, false)
  /** Fields of the seeded GitHub connection besides its token. */
  .extend('connectionFields', { scope: 'file' }, {} as Omit<SeedConnection, 'provider' | 'accessToken'>)

  .extend('github', { scope: 'file' }, async ({ githubOptions, githubLogin, repositories }, { onCleanup }) => {
    const github = await startGitHubFake(githubOptions);
    onCleanup(() => github.close());
    github.addUser({ login: githubLogin });
    github.addRepositories(githubLogin, repositories);
    return github;
  })
  .extend('githubUser', { scope: 'file' }, ({ github, githubLogin }): GitHubUser => ({
    login: githubLogin,
    repositories: github.repositoriesOf(githubLogin),
  }))
  .extend('gateway', { scope: 'file' }, async ({ databaseKind, github, gatewayEnv, syncWorkers }, { onCleanup }) => {
    const gateway = await startTestGateway(
      databaseKind,
      { GITHUB_API_URL: github.apiUrl, GITHUB_WEB_URL: github.webUrl, ...gatewayEnv },
      { syncWorkers },
    );
    onCleanup(() => gateway.close());
    return gateway;
  })
  .extend('organization', { scope: 'file' }, ({ gateway }): Promise<Organization> => gateway.createOrganization('acme'))
  /** A token the fake issued to the GitHub user (never expires, no refresh token). */
  .extend('accessToken', { scope: 'file' }, ({ github, githubUser }) => github.issueToken(githubUser.login).accessToken)
  .extend('connection', { scope: 'file' }, async ({ gateway, organization, accessToken, connectionFields }): Promise<Connection> => {
    const id = await gateway.createConnection(organization.organizationId, 'GITHUB', { ...connectionFields, accessToken });
    return { id, accessToken };
  });

interface KindTest {
  extend(name: 'databaseKind', options: { scope: 'file' }, value: DatabaseKind): unknown;
  beforeAll(listener: (context: { gateway: TestGateway; databaseKind: DatabaseKind }) => void): void;
}

/**
 * One `test` per database kind the run covers (see databases.ts). File-scoped fixtures are kept per `test`
 * instance, so each kind gets its own fake, gateway and database, each started once for the file.
 * Call it at the top level of the file: Vitest defines file-scoped fixtures there only.
 */
export function eachDatabase<T extends KindTest>(suiteTest: T): [DatabaseKind, T][] {
  // The same fixtures with a different databaseKind: the type stays T.
  return databaseKinds.map((kind) => [kind, suiteTest.extend('databaseKind', { scope: 'file' }, kind) as T]);
}

/**
 * Inside a describe: starts the file's gateway (and the fake, and the database) in beforeAll, so that its start-up,
 * slow on a busy machine, counts against the hook timeout and not against the first test's; and checks that it
 * runs on the database kind the suite asked for.
 */
export function startGatewayFirst(suiteTest: KindTest): void {
  suiteTest.beforeAll(({ gateway, databaseKind }) => {
    expect(gateway.db.kind).toBe(databaseKind);
  });
}

/**
 * `describe.each` over the database kinds at the top level of a file, `name` with `%s` for the kind: `body` gets the
 * kind's `test` (see eachDatabase), whose gateway is started first (see startGatewayFirst).
 */
export function describeEachDatabase<T extends KindTest>(
  name: string,
  suiteTest: T,
  body: (kindTest: T, kind: DatabaseKind) => void,
): void {
  describe.each(eachDatabase(suiteTest))(name, (kind, kindTest) => {
    startGatewayFirst(kindTest);
    body(kindTest, kind);
  });
}
