// Runs the gateway's real entry points (`npm start`'s server, the CLI) as child processes.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

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

export async function runCli(args: string[], env: Record<string, string>): Promise<Finished> {
  return runToEnd(spawn(tsx, ['src/cli/main.ts', ...args], { cwd: root, env: childEnv(env) }));
}

export async function runToEnd(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: string;
  output(): { stdout: string; stderr: string };
  /** Resolves once the server logged that it listens (or rejects with its output if it exits first). */
  ready: Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<Finished>;
}

export async function startServer(env: Record<string, string>, command: string[] = [tsx, 'src/main.ts']): Promise<ServerProcess> {
  const port = await freePort();
  const [file, ...args] = command;
  const child = spawn(file!, args, { cwd: root, env: childEnv({ PORT: String(port), ...env }) });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const closed = once(child, 'close') as Promise<[number | null]>;
  const ready = new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (stdout.includes('gateway listening')) resolve();
    };
    child.stdout!.on('data', onData);
    void closed.then(([code]) => reject(new Error(`server exited (${code}) before listening:\n${stdout}\n${stderr}`)));
  });
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    output: () => ({ stdout, stderr }),
    ready,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const [code] = await closed;
      return { code, stdout, stderr };
    },
  };
}
