import { GraphQLError } from 'graphql';
import { ConnectionNotFoundError } from '../../../errors.js';
import { builder } from '../../../schema/builder.js';
import type { SyncProgress } from '../progress.js';

const SyncProgressType = builder.enumType('SyncProgressType', {
  values: {
    STARTED: { value: 'started', description: 'The run started.' },
    RESOURCE: { value: 'resource', description: 'Progress within one resource: filesDone of filesTotal.' },
    RESOURCE_DONE: { value: 'resourceDone', description: 'A resource finished, with its counts.' },
    FINISHED: { value: 'finished', description: 'The run finished, with its status and counts.' },
  } as const,
});

const SyncProgressEvent = builder.objectRef<SyncProgress>('SyncProgressEvent').implement({
  description: 'One step of a sync run.',
  fields: (t) => ({
    type: t.field({ type: SyncProgressType, resolve: (event) => event.type }),
    runId: t.exposeID('runId'),
    resource: t.string({ nullable: true, resolve: (event) => ('resource' in event ? event.resource : null) }),
    resources: t.int({
      nullable: true,
      description: 'STARTED: how many resources the run covers.',
      resolve: (event) => ('resources' in event ? event.resources : null),
    }),
    filesDone: t.int({ nullable: true, resolve: (event) => ('filesDone' in event ? event.filesDone : null) }),
    filesTotal: t.int({ nullable: true, resolve: (event) => ('filesTotal' in event ? event.filesTotal : null) }),
    status: t.string({
      nullable: true,
      description: 'FINISHED: SUCCEEDED, PARTIAL or FAILED.',
      resolve: (event) => ('status' in event ? event.status : null),
    }),
    added: t.int({ nullable: true, resolve: (event) => ('added' in event ? event.added : null) }),
    updated: t.int({ nullable: true, resolve: (event) => ('updated' in event ? event.updated : null) }),
    deleted: t.int({ nullable: true, resolve: (event) => ('deleted' in event ? event.deleted : null) }),
  }),
});

builder.subscriptionField('syncProgress', (t) =>
  t.field({
    type: SyncProgressEvent,
    description: "A connection's sync progress as it happens (server-sent events), for runs executed by this server's workers.",
    args: { connectionId: t.arg.id({ required: true }) },
    subscribe: async (_root, { connectionId }, context) => {
      // Another organization's connection looks like one that does not exist.
      const [connection] = await context.services.connections.findMany(context.organizationId, [connectionId]);
      if (!connection) {
        // A stream has no result union to carry typed errors: the same failure as a GraphQL error.
        const missing = new ConnectionNotFoundError(connectionId);
        throw new GraphQLError(missing.message, { extensions: { code: missing.code, http: { status: missing.httpStatus } } });
      }
      return context.services.sync.progressOf(connection.id);
    },
    resolve: (event) => event,
  }),
);
