// One keep-alive connection pool for all upstream HTTP, shared by every adapter: reusing sockets avoids a TCP
// (and TLS) handshake per request, which costs more CPU than the request itself.
// undici is loaded with the first upstream request: a gateway that has not called a provider yet does not hold it.
import type { Agent } from 'undici';

let pool: Promise<{ agent: Agent; fetch: typeof import('undici').fetch }> | undefined;

function connectionPool() {
  pool ??= import('undici').then(({ Agent, fetch }) => ({
    agent: new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 300_000, connections: 64 }),
    fetch,
  }));
  return pool;
}

export const upstreamFetch: typeof fetch = async (input, init) => {
  const { agent, fetch: undiciFetch } = await connectionPool();
  return undiciFetch(input as Parameters<typeof undiciFetch>[0], {
    ...(init as object),
    dispatcher: agent,
  }) as unknown as Promise<Response>;
};

export async function closeUpstreamConnections(): Promise<void> {
  const closing = pool;
  pool = undefined;
  if (closing) await (await closing).agent.close();
}
