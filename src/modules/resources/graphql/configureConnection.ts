// configureConnection: choosing which resources of a connection to sync.
import { ConnectionBusyError, ConnectionNotFoundError, ValidationError } from '../../../errors.js';
import { builder } from '../../../schema/builder.js';
import { providerCallErrors } from '../../../schema/error.js';
import { ConnectionRef } from '../../connections/graphql/connection.js';
import type { ConfigureResult } from '../service.js';
import { ConfiguredResourceRef } from './configuredResource.js';

const ResourceSelectionInput = builder.inputType('ResourceSelectionInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'The resource id from Connection.resources.' }),
    name: t.string({ required: true, description: 'Its fullName, as listed.' }),
    defaultBranch: t.string({ description: 'The branch to sync; defaults to the resource’s default branch.' }),
  }),
});

const ConfigureConnectionInput = builder.inputType('ConfigureConnectionInput', {
  fields: (t) => ({
    connectionId: t.id({ required: true }),
    resources: t.field({
      type: [ResourceSelectionInput],
      required: true,
      description: 'The complete new selection (it replaces the previous one); at most 500.',
    }),
  }),
});

const ConfigureConnectionPayload = builder.objectRef<ConfigureResult>('ConfigureConnectionPayload').implement({
  fields: (t) => ({
    success: t.exposeBoolean('success'),
    message: t.exposeString('message'),
    webhooksRegistered: t.exposeInt('webhooksRegistered', {
      description: 'How many selected resources have an active webhook after this call.',
    }),
    connection: t.field({ type: ConnectionRef, resolve: (result) => result.connection }),
    configuredResources: t.field({ type: [ConfiguredResourceRef], resolve: (result) => result.configuredResources }),
  }),
});

builder.mutationField('configureConnection', (t) =>
  t.field({
    type: ConfigureConnectionPayload,
    description:
      'Selects which resources to sync, registers their webhooks and queues the initial sync. All or nothing: on failure the previous selection stays.',
    errors: {
      types: [ConnectionNotFoundError, ValidationError, ConnectionBusyError, ...providerCallErrors],
      union: { name: 'ConfigureConnectionResult' },
    },
    args: { input: t.arg({ type: ConfigureConnectionInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const { connections, resources } = context.services;
      const connection = await connections.require(context.organizationId, input.connectionId);
      return resources.configure(
        connection,
        input.resources.map((item) => ({ id: item.id, name: item.name, defaultBranch: item.defaultBranch ?? null })),
      );
    },
  }),
);
