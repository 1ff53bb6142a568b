// A provider fake (GitHub's, Google's) in its own process: while the gateway syncs in the bench process, the
// bench's CPU time is the gateway's alone and the fake's is read from its process.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { ask, cpuMicros } from './ipc';

export interface FakeProcess<Seeded> {
  /** What the child reported once its fake was started and seeded: URLs, tokens, ids. */
  seeded: Seeded;
  cpuMicros(): Promise<number>;
  /** Requests the fake answered since the last reset (what `count` means is the child's). */
  count(): Promise<number>;
  resetCounters(): Promise<void>;
  ask<Reply>(command: string, argument?: unknown): Promise<Reply>;
  close(): Promise<void>;
}

export async function startFakeProcess<Seeded>(script: string): Promise<FakeProcess<Seeded>> {
  const child: ChildProcess = fork(script, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const [message] = (await once(child, 'message')) as [{ seeded: Seeded }];
  return {
    seeded: message.seeded,
    cpuMicros: () => cpuMicros(child),
    count: () => ask<number>(child, 'count'),
    resetCounters: () => ask<undefined>(child, 'reset').then(() => undefined),
    ask: (command, argument) => ask(child, command, argument),
    close: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}
