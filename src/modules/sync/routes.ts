// The sync part of the REST API: a connection's recent runs.
import type { onRequestAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../http/principal.js';
import { apiRoutes } from '../../http/apiRoutes.js';
import { parseInput, text, wholeNumber } from '../../http/restInput.js';
import { connectionParams } from '../connections/routes.js';
import type { ConnectionService } from '../connections/service.js';
import { DEFAULT_CHANGES_PAGE, type SyncService } from './service.js';
import { storedFailures, storedSkippedFiles } from './syncFailure.js';

const runsQuery = z.object({
  limit: wholeNumber('limit', 20).pipe(
    z.number().min(1, 'limit must be a whole number from 1 to 100.').max(100, 'limit must be a whole number from 1 to 100.'),
  ),
});

const changesQuery = z.object({ after: text('after').optional(), limit: wholeNumber('limit', DEFAULT_CHANGES_PAGE) });

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
          documentsSkipped: run.documentsSkipped,
          skippedFiles: storedSkippedFiles(run.skippedFiles),
          failures: storedFailures(run.failures),
        })),
      };
    });

    // The document change feed: every ADDED / UPDATED / DELETED change in commit order, by cursor.
    scope.get('/v3/connections/:id/changes', async (request) => {
      const { id } = parseInput(connectionParams, request.params, 'id');
      const connection = await connections.require(principalOf(request).organizationId, id);
      const query = parseInput(changesQuery, request.query, 'query');
      const page = await sync.changes(connection.id, { after: query.after, first: query.limit }, { after: 'after', first: 'limit' });
      return {
        changes: page.changes.map((change) => ({
          cursor: String(change.position),
          kind: change.kind,
          documentId: change.documentId,
          path: change.path,
          resourceId: change.resourceId,
          resourceName: change.resourceName,
          sha: change.sha,
          runId: change.runId,
          changedAt: change.changedAt.toISOString(),
          ...(change.kind === 'DELETED' ? { deletedAt: change.changedAt.toISOString() } : {}),
        })),
        endCursor: page.endCursor,
        hasMore: page.hasMore,
      };
    });
  });
}
