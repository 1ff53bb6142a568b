// /readyz: the database answers and every migration this build ships has been applied.
import type { Database } from '../db/database';
import { pendingMigrations } from '../db/migrate';
import type { Logger } from '../logger';

export function readinessCheck(db: Database, logger: Logger): () => Promise<Response> {
  return async () => {
    try {
      const pending = await pendingMigrations(db);
      if (pending.length > 0) return Response.json({ status: 'migrations pending', pending }, { status: 503 });
      return Response.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      return Response.json({ status: 'database unreachable' }, { status: 503 });
    }
  };
}
