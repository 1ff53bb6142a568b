// The sync part of the REST API: a connection's recent runs.
import type { onRequestAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../http/principal.js';
import { apiRoutes } from '../../http/apiRoutes.js';
import { parseInput, wholeNumber } from '../../http/restInput.js';
import { connectionParams } from '../connections/routes.js';
import type { ConnectionService } from '../connections/service.js';
import type { SyncService } from './service.js';
import { storedFailures } from './syncFailure.js';

const runsQuery = z.object({
  limit: wholeNumber('limit', 20).pipe(
    z.number().min(1, 'limit must be a whole number from 1 to 100.').max(100, 'limit must be a whole number from 1 to 100.'),
  ),
});

export function syncRoutes({
  connections,
  sync,
  requireApiKey,
}: {
  connections: ConnectionService;
  sync: SyncService;
  requireApiKey: onRequestAsyncHookHandler;
}) {
  return apiRoutes(requireApiKey, (scope) => {
    scope.get('/v3/connections/:id/sync-runs', async (request) => {
      const { id } = parseInput(connectionParams, request.params, 'id');
      const connection = await connections.require(principalOf(request).organizationId, id);
      const { limit } = parseInput(runsQuery, request.query, 'limit');
      const runs = await sync.runs(connection.id, { limit, inverted: false });
      return {
        syncRuns: runs.map((run) => ({
          id: run.id,
          status: run.status,
          trigger: run.trigger,
          createdAt: run.createdAt.toISOString(),
          startedAt: run.startedAt?.toISOString() ?? null,
          finishedAt: run.finishedAt?.toISOString() ?? null,
          documentsAdded: run.documentsAdded,
          documentsUpdated: run.documentsUpdated,
          documentsDeleted: run.documentsDeleted,
          failures: storedFailures(run.failures),
        })),
      };
    });
  });
}
