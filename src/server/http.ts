// Serves the gateway app over HTTP and shuts it down gracefully.
import { createServer, type Server } from 'node:http';
import type { GatewayApp } from './app';

export function createHttpServer(app: GatewayApp): Server {
  return createServer(app);
}

export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Stops accepting connections and resolves once in-flight requests have finished; connections still busy after
 * `graceMs` are cut so a stuck client cannot hold the shutdown forever.
 */
export function closeGracefully(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
