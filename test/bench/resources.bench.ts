// `npm run bench`: warm `connection.resources(perPage: 30)` through the full gateway versus bare graphql-yoga
// serving the same 30 items from memory. Each server runs in its own process; this process drives both with the
// same keep-alive load, then prints throughput, p50/p99 latency and upstream requests per operation.
// Not a test: numbers vary by machine. It ends with `ratio: <gateway ÷ bare yoga>` (the lowest across databases).
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { createApiKey } from '../support/apiKeys';
import { createSecretBox } from '../../src/crypto/secretBox';
import { openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { startGitHubFake } from '@connections-gateway/github-fake';
import { createTestDatabase, databaseKinds, type DatabaseKind } from '../support/databases';
import { TEST_ENCRYPTION_KEY } from '../support/gateway';
import { benchDriveSync, DRIVE_FILES_PER_FOLDER, DRIVE_FOLDERS } from './driveSync';
import { addSyncRepositories, benchSync, SYNC_FILES_PER_REPOSITORY, SYNC_REPOSITORIES } from './sync';
import { benchWebhooks, WEBHOOK_CONNECTIONS, WEBHOOK_EVENTS } from './webhooks';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 3_000);
// Rounds alternate the two servers, so drift in the machine's state (other processes, CPU frequency) falls on
// both alike; throughput is the median over rounds.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WARMUP_MS = 1_000;
const CONCURRENCY = 16;
const serverScript = fileURLToPath(new URL('./servers.ts', import.meta.url));

export const QUERY = `query Resources($id: ID!) {
  connection(id: $id) {
    ... on Connection {
      resources(perPage: 30) {
        ... on ResourcePage { totalCount hasNextPage nodes { id name fullName description private defaultBranch updatedAt configured } }
      }
    }
  }
}`;

interface Measurement {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
  /** Server CPU time (user + system) per request, in microseconds. */
  cpuPerRequest: number;
}

async function cpuTime(child: ChildProcess): Promise<number> {
  child.send('cpu');
  for (;;) {
    const [message] = (await once(child, 'message')) as [{ cpu?: NodeJS.CpuUsage }];
    if (message.cpu) return message.cpu.user + message.cpu.system;
  }
}

async function startServer(role: 'gateway' | 'bare', env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  // BENCH_PROFILE=dir writes a V8 CPU profile of each server into dir.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = fork(serverScript, [role], {
    env: { ...process.env, ...env },
    execArgv: ['--import', 'tsx', ...profile],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const [message] = (await once(child, 'message')) as [{ port: number }];
  return { child, url: `http://127.0.0.1:${message.port}` };
}

async function stopServer(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/** Sends the query from CONCURRENCY loops over keep-alive connections for `durationMs`. */
async function load(
  server: { child: ChildProcess; url: string },
  body: string,
  headers: Record<string, string>,
  durationMs: number,
): Promise<Measurement> {
  const pool = new Pool(server.url, { connections: CONCURRENCY, pipelining: 1 });
  const cpuBefore = await cpuTime(server.child);
  const latencies: number[] = [];
  let failures = 0;
  const deadline = performance.now() + durationMs;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        const response = await pool.request({
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        });
        const text = await response.body.text();
        if (response.statusCode !== 200 || !text.includes('"totalCount":100')) failures += 1;
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const elapsed = performance.now() - started;
  const cpu = (await cpuTime(server.child)) - cpuBefore;
  await pool.close();
  latencies.sort((a, b) => a - b);
  const at = (fraction: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))] ?? 0;
  return {
    requests: latencies.length,
    perSecond: (latencies.length / elapsed) * 1000,
    p50: at(0.5),
    p99: at(0.99),
    failures,
    cpuPerRequest: cpu / Math.max(latencies.length, 1),
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

function line(name: string, result: Measurement, upstreamPerOp: number): string {
  return `  ${name.padEnd(10)} ${result.perSecond.toFixed(0).padStart(6)} req/s   p50 ${result.p50.toFixed(2).padStart(6)} ms   p99 ${result.p99
    .toFixed(2)
    .padStart(
      6,
    )} ms   server CPU ${result.cpuPerRequest.toFixed(0).padStart(4)} µs/req   upstream/op ${upstreamPerOp.toFixed(4)}   (${result.requests} requests, ${result.failures} failed)`;
}

async function benchDatabase(
  kind: DatabaseKind,
  github: Awaited<ReturnType<typeof startGitHubFake>>,
  accessToken: string,
): Promise<number> {
  const testDb = await createTestDatabase(kind);
  try {
    // Seed an organization, a key and a connection, then hand the database to the gateway process.
    const db = await openDatabase(testDb.config);
    await migrate(db);
    const { key, organizationId } = await createApiKey(db.prisma, { organization: 'bench' });
    const sealed = createSecretBox(Buffer.from(TEST_ENCRYPTION_KEY, 'hex')).seal(accessToken);
    const connection = await db.prisma.connection.create({
      data: { organizationId, provider: 'GITHUB', status: 'ACTIVE', accessTokenEncrypted: sealed },
    });
    await db.close();

    const body = JSON.stringify({ query: QUERY, variables: { id: connection.id } });
    const gatewayEnv = {
      ...testDb.env,
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      GITHUB_API_URL: github.apiUrl,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      WORKERS: '0',
    };
    const bare = await startServer('bare', {});
    const gateway = await startServer('gateway', gatewayEnv);
    try {
      const auth = { authorization: `Bearer ${key}` };
      await load(bare, body, {}, WARMUP_MS);
      await load(gateway, body, auth, WARMUP_MS);
      const bareRounds: Measurement[] = [];
      const gatewayRounds: Measurement[] = [];
      github.resetCounters();
      for (let round = 0; round < ROUNDS; round += 1) {
        const measureBare = () => load(bare, body, {}, DURATION_MS).then((result) => bareRounds.push(result));
        const measureGateway = () => load(gateway, body, auth, DURATION_MS).then((result) => gatewayRounds.push(result));
        if (round % 2 === 0) await measureBare().then(measureGateway);
        else await measureGateway().then(measureBare);
      }
      const bareResult = combine(bareRounds);
      const gatewayResult = combine(gatewayRounds);
      const upstream = github.count('graphql') / Math.max(gatewayResult.requests, 1);
      const ratio = gatewayResult.perSecond / bareResult.perSecond;
      console.log(`database: ${kind}`);
      console.log(line('bare yoga', bareResult, 0));
      console.log(line('gateway', gatewayResult, upstream));
      console.log(
        `  ratio (${kind}): ${ratio.toFixed(3)}   per round: ${gatewayRounds.map((result, index) => (result.perSecond / bareRounds[index]!.perSecond).toFixed(2)).join(' ')}`,
      );
      if (gatewayResult.failures > 0 || bareResult.failures > 0) throw new Error('some benchmark requests failed');
      return ratio;
    } finally {
      await Promise.all([stopServer(bare.child), stopServer(gateway.child)]);
    }
  } finally {
    await testDb.drop();
  }
}

const github = await startGitHubFake();
github.addUser({ login: 'bench' });
github.addRepositories('bench', 100);
const { accessToken } = github.issueToken('bench');
github.addUser({ login: 'syncer' });
addSyncRepositories(github, 'syncer');
const syncToken = github.issueToken('syncer').accessToken;
console.log(
  `warm connection.resources(perPage: 30): ${CONCURRENCY} concurrent clients, ${ROUNDS} alternating rounds of ${DURATION_MS / 1000} s per server\n`,
);
try {
  const ratios: number[] = [];
  for (const kind of databaseKinds) ratios.push(await benchDatabase(kind, github, accessToken));
  console.log(`\nsync: ${SYNC_REPOSITORIES} repositories × ${SYNC_FILES_PER_REPOSITORY} files`);
  for (const kind of databaseKinds) {
    console.log(`database: ${kind}`);
    for (const line of await benchSync(kind, github, 'syncer', syncToken)) console.log(line);
  }
  console.log(`\nGoogle Drive sync: one selected folder of ${DRIVE_FOLDERS} folders × ${DRIVE_FILES_PER_FOLDER} files`);
  for (const kind of databaseKinds) {
    console.log(`database: ${kind}`);
    for (const line of await benchDriveSync(kind)) console.log(line);
  }
  console.log(`\nwebhook delivery: ${WEBHOOK_EVENTS} events over ${WEBHOOK_CONNECTIONS} connections to a receiver on 127.0.0.1`);
  for (const kind of databaseKinds) {
    console.log(`database: ${kind}`);
    console.log(await benchWebhooks(kind));
  }
  console.log(`ratio: ${Math.min(...ratios).toFixed(3)}`);
} finally {
  await github.close();
}
