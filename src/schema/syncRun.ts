import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import type { SyncRun } from '../generated/prisma/client.js';
import { SyncRunStatus, SyncTrigger } from '../generated/prisma/enums.js';
import { storedFailures, type SyncFailure } from '../sync/syncFailure.js';
import { builder } from './builder.js';
import { ConnectionRef } from './connection.js';
import { checkPaging } from './paging.js';

const SyncRunStatusEnum = builder.enumType(SyncRunStatus, { name: 'SyncRunStatus' });
const SyncTriggerEnum = builder.enumType(SyncTrigger, {
  name: 'SyncTrigger',
  description: 'What started a sync: a new selection, a webhook, a person, or the schedule.',
});

const SyncFailureRef = builder.objectRef<SyncFailure>('SyncFailure').implement({
  fields: (t) => ({
    resource: t.exposeString('resource'),
    reason: t.exposeString('reason'),
    paths: t.exposeStringList('paths', {
      description:
        "The files and folders affected, from the resource's root; folders end in '/', and '/' is the root. Their stored documents were left as they were. Empty when the resource failed before any path was known.",
    }),
  }),
});

export const SyncRunRef = builder.objectRef<SyncRun>('SyncRun').implement({
  description: "One pass of the sync engine over a connection's configured resources.",
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: SyncRunStatusEnum, resolve: (run) => run.status }),
    trigger: t.field({ type: SyncTriggerEnum, resolve: (run) => run.trigger }),
    documentsAdded: t.exposeInt('documentsAdded'),
    documentsUpdated: t.exposeInt('documentsUpdated'),
    documentsDeleted: t.exposeInt('documentsDeleted'),
    error: t.exposeString('error', { nullable: true }),
    failures: t.field({
      type: [SyncFailureRef],
      description: 'Resources that could not be synced in this run, or only in part, with the reason and the paths affected.',
      resolve: (run) => storedFailures(run.failures),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.objectField(ConnectionRef, 'latestSync', (t) =>
  t.loadable({
    type: SyncRunRef,
    nullable: true,
    description: 'The most recent sync run, queued, running or finished; null before the first.',
    load: async (connectionIds: string[], context) => {
      const runs = await context.gateway.prisma.syncRun.findMany({
        where: { connectionId: { in: connectionIds } },
        orderBy: [{ connectionId: 'asc' }, { createdAt: 'desc' }, { id: 'desc' }],
        distinct: ['connectionId'],
      });
      const byConnection = new Map(runs.map((run) => [run.connectionId, run]));
      return connectionIds.map((id) => byConnection.get(id) ?? null);
    },
    resolve: (connection) => connection.id,
  }),
);

builder.objectField(ConnectionRef, 'syncRuns', (t) =>
  t.connection(
    {
      type: SyncRunRef,
      description: 'Sync runs, newest first.',
      resolve: (connection, args, context) => {
        checkPaging(args, 100);
        return resolveCursorConnection(
          { args, toCursor: (run: SyncRun) => run.id, defaultSize: 20, maxSize: 100 },
          ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) =>
            context.gateway.prisma.syncRun.findMany({
              where: { connectionId: connection.id, id: { lt: after, gt: before } },
              orderBy: { id: inverted ? 'asc' : 'desc' },
              take: limit,
            }),
        ).then((page) => ({ ...page, totalCount: () => context.gateway.prisma.syncRun.count({ where: { connectionId: connection.id } }) }));
      },
    },
    { name: 'SyncRunConnection' },
    { name: 'SyncRunEdge' },
  ),
);
