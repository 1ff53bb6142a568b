// Durable sync jobs across processes: a worker killed mid-sync (kill -9) is taken over after restart and the
// run completes without duplicate documents; API servers and workers run as separate processes.
import { setTimeout as wait } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { seedConnection } from './support/apiKeys';
import { createTestDatabase, databaseKinds, type DatabaseKind, type TestDatabase } from './support/databases';
import { graphql } from './gql';
import { TEST_ENCRYPTION_KEY } from './support/gateway';
import { execute, having } from './support/graphql';
import { startServer, type ServerProcess } from './support/processes';
import { startGitHubFake, type GitHubFake } from '@connections-gateway/github-fake';

const FILES_PER_REPO = 15;
// More repositories than a run syncs at once (8): the later ones are still being read when the first are stored.
const REPOS = Array.from({ length: 12 }, (_, index) => `repo-${String(index + 1).padStart(2, '0')}`);

interface Setup {
  github: GitHubFake;
  testDb: TestDatabase;
  key: string;
  connectionId: string;
  env: Record<string, string>;
}

async function setUp(kind: DatabaseKind, extraEnv: Record<string, string> = {}): Promise<Setup> {
  const github = await startGitHubFake();
  github.addUser({ login: 'octocat' });
  const files = Object.fromEntries(Array.from({ length: FILES_PER_REPO }, (_, index) => [`docs/page-${index}.md`, `# Page ${index}`]));
  github.addRepositories(
    'octocat',
    REPOS.map((name) => ({ name, files })),
  );
  const testDb = await createTestDatabase(kind);
  const { key, connectionId } = await seedConnection(
    testDb.config,
    { accessToken: github.issueToken('octocat').accessToken },
    REPOS.map((name) => {
      const repo = github.repository(`octocat/${name}`)!;
      return { providerResourceId: String(repo.databaseId), fullName: repo.nameWithOwner, defaultBranch: 'main' };
    }),
  );
  const env = {
    ...testDb.env,
    ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
    GITHUB_API_URL: github.apiUrl,
    UPSTREAM_RETRY_BASE_MS: '5',
    ...extraEnv,
  };
  return { github, testDb, key, connectionId, env };
}

const SYNC_NOW = graphql(`
  mutation DurableSyncNow($id: ID!) {
    syncConnection(id: $id) {
      __typename
    }
  }
`);

const STATE = graphql(`
  query DurableSyncState($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        latestSync {
          id
          status
          documentsAdded
        }
        documents(first: 1) {
          totalCount
        }
      }
    }
  }
`);

/** The connection's latest run and document count, as the gateway process `server` answers. */
async function state(server: ServerProcess, key: string, id: string) {
  const response = await execute(server.url, STATE, { key, variables: { id } });
  return having(response.body.data!.connection, 'documents');
}

describe.each(databaseKinds)('durable sync jobs (%s)', (kind) => {
  const servers: ServerProcess[] = [];
  let setup: Setup | undefined;

  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.stop('SIGKILL')));
    await setup?.testDb.drop();
    await setup?.github.close();
  });

  it(
    'finishes a run interrupted by kill -9 within 90 s of the kill, with default settings, without duplicate documents',
    { timeout: 180_000 },
    async () => {
      setup = await setUp(kind);
      const { github, key, connectionId, env } = setup;
      github.setLatency(300); // about 4 requests per repository: the run takes seconds
      let server = await startServer(env);
      servers.push(server);
      await server.ready;
      await execute(server.url, SYNC_NOW, { key, variables: { id: connectionId } });

      // Kill it once part of the run is stored.
      await expect
        .poll(async () => (await state(server, key, connectionId)).documents.totalCount, {
          timeout: 30_000,
          interval: 100,
        })
        .toBeGreaterThan(0);
      const interrupted = await state(server, key, connectionId);
      expect(interrupted.latestSync!.status).toBe('RUNNING');
      expect(interrupted.documents.totalCount).toBeLessThan(REPOS.length * FILES_PER_REPO);
      await server.stop('SIGKILL');
      const killedAt = performance.now();
      servers.splice(0);
      github.setLatency(0);

      server = await startServer(env);
      servers.push(server);
      await server.ready;
      await expect
        .poll(async () => (await state(server, key, connectionId)).latestSync?.status, {
          timeout: 90_000,
          interval: 250,
        })
        .toBe('SUCCEEDED');
      // Its lease went stale with its worker: taken over in well under the job timeout (15 minutes by default).
      console.log(`run completed ${((performance.now() - killedAt) / 1000).toFixed(1)} s after the kill`);
      const after = await state(server, key, connectionId);
      expect(after.documents.totalCount).toBe(REPOS.length * FILES_PER_REPO);
      expect(after.latestSync!.id).toBe(interrupted.latestSync!.id);
    },
  );
});

describe.runIf(databaseKinds.includes('postgres'))('API servers and workers as separate processes', () => {
  const servers: ServerProcess[] = [];
  let setup: Setup | undefined;

  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.stop('SIGKILL')));
    await setup?.testDb.drop();
    await setup?.github.close();
  });

  it('a server with WORKERS=0 only queues; `gateway worker` runs the sync', { timeout: 90_000 }, async () => {
    setup = await setUp('postgres', { WORKERS: '0' });
    const { key, connectionId, env } = setup;
    const api = await startServer(env);
    servers.push(api);
    await api.ready;
    await execute(api.url, SYNC_NOW, { key, variables: { id: connectionId } });
    // That nothing happens can only be seen over time: for 3 seconds, in which a worker in the API process would have
    // started the run, it stays queued.
    const deadline = Date.now() + 3000;
    do {
      expect((await state(api, key, connectionId)).latestSync!.status).toBe('QUEUED');
      await wait(250);
    } while (Date.now() < deadline);

    const worker = await startServer({ ...env, WORKERS: '2' }, [process.execPath, 'dist/cli/main.js', 'worker'], 'sync workers started');
    servers.push(worker);
    await worker.ready;
    await expect
      .poll(async () => (await state(api, key, connectionId)).latestSync?.status, {
        timeout: 30_000,
        interval: 250,
      })
      .toBe('SUCCEEDED');
    const exit = await worker.stop('SIGTERM');
    servers.splice(servers.indexOf(worker), 1);
    expect(exit.code).toBe(0);
    expect(exit.stdout).toContain('workers stopped');
  });
});
