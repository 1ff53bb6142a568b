// Runs the gateway's real entry points (`npm start`'s server, the CLI) as child processes.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../../src/cli/commands';

export const root = fileURLToPath(new URL('../..', import.meta.url));
// The same compiled entry points `npm start` and `npm run gateway` run (built by `npm run build`), without npm.
const node = process.execPath;
const SOURCE_MAPS = '--enable-source-maps';

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment for a child: the test runner's, minus anything that would point it at another database. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, DATA_DIR: _dir, PORT: _port, ...inherited } = process.env;
  return { ...inherited, LOG_LEVEL: 'info', NODE_ENV: 'test', ...env };
}

/** Runs a CLI command in this process (cli.test.ts also runs the real process once, through npm). */
export async function runCli(args: string[], env: Record<string, string>): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  const code = await runCommand(args, {
    env: childEnv(env),
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

export async function runToEnd(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

/**
 * A port nothing listens on, for a server that must know its port before it starts (PUBLIC_URL, a child's
 * PORT). Taken below the kernel's ephemeral range: a port the kernel hands out (port 0) can be given next to
 * any outgoing connection of this busy suite while the server is still starting, and its listen then fails
 * with EADDRINUSE.
 */
export async function freePort(): Promise<number> {
  const below = ephemeralRangeStart();
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = 10_000 + Math.floor(Math.random() * (below - 10_000));
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port below ${String(below)} after 100 tries`);
}

/** Linux says where its ephemeral range starts; elsewhere, IANA's dynamic range starts higher still. */
function ephemeralRangeStart(): number {
  try {
    const start = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    if (Number.isInteger(start) && start > 12_000) return start;
  } catch {
    // No /proc: not Linux.
  }
  return 32_768;
}

async function canListen(port: number): Promise<boolean> {
  const server = createServer();
  const listening = once(server, 'listening').then(() => true);
  const failed = once(server, 'error').then(() => false);
  server.listen(port, '127.0.0.1');
  const free = await Promise.race([listening, failed]);
  if (free) {
    server.close();
    await once(server, 'close');
  }
  return free;
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: string;
  output(): { stdout: string; stderr: string };
  /** Resolves once the server logged that it listens (or rejects with its output if it exits first). */
  ready: Promise<void>;
  /** Signals the server's whole process group, as a terminal's Ctrl-C or a supervisor would. */
  signal(signal: NodeJS.Signals): void;
  stop(signal?: NodeJS.Signals): Promise<Finished>;
}

export async function startServer(
  env: Record<string, string>,
  command: string[] = [node, SOURCE_MAPS, 'dist/main.js'],
  /** The output line that means it is up. */
  readyMarker = 'gateway listening',
): Promise<ServerProcess> {
  // A caller that must name the port in advance (PUBLIC_URL) passes PORT itself.
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const [file, ...args] = command;
  // Its own process group, so a wrapper such as npm cannot leave the real server orphaned when stopped.
  const child = spawn(file!, args, { cwd: root, env: childEnv({ PORT: String(port), ...env }), detached: true });
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // The group is already gone.
    }
  };
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const closed = once(child, 'close') as Promise<[number | null]>;
  const ready = new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (stdout.includes(readyMarker)) resolve();
    };
    child.stdout.on('data', onData);
    void closed.then(([code]) => reject(new Error(`server exited (${String(code)}) before listening:\n${stdout}\n${stderr}`)));
  });
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    output: () => ({ stdout, stderr }),
    ready,
    signal,
    async stop(name = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) signal(name);
      const [code] = await closed;
      return { code, stdout, stderr };
    },
  };
}
