// The SyncRun type, Connection.latestSync and Connection.syncRuns.
import { builder } from '../../../schema/builder.js';
import { pageById } from '../../../schema/paging.js';
import { ConnectionRef } from '../../connections/graphql/connection.js';
import { syncRunStatuses, syncTriggers, type SyncRun } from '../storage.js';
import { MAX_SKIPPED_FILES, storedFailures, storedSkippedFiles, type SkippedFile, type SyncFailure } from '../syncFailure.js';

export const SyncRunStatusEnum = builder.enumType(syncRunStatuses, { name: 'SyncRunStatus' });
const SyncTriggerEnum = builder.enumType(syncTriggers, {
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

const SkippedFileRef = builder.objectRef<SkippedFile>('SkippedFile').implement({
  description: 'A file a run did not sync as a document, and why.',
  fields: (t) => ({
    resource: t.exposeString('resource'),
    path: t.exposeString('path'),
    reason: t.exposeString('reason', { description: 'Why it was skipped, e.g. "images are not synced (image/png)".' }),
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
    documentsSkipped: t.exposeInt('documentsSkipped', {
      description: 'New documents not stored: the connection had reached its documentLimit.',
    }),
    skippedFiles: t.field({
      type: [SkippedFileRef],
      description: `Files the run did not sync as documents because their type is not supported or they are too large (the first ${String(MAX_SKIPPED_FILES)}).`,
      resolve: (run) => storedSkippedFiles(run.skippedFiles),
    }),
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
      const latest = await context.services.sync.latest(connectionIds);
      return connectionIds.map((id) => latest.get(id) ?? null);
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
        const { sync } = context.services;
        return pageById(
          args,
          { defaultSize: 20, maxSize: 100 },
          (page) => sync.runs(connection.id, page),
          () => sync.runCount(connection.id),
        );
      },
    },
    { name: 'SyncRunConnection' },
    { name: 'SyncRunEdge' },
  ),
);
