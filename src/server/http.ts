// Serves the gateway app over HTTP and shuts it down gracefully.
import type { GatewayApp } from './app.js';

export async function listen(app: GatewayApp, port: number, host: string): Promise<string> {
  return app.listen({ port, host });
}

/**
 * Stops accepting connections and resolves once in-flight requests have finished; connections still busy after
 * `graceMs` are cut so a stuck client cannot hold the shutdown forever.
 */
export async function closeGracefully(app: GatewayApp, graceMs: number): Promise<void> {
  const force = setTimeout(() => app.server.closeAllConnections(), graceMs);
  force.unref();
  try {
    await app.close();
  } finally {
    clearTimeout(force);
  }
}
