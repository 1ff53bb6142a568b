import { GraphQLError } from 'graphql';
import { ConnectionNotFoundError } from '../../../errors.js';
import { builder } from '../../../schema/builder.js';
import type { SyncProgress, SyncProgressOf } from '../progress.js';
import { SyncRunStatusEnum } from './syncRun.js';

const SyncProgressType = builder.enumType('SyncProgressType', {
  values: {
    STARTED: { value: 'started', description: 'The run started.' },
    RESOURCE: { value: 'resource', description: 'Progress within one resource: filesDone of filesTotal.' },
    RESOURCE_DONE: { value: 'resourceDone', description: 'A resource finished, with its counts.' },
    FINISHED: { value: 'finished', description: 'The run finished, with its status and counts.' },
  } as const,
});

// An interface rather than a union: the fields it had as one object type stay selectable on it (nullable, as
// before), and each kind of event is its own type, whose fields are there and typed (`... on SyncFinishedEvent`).
const SyncProgressEvent = builder.interfaceRef<SyncProgress>('SyncProgressEvent').implement({
  description: 'One step of a sync run; the concrete type says which (SyncStartedEvent, …, SyncFinishedEvent).',
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
      description: 'FINISHED: SUCCEEDED, PARTIAL or FAILED (runStatus says the same as the enum).',
      resolve: (event) => ('status' in event ? event.status : null),
    }),
    runStatus: t.field({
      type: SyncRunStatusEnum,
      nullable: true,
      description: 'FINISHED: how the run ended.',
      resolve: (event) => ('status' in event ? event.status : null),
    }),
    added: t.int({ nullable: true, resolve: (event) => ('added' in event ? event.added : null) }),
    updated: t.int({ nullable: true, resolve: (event) => ('updated' in event ? event.updated : null) }),
    deleted: t.int({ nullable: true, resolve: (event) => ('deleted' in event ? event.deleted : null) }),
  }),
});

builder.objectRef<SyncProgressOf<'started'>>('SyncStartedEvent').implement({
  description: 'The run started.',
  interfaces: [SyncProgressEvent],
  isTypeOf: (event) => (event as SyncProgress).type === 'started',
  fields: (t) => ({ resources: t.exposeInt('resources', { description: 'How many resources the run covers.' }) }),
});

builder.objectRef<SyncProgressOf<'resource'>>('SyncResourceProgressEvent').implement({
  description: 'Progress within one resource: filesDone of filesTotal.',
  interfaces: [SyncProgressEvent],
  isTypeOf: (event) => (event as SyncProgress).type === 'resource',
  fields: (t) => ({ resource: t.exposeString('resource'), filesDone: t.exposeInt('filesDone'), filesTotal: t.exposeInt('filesTotal') }),
});

builder.objectRef<SyncProgressOf<'resourceDone'>>('SyncResourceDoneEvent').implement({
  description: 'A resource finished, with its counts.',
  interfaces: [SyncProgressEvent],
  isTypeOf: (event) => (event as SyncProgress).type === 'resourceDone',
  fields: (t) => ({
    resource: t.exposeString('resource'),
    added: t.exposeInt('added'),
    updated: t.exposeInt('updated'),
    deleted: t.exposeInt('deleted'),
  }),
});

builder.objectRef<SyncProgressOf<'finished'>>('SyncFinishedEvent').implement({
  description: 'The run finished, with its status and counts.',
  interfaces: [SyncProgressEvent],
  isTypeOf: (event) => (event as SyncProgress).type === 'finished',
  fields: (t) => ({
    runStatus: t.field({ type: SyncRunStatusEnum, resolve: (event) => event.status }),
    added: t.exposeInt('added'),
    updated: t.exposeInt('updated'),
    deleted: t.exposeInt('deleted'),
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
