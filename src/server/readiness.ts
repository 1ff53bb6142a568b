// /healthz: the process answers. /readyz: the database answers and every migration this build ships is applied.
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import { pendingMigrations } from '../db/migrate.js';

export function healthRoutes(db: Database) {
  return async (scope: FastifyInstance) => {
    scope.get('/healthz', async () => ({ status: 'alive' }));
    scope.get('/readyz', async (request, reply) => {
      try {
        const pending = await pendingMigrations(db);
        if (pending.length > 0) return reply.code(503).send({ status: 'migrations pending', pending });
        return { status: 'ready' };
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check failed');
        return reply.code(503).send({ status: 'database unreachable' });
      }
    });
  };
}
