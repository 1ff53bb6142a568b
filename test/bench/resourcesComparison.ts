// Warm `connection.resources(perPage: 30)` through the full gateway versus bare graphql-yoga serving the same 30
// items from memory (servers.ts), and the REST path `GET /v3/connections/:id/resources?per_page=30` on the
// gateway. Each server runs in its own process and the load comes from another (loadGenerator.ts); the figure
// that matters is the server's CPU time per request, read from the server process around each round.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createSecretBox } from '../../src/crypto/secretBox';
import { openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { createApiKey } from '../support/apiKeys';
import { createTestDatabase, type DatabaseKind } from '../support/databases';
import { TEST_ENCRYPTION_KEY } from '../support/gateway';
import type { FakeProcess } from './fakeProcess';
import type { GitHubSeeded } from './githubFakeChild';
import { cpuMicros } from './ipc';
import type { LoadGenerator, LoadOptions } from './loadGenerator';
import { startFlags } from './startFlags';

export const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 3_000);
// Rounds alternate the servers (each round in a rotated order), so drift in the machine's state (other
// processes, CPU frequency) falls on all alike; throughput and latency are medians over rounds.
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
export const CONCURRENCY = 16;
const WARMUP_MS = 1_000;
const serverScript = fileURLToPath(new URL('./servers.ts', import.meta.url));

const QUERY = `query Resources($id: ID!) {
  connection(id: $id) {
    ... on Connection {
      resources(perPage: 30) {
        ... on ResourcePage { totalCount hasNextPage nodes { id name fullName description private defaultBranch updatedAt configured } }
      }
    }
  }
}`;

interface Server {
  child: ChildProcess;
  url: string;
}

interface Target {
  name: string;
  server: Server;
  load: Omit<LoadOptions, 'durationMs' | 'connections'>;
  /** What a correct answer contains: checked once before the load, which only counts status codes. */
  expect: string;
}

interface Measurement {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
  /** Server CPU time (user + system) per request, in microseconds. */
  cpuPerRequest: number;
}

export interface ResourcesResult {
  lines: string[];
  /** Bare yoga's CPU per request ÷ the gateway's, for GraphQL: higher is better. */
  ratio: number;
}

async function startServer(role: 'gateway' | 'bare', env: Record<string, string>): Promise<Server> {
  // BENCH_PROFILE=dir writes a V8 CPU profile of each server into dir.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = fork(serverScript, [role], {
    env: { ...process.env, ...env },
    // Both servers with `npm start`'s Node flags: the comparison is between the code, not the settings.
    execArgv: ['--import', 'tsx', ...startFlags, ...profile],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const [message] = (await once(child, 'message')) as [{ port: number }];
  return { child, url: `http://127.0.0.1:${String(message.port)}` };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

async function checkAnswer(target: Target): Promise<void> {
  const response = await fetch(target.load.url, {
    method: target.load.method,
    headers: target.load.headers,
    ...(target.load.body === undefined ? {} : { body: target.load.body }),
  });
  const text = await response.text();
  if (response.status !== 200 || !text.includes(target.expect)) {
    throw new Error(`${target.name} answered ${String(response.status)} without ${target.expect}: ${text.slice(0, 500)}`);
  }
}

async function measure(generator: LoadGenerator, target: Target, durationMs: number): Promise<Measurement> {
  const cpuBefore = await cpuMicros(target.server.child);
  const result = await generator.run({ ...target.load, connections: CONCURRENCY, durationMs });
  const cpu = (await cpuMicros(target.server.child)) - cpuBefore;
  return {
    requests: result.requests,
    perSecond: result.requests / result.seconds,
    p50: result.p50,
    p99: result.p99,
    failures: result.failures,
    cpuPerRequest: cpu / Math.max(result.requests, 1),
  };
}

/** Median throughput and latency percentiles over rounds; totals for counts and CPU. */
function combine(rounds: Measurement[]): Measurement {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const requests = rounds.reduce((sum, result) => sum + result.requests, 0);
  return {
    requests,
    perSecond: median(rounds.map((result) => result.perSecond)),
    p50: median(rounds.map((result) => result.p50)),
    p99: median(rounds.map((result) => result.p99)),
    failures: rounds.reduce((sum, result) => sum + result.failures, 0),
    cpuPerRequest: rounds.reduce((sum, result) => sum + result.cpuPerRequest * result.requests, 0) / Math.max(requests, 1),
  };
}

function line(name: string, result: Measurement): string {
  return [
    `    ${name.padEnd(17)} ${result.perSecond.toFixed(0).padStart(6)} req/s`,
    `p50 ${result.p50.toFixed(2).padStart(6)} ms`,
    `p99 ${result.p99.toFixed(2).padStart(6)} ms`,
    `server CPU ${result.cpuPerRequest.toFixed(0).padStart(5)} µs/req`,
    `(${String(result.requests)} requests, ${String(result.failures)} failed)`,
  ].join('   ');
}

/** Seeds an organization, a key and a connection, then hands the database to the gateway process. */
async function seedDatabase(kind: DatabaseKind, accessToken: string) {
  const testDb = await createTestDatabase(kind);
  const db = await openDatabase(testDb.config);
  try {
    await migrate(db);
    const { key, organizationId } = await createApiKey(db.prisma, { organization: 'bench' });
    const sealed = createSecretBox(Buffer.from(TEST_ENCRYPTION_KEY, 'hex')).seal(accessToken);
    const connection = await db.prisma.connection.create({
      data: { organizationId, provider: 'GITHUB', status: 'ACTIVE', accessTokenEncrypted: sealed },
    });
    return { testDb, key, connectionId: connection.id };
  } finally {
    await db.close();
  }
}

export async function benchResources(
  kind: DatabaseKind,
  github: FakeProcess<GitHubSeeded>,
  generator: LoadGenerator,
): Promise<ResourcesResult> {
  const { testDb, key, connectionId } = await seedDatabase(kind, github.seeded.resourcesToken);
  const servers: Server[] = [];
  try {
    const bare = await startServer('bare', {});
    servers.push(bare);
    const gateway = await startServer('gateway', {
      ...testDb.env,
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      GITHUB_API_URL: github.seeded.apiUrl,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      WORKERS: '0',
    });
    servers.push(gateway);

    const body = JSON.stringify({ query: QUERY, variables: { id: connectionId } });
    const json = { 'content-type': 'application/json' };
    const auth = { authorization: `Bearer ${key}` };
    const targets: Target[] = [
      {
        name: 'bare yoga GraphQL',
        server: bare,
        load: { url: `${bare.url}/graphql`, method: 'POST', headers: json, body },
        expect: '"totalCount":100',
      },
      {
        name: 'gateway GraphQL',
        server: gateway,
        load: { url: `${gateway.url}/graphql`, method: 'POST', headers: { ...json, ...auth }, body },
        expect: '"totalCount":100',
      },
      {
        name: 'gateway REST',
        server: gateway,
        load: { url: `${gateway.url}/v3/connections/${connectionId}/resources?per_page=30`, method: 'GET', headers: auth },
        expect: '"total_count":100',
      },
    ];
    for (const target of targets) {
      await checkAnswer(target);
      await measure(generator, target, WARMUP_MS);
    }

    const rounds = targets.map(() => [] as Measurement[]);
    await github.resetCounters();
    for (let round = 0; round < ROUNDS; round += 1) {
      for (let step = 0; step < targets.length; step += 1) {
        const index = (round + step) % targets.length;
        rounds[index]!.push(await measure(generator, targets[index]!, DURATION_MS));
      }
    }
    const upstream = await github.count();
    const [bareResult, graphqlResult, restResult] = rounds.map(combine) as [Measurement, Measurement, Measurement];
    if (bareResult.failures + graphqlResult.failures + restResult.failures > 0) throw new Error('some benchmark requests failed');
    const ratio = bareResult.cpuPerRequest / graphqlResult.cpuPerRequest;
    const perRound = rounds[1]!.map((result, index) => (rounds[0]![index]!.cpuPerRequest / result.cpuPerRequest).toFixed(3));
    return {
      ratio,
      lines: [
        `  connection.resources(perPage: 30): ${String(CONCURRENCY)} connections, ${String(ROUNDS)} alternating rounds of ${String(DURATION_MS / 1000)} s`,
        line('bare yoga GraphQL', bareResult),
        line('gateway GraphQL', graphqlResult),
        line('gateway REST', restResult),
        `    server CPU per request, gateway ÷ bare yoga:   GraphQL ${(graphqlResult.cpuPerRequest / bareResult.cpuPerRequest).toFixed(2)}×   REST ${(restResult.cpuPerRequest / bareResult.cpuPerRequest).toFixed(2)}×`,
        `    upstream requests per gateway request: ${(upstream / Math.max(graphqlResult.requests + restResult.requests, 1)).toFixed(5)}`,
        `    ratio (${kind}): bare yoga ÷ gateway GraphQL CPU per request ${ratio.toFixed(3)}   per round: ${perRound.join(' ')}`,
      ],
    };
  } finally {
    await Promise.all(servers.map((server) => stopServer(server.child)));
    await testDb.drop();
  }
}
