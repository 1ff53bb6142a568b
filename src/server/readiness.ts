// /healthz: the process answers. /readyz: the database answers and every migration this build ships is applied.
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import { pendingMigrations } from '../db/migrate.js';

export function healthRoutes(db: Database) {
  // eslint-disable-next-line @typescript-eslint/require-await -- a Fastify plugin: async, so that an error while adding routes rejects app.register() (a plain function's throw would escape Fastify's loader).
  return async (scope: FastifyInstance) => {
    scope.get('/healthz', () => ({ status: 'alive' }));
    scope.get('/readyz', async (request, reply) => {
      let pending: string[];
      try {
        pending = await pendingMigrations(db);
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check failed');
        return reply.code(503).send({ status: 'database unreachable' });
      }
      if (pending.length > 0) return reply.code(503).send({ status: 'migrations pending', pending });
      return { status: 'ready' };
    });
  };
}
