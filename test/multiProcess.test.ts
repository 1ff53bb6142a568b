// The split topology the README offers: two API processes (WORKERS=0) and one worker process on one PostgreSQL.
// What one process changes, the others must see and respect.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubFake, type GitHubFake } from '@connections-gateway/github-fake';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from './gql';
import { seedConnection } from './support/apiKeys';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { TEST_ENCRYPTION_KEY } from './support/gateway';
import { execute } from './support/graphql';
import { freePort, startServer, type ServerProcess } from './support/processes';
import { subscribe } from './support/subscriptions';

const SelectionNames = graphql(`
  query SelectionNames($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        configuredResources {
          name
        }
      }
    }
  }
`);

const CreateKey = graphql(`
  mutation CreateDoomedKey($label: String) {
    createApiKey(label: $label) {
      ... on CreateApiKeyPayload {
        key
      }
    }
  }
`);

const RevokeKey = graphql(`
  mutation RevokeKey($prefix: String!) {
    revokeApiKey(prefix: $prefix) {
      __typename
    }
  }
`);

const KeyPrefixes = graphql(`
  query KeyPrefixes {
    apiKeys {
      prefix
    }
  }
`);

const LatestSync = graphql(`
  query LatestSyncOfConnection($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        latestSync {
          id
          status
        }
      }
    }
  }
`);

const SyncNow = graphql(`
  mutation SyncConnectionNow($id: ID!) {
    syncConnection(id: $id) {
      __typename
    }
  }
`);

const Progress = graphql(`
  subscription ProgressAcrossProcesses($id: ID!) {
    syncProgress(connectionId: $id) {
      type
      runId
      resource
      status
    }
  }
`);

type ProgressEvent = ResultOf<typeof Progress>['syncProgress'];

const REPOSITORIES = 8;
const ROUNDS = 30;

/** A deterministic pseudo-random generator, so a failing round can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe.runIf(databaseKinds.includes('postgres'))('two API processes and a worker on one PostgreSQL', () => {
  let github: GitHubFake;
  let testDb: TestDatabase;
  let key: string;
  let connectionId: string;
  let api: ServerProcess[] = [];
  let worker: ServerProcess;
  const repositories = Array.from({ length: REPOSITORIES }, (_, index) => `octocat/repo-${String(index + 1).padStart(3, '0')}`);

  beforeAll(async () => {
    github = await startGitHubFake();
    github.addUser({ login: 'octocat' });
    github.addRepositories('octocat', REPOSITORIES);
    testDb = await createTestDatabase('postgres');

    ({ key, connectionId } = await seedConnection(testDb.config, { accessToken: github.issueToken('octocat').accessToken }));

    // Deliveries go to the first API process, the one PUBLIC_URL names.
    const port = await freePort();
    const env = {
      ...testDb.env,
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      GITHUB_API_URL: github.apiUrl,
      PUBLIC_URL: `http://127.0.0.1:${String(port)}`,
      WORKERS: '0',
    };
    api = [await startServer({ ...env, PORT: String(port) }), await startServer(env)];
    worker = await startServer({ ...env, WORKERS: '1' }, [process.execPath, 'dist/cli/main.js', 'worker'], 'sync workers started');
    await Promise.all([...api, worker].map((server) => server.ready));
  });

  afterAll(async () => {
    await Promise.all([...api, worker].filter(Boolean).map((server) => server.stop('SIGKILL')));
    await testDb?.drop();
    await github?.close();
  });

  async function configure(server: ServerProcess, selection: string[], id = connectionId): Promise<{ status: number; body: any }> {
    const response = await fetch(`${server.url}/v3/connections/${id}/configure`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({
        resources: selection.map((fullName) => ({ id: String(github.repository(fullName)!.databaseId), name: fullName })),
      }),
    });
    return { status: response.status, body: await response.json() };
  }

  async function storedSelection(): Promise<string[]> {
    const { body } = await execute(api[1]!.url, SelectionNames, { key, variables: { id: connectionId } });
    const connection = body.data?.connection;
    if (!connection || !('configuredResources' in connection)) throw new Error(`no selection: ${JSON.stringify(body)}`);
    return connection.configuredResources.map((resource) => resource.name).sort();
  }

  it(`serializes ${String(ROUNDS)} rounds of concurrent configures through both processes: hooks always match the stored selection`, async () => {
    const random = seeded(13);
    const pick = () => repositories.filter(() => random() < 0.5);
    const statuses: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const selections = [pick(), pick()].map((selection) => selection.sort());
      const answers = await Promise.all([configure(api[0]!, selections[0]!), configure(api[1]!, selections[1]!)]);
      statuses.push(...answers.map((answer) => answer.status));
      for (const answer of answers) expect(answer.status, JSON.stringify(answer.body)).toBe(200);

      const stored = await storedSelection();
      expect(selections.map((selection) => selection.join())).toContain(stored.join());
      for (const fullName of repositories) {
        const hooks = github.hooks(fullName).filter((hook) => hook.active);
        const selected = stored.includes(fullName);
        expect(hooks, `round ${String(round)}: ${fullName}`).toHaveLength(selected ? 1 : 0);
        if (!selected) continue;
        // The hook's secret is the stored one: a signed delivery from it is accepted (a push to another branch
        // is verified, then acknowledged without a sync).
        const repository = github.repository(fullName)!;
        const [delivery] = await github.deliver(fullName, 'push', {
          ref: 'refs/heads/not-tracked',
          repository: { id: repository.databaseId, full_name: fullName, default_branch: 'main' },
        });
        expect(delivery?.status, `round ${String(round)}: push to ${fullName}`).toBe(202);
      }
    }
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
  });

  const latestSyncOf = async (server: ServerProcess, id: string) => {
    const connection = (await execute(server.url, LatestSync, { key, variables: { id } })).body.data?.connection;
    return connection && 'latestSync' in connection ? connection.latestSync : null;
  };

  it('refuses a key revoked through API process 1 on API process 2 within a second (its cache held it as valid)', async () => {
    const created = (await execute(api[0]!.url, CreateKey, { key, variables: { label: 'doomed' } })).body.data?.createApiKey;
    if (!created || !('key' in created)) throw new Error('no key created');
    const doomed = created.key;
    // Process 2 verifies the key once and caches it as valid.
    expect((await execute(api[1]!.url, KeyPrefixes, { key: doomed })).status).toBe(200);

    const revoked = await execute(api[0]!.url, RevokeKey, { key, variables: { prefix: doomed.slice(0, 16) } });
    expect(revoked.body.data?.revokeApiKey.__typename).toBe('RevokeApiKeyPayload');
    const revokedAt = performance.now();
    let status = 200;
    while (status !== 401 && performance.now() - revokedAt < 5_000) {
      status = (await execute(api[1]!.url, KeyPrefixes, { key: doomed })).status;
    }
    const elapsed = performance.now() - revokedAt;
    console.log(`revoked key refused by the other process after ${elapsed.toFixed(0)} ms`);
    expect(status).toBe(401);
    expect(elapsed).toBeLessThan(1_000);
  });

  it('keeps revocations working when the event channel connections drop: they reconnect and drop their caches', async () => {
    const created = (await execute(api[0]!.url, CreateKey, { key, variables: { label: 'dropped-channel' } })).body.data?.createApiKey;
    if (!created || !('key' in created)) throw new Error('no key created');
    expect((await execute(api[1]!.url, KeyPrefixes, { key: created.key })).status).toBe(200);

    // Every process's listening connection is cut, as a PostgreSQL restart or a network fault would.
    const admin = new pg.Client({ connectionString: testDb.config.kind === 'postgres' ? testDb.config.url : '' });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ terminated: boolean }>(
        "SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'gateway-events'",
      );
      expect(rows.length).toBeGreaterThanOrEqual(3);
    } finally {
      await admin.end();
    }

    const revoked = await execute(api[0]!.url, RevokeKey, { key, variables: { prefix: created.key.slice(0, 16) } });
    expect(revoked.body.data?.revokeApiKey.__typename).toBe('RevokeApiKeyPayload');
    const revokedAt = performance.now();
    let status = 200;
    while (status !== 401 && performance.now() - revokedAt < 5_000) {
      status = (await execute(api[1]!.url, KeyPrefixes, { key: created.key })).status;
    }
    const elapsed = performance.now() - revokedAt;
    console.log(`after the channel dropped, the revoked key was refused by the other process after ${elapsed.toFixed(0)} ms`);
    expect(status).toBe(401);
    // Within the reconnection (backoff from 100 ms), not the 5-second cache lifetime.
    expect(elapsed).toBeLessThan(2_000);
  });

  /** Jobs of the sync queue not done yet (waiting, to be retried, or running). */
  async function pendingJobs(): Promise<number> {
    const client = new pg.Client({ connectionString: testDb.config.kind === 'postgres' ? testDb.config.url : '' });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: string }>(
        "SELECT count(*) FROM pgboss.job WHERE name = 'connection-sync' AND state IN ('created', 'retry', 'active')",
      );
      return Number(rows[0]!.count);
    } finally {
      await client.end();
    }
  }

  it("does not let one connection's 200 configures delay another connection's first sync", { timeout: 180_000 }, async () => {
    const other = await seedConnection(testDb.config, { accessToken: github.issueToken('octocat').accessToken });
    const selection = repositories.slice(0, 2);
    // 200 configures of the first connection, ten at a time, through both API processes.
    for (let batch = 0; batch < 20; batch++) {
      const answers = await Promise.all(Array.from({ length: 10 }, (_, index) => configure(api[index % 2]!, selection)));
      for (const answer of answers) expect(answer.status).toBe(200);
    }
    const lastRequest = performance.now();
    const answer = await configure(api[0]!, repositories.slice(2, 4), other.connectionId);
    expect(answer.status).toBe(200);
    const asked = performance.now();

    const latest = async () => (await latestSyncOf(api[1]!, other.connectionId))?.status;
    let status = await latest();
    while (status === 'QUEUED' && performance.now() - asked < 10_000) status = await latest();
    const started = performance.now() - asked;
    console.log(`the other connection's first sync started ${started.toFixed(0)} ms after it was configured`);
    expect(status).not.toBe('QUEUED');
    expect(started).toBeLessThan(2_000);

    let pending = await pendingJobs();
    while (pending > 0 && performance.now() - lastRequest < 30_000) pending = await pendingJobs();
    const drained = performance.now() - lastRequest;
    console.log(`sync queue empty ${drained.toFixed(0)} ms after the last of 201 configures`);
    expect(pending).toBe(0);
    expect(drained).toBeLessThan(10_000);
  });

  it('delivers every progress event of a run the worker process executes to subscribers on both API processes', async () => {
    const selection = repositories.slice(0, 3);
    expect((await configure(api[0]!, selection)).status).toBe(200);
    // The configure's own run first, so that the run followed below is the next one.
    let before = await latestSyncOf(api[1]!, connectionId);
    const deadline = performance.now() + 60_000;
    while (before && ['QUEUED', 'RUNNING'].includes(before.status) && performance.now() < deadline)
      before = await latestSyncOf(api[1]!, connectionId);

    const subscriptions = api.map((server) => subscribe(server.url, Progress, { key, variables: { id: connectionId } }));
    await Promise.all(subscriptions.map((subscription) => subscription.opened));
    const readings = subscriptions.map(async (subscription) => {
      const events: ProgressEvent[] = [];
      for await (const result of subscription) {
        expect(result.errors).toBeUndefined();
        const event = result.data!.syncProgress;
        // The previous run's last event can still be on its way: the run is stored as finished before it is sent.
        if (event.runId === before?.id) continue;
        events.push(event);
        if (event.type === 'FINISHED') break;
      }
      await subscription.close();
      return events;
    });
    const asked = await execute(api[1]!.url, SyncNow, { key, variables: { id: connectionId } });
    expect(asked.body.data?.syncConnection.__typename).toBe('SyncConnectionPayload');
    const [onFirst, onSecond] = await Promise.all(readings);

    const run = await latestSyncOf(api[0]!, connectionId);
    expect(run?.status).toBe('SUCCEEDED');
    for (const events of [onFirst!, onSecond!]) {
      expect(
        events.filter((event) => event.runId !== run!.id),
        JSON.stringify({ run, events }),
      ).toEqual([]);
      expect(events[0]!.type).toBe('STARTED');
      // Resources sync side by side, so they finish in any order; each is reported once.
      expect(
        events
          .filter((event) => event.type === 'RESOURCE_DONE')
          .map((event) => event.resource)
          .sort(),
      ).toEqual([...selection].sort());
      expect(events.at(-1)).toMatchObject({ type: 'FINISHED', status: 'SUCCEEDED' });
    }
    // Both processes saw the same events, in the order the worker published them.
    expect(onSecond).toEqual(onFirst);
  });
});
