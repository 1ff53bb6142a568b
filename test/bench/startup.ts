// Start-up time and idle footprint of the production server as users start it (`node dist/main.js`, the README's
// environment): milliseconds from spawn to the first 200 from /readyz, then the resident set size after ~2 s idle.
// The first start on a fresh database migrates it; the second start finds it ready.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type DatabaseKind } from '../support/databases';
import { TEST_ENCRYPTION_KEY } from '../support/gateway';
import { startFlags } from './startFlags';

const mainScript = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const READY_DEADLINE_MS = 60_000;
const POLL_MS = 5;
const IDLE_MS = 2_000;

export interface StartupMeasurement {
  readyMs: number;
  idleRssMb: number;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

async function residentMegabytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${String(pid)}/status`, 'utf8');
  const kilobytes = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (kilobytes === undefined) throw new Error(`no VmRSS in /proc/${String(pid)}/status`);
  return Number(kilobytes) / 1024;
}

async function ready(url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    // Not listening yet.
    return false;
  }
}

async function startOnce(databaseEnv: Record<string, string>): Promise<StartupMeasurement> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...startFlags, mainScript], {
    // Only what the README documents (and PATH): nothing of the bench's own environment leaks in.
    env: {
      PATH: process.env.PATH ?? '',
      ...databaseEnv,
      PORT: String(port),
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      WORKERS: '1',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = once(child, 'exit');
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    const deadline = started + READY_DEADLINE_MS;
    while (!(await ready(`http://127.0.0.1:${String(port)}/readyz`))) {
      if (child.exitCode !== null) throw new Error(`the gateway exited (${String(child.exitCode)}) before it was ready:\n${stderr}`);
      if (performance.now() > deadline) throw new Error(`the gateway was not ready within ${String(READY_DEADLINE_MS)} ms:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const readyMs = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    return { readyMs, idleRssMb: await residentMegabytes(child.pid!) };
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  }
}

export async function benchStartup(kind: DatabaseKind): Promise<{ first: StartupMeasurement; second: StartupMeasurement }> {
  const testDb = await createTestDatabase(kind);
  try {
    const first = await startOnce(testDb.env);
    const second = await startOnce(testDb.env);
    return { first, second };
  } finally {
    await testDb.drop();
  }
}

export function startupLines({ first, second }: { first: StartupMeasurement; second: StartupMeasurement }): string[] {
  const line = (label: string, measured: StartupMeasurement) =>
    `  ${label.padEnd(24)} ${measured.readyMs.toFixed(0).padStart(6)} ms to /readyz 200   idle RSS ${measured.idleRssMb.toFixed(1).padStart(6)} MB`;
  return [line('start-up, fresh database', first), line('start-up, second start', second)];
}
