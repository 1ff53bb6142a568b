// The ConfiguredResource type and Connection.configuredResources: the selection to sync.
import { builder } from '../../../schema/builder.js';
import { ConnectionRef } from '../../connections/graphql/connection.js';
import type { ConfiguredResource } from '../storage.js';

export const ConfiguredResourceRef = builder.objectRef<ConfiguredResource>('ConfiguredResource').implement({
  description: 'A resource selected for syncing.',
  fields: (t) => ({
    id: t.exposeID('id'),
    resourceId: t.exposeID('providerResourceId', { description: "The provider's id of the resource." }),
    name: t.exposeString('fullName'),
    defaultBranch: t.exposeString('defaultBranch', { nullable: true }),
    webhookActive: t.boolean({
      description: 'Whether the provider notifies the gateway of its changes.',
      resolve: (resource) => resource.webhookId !== null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

// Batched across the operation: N connections cost one query (and none while the rows are cached).
builder.objectField(ConnectionRef, 'configuredResources', (t) =>
  t.loadableList({
    type: ConfiguredResourceRef,
    description: 'The resources selected for syncing.',
    load: async (connectionIds: string[], context) => {
      const byConnection = await context.services.resources.configuredFor(connectionIds);
      return connectionIds.map((id) => byConnection.get(id) ?? []);
    },
    resolve: (connection) => connection.id,
  }),
);
