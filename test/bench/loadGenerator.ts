// Load from outside the bench process: `wrk` when it is on PATH (native, the lightest client), otherwise
// autocannon in a forked child (loadClient.ts). Either way keep-alive connections, a fixed number of them, a
// fixed duration per round; the caller reads the server's CPU time around `run`.
import { execFile, fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ask } from './ipc';

export interface LoadOptions {
  /** The full URL, path and query included. */
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  connections: number;
  durationMs: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  /** Latency percentiles in milliseconds. */
  p50: number;
  p99: number;
  /** Connection errors, timeouts and non-2xx answers. */
  failures: number;
}

export interface LoadGenerator {
  name: string;
  run(options: LoadOptions): Promise<LoadResult>;
  close(): Promise<void>;
}

const clientScript = fileURLToPath(new URL('./loadClient.ts', import.meta.url));

function onPath(command: string): string | undefined {
  for (const directory of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(directory, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this directory.
    }
  }
  return undefined;
}

export async function startLoadGenerator(): Promise<LoadGenerator> {
  const wrk = onPath('wrk');
  return wrk ? wrkGenerator(wrk) : autocannonGenerator();
}

async function autocannonGenerator(): Promise<LoadGenerator> {
  const child: ChildProcess = fork(clientScript, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await once(child, 'message');
  return {
    name: 'autocannon (child process)',
    run: (options) => ask<LoadResult>(child, 'run', options),
    close: async () => {
      child.disconnect();
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}

/** Lua long brackets whose level does not occur in the text, so any body is quoted as is. */
function luaString(text: string): string {
  let level = '';
  while (text.includes(`]${level}]`)) level += '=';
  return `[${level}[${text}]${level}]`;
}

async function wrkGenerator(wrk: string): Promise<LoadGenerator> {
  const directory = await mkdtemp(path.join(tmpdir(), 'cgw-wrk-'));
  let scripts = 0;
  return {
    name: 'wrk',
    async run(options) {
      const script = path.join(directory, `load-${String((scripts += 1))}.lua`);
      const headers = Object.entries(options.headers).map(([name, value]) => `wrk.headers[${luaString(name)}] = ${luaString(value)}`);
      await writeFile(
        script,
        [
          `wrk.method = ${luaString(options.method)}`,
          ...(options.body === undefined ? [] : [`wrk.body = ${luaString(options.body)}`]),
          ...headers,
          // wrk reports microseconds; errors.status counts answers that are not 2xx or 3xx.
          'done = function(summary, latency, requests)',
          '  local e = summary.errors',
          '  io.write(string.format("\\nBENCH_RESULT {\\"requests\\":%d,\\"seconds\\":%f,\\"p50\\":%f,\\"p99\\":%f,\\"failures\\":%d}\\n",',
          '    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,',
          '    e.connect + e.read + e.write + e.timeout + e.status))',
          'end',
        ].join('\n'),
      );
      // wrk takes whole seconds; one thread leaves the other core to the server.
      const seconds = Math.max(1, Math.round(options.durationMs / 1000));
      const { stdout } = await promisify(execFile)(wrk, [
        '-t1',
        `-c${String(options.connections)}`,
        `-d${String(seconds)}s`,
        '-s',
        script,
        options.url,
      ]);
      const line = stdout.split('\n').find((text) => text.startsWith('BENCH_RESULT '));
      if (!line) throw new Error(`wrk printed no result:\n${stdout}`);
      return JSON.parse(line.slice('BENCH_RESULT '.length)) as LoadResult;
    },
    close: () => rm(directory, { recursive: true, force: true }),
  };
}
