// Request and reply over a forked child's IPC channel: the bench's children (servers, fakes, the load client)
// answer each `{ id, command }` with `{ id, reply }`, so concurrent questions never take each other's answers.
import type { ChildProcess } from 'node:child_process';

let nextId = 0;

export interface IpcRequest {
  id: number;
  command: string;
  argument?: unknown;
}

export function ask<Reply>(child: ChildProcess, command: string, argument?: unknown): Promise<Reply> {
  const id = (nextId += 1);
  return new Promise((resolve, reject) => {
    const onMessage = (message: { id?: number; reply?: Reply; error?: string }) => {
      if (message.id !== id) return;
      cleanUp();
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.reply as Reply);
    };
    const onExit = (code: number | null) => {
      cleanUp();
      reject(new Error(`child process exited (${String(code)}) before answering ${command}`));
    };
    const cleanUp = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send({ id, command, argument } satisfies IpcRequest);
  });
}

/** In a child: answers the parent's requests with `handlers[command](argument)`. */
export function answer(handlers: Record<string, (argument: unknown) => unknown>): void {
  process.on('message', (message: IpcRequest) => {
    const handler = handlers[message.command];
    if (!handler) {
      process.send!({ id: message.id, error: `unknown command ${message.command}` });
      return;
    }
    Promise.resolve()
      .then(() => handler(message.argument))
      .then(
        (reply: unknown) => process.send!({ id: message.id, reply }),
        (error: unknown) => process.send!({ id: message.id, error: String(error) }),
      );
  });
}

/** CPU time (user + system, µs) of the child, as it reports it for itself. */
export async function cpuMicros(child: ChildProcess): Promise<number> {
  const usage = await ask<NodeJS.CpuUsage>(child, 'cpu');
  return usage.user + usage.system;
}

export function cpuUsageHandler(): NodeJS.CpuUsage {
  return process.cpuUsage();
}
