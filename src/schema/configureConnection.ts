import { ConnectionNotFoundError, ValidationError } from '../errors.js';
import { configureConnection, type ConfigureResult } from '../services/configureConnection.js';
import { requireConnection } from '../services/resources.js';
import { builder } from './builder.js';
import { ConfiguredResourceRef } from './configuredResource.js';
import { ConnectionRef } from './connection.js';
import { providerCallErrors } from './error.js';

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

builder.mutationType({});

builder.mutationField('configureConnection', (t) =>
  t.field({
    type: ConfigureConnectionPayload,
    description:
      'Selects which resources to sync, registers their webhooks and queues the initial sync. All or nothing: on failure the previous selection stays.',
    errors: {
      types: [ConnectionNotFoundError, ValidationError, ...providerCallErrors],
      union: { name: 'ConfigureConnectionResult' },
    },
    args: { input: t.arg({ type: ConfigureConnectionInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const connection = await requireConnection(context.gateway, context.organizationId, input.connectionId);
      return configureConnection(
        context.gateway,
        connection,
        input.resources.map((item) => ({ id: item.id, name: item.name, defaultBranch: item.defaultBranch ?? null })),
      );
    },
  }),
);
