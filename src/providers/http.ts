// One keep-alive connection pool for all upstream HTTP, shared by every adapter: reusing sockets avoids a TCP
// (and TLS) handshake per request, which costs more CPU than the request itself.
import { Agent, fetch as undiciFetch } from 'undici';

const agent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 300_000, connections: 64 });

export const upstreamFetch: typeof fetch = (input, init) =>
  undiciFetch(input as Parameters<typeof undiciFetch>[0], { ...(init as object), dispatcher: agent }) as unknown as Promise<Response>;

export function closeUpstreamConnections(): Promise<void> {
  return agent.close();
}
