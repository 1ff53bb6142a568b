import { ConnectionNotFoundError } from '../../../errors.js';
import { builder } from '../../../schema/builder.js';
import { ProviderEnum } from '../../../schema/provider.js';
import type { DeleteResult } from '../service.js';

const DeleteConnectionPayload = builder.objectRef<DeleteResult>('DeleteConnectionPayload').implement({
  description: 'The connection is gone; provider-side cleanup that failed is listed so nothing is left behind unnoticed.',
  fields: (t) => ({
    id: t.id({ resolve: (result) => result.connection.id }),
    provider: t.field({ type: ProviderEnum, resolve: (result) => result.connection.provider }),
    webhooksRemoved: t.exposeInt('webhooksRemoved'),
    unremovedWebhooks: t.exposeStringList('unremovedWebhooks', {
      description: 'Resources whose webhook could not be removed: delete those hooks on the provider.',
    }),
    grantRevoked: t.exposeBoolean('grantRevoked'),
    grantError: t.exposeString('grantError', { nullable: true, description: 'Why the grant could not be revoked.' }),
    documentsKept: t.exposeBoolean('documentsKept', {
      description: 'True when deleted with deleteDocuments: false: the documents stay readable through connection(id).',
    }),
  }),
});

builder.mutationField('deleteConnection', (t) =>
  t.field({
    type: DeleteConnectionPayload,
    description:
      "Removes the connection's webhooks, revokes its grant at the provider, and deletes it with its documents; with deleteDocuments: false the documents (and their change feed) stay, no longer updated, and the connection stays readable by id as DELETED.",
    errors: { types: [ConnectionNotFoundError], union: { name: 'DeleteConnectionResult' } },
    args: {
      id: t.arg.id({ required: true }),
      deleteDocuments: t.arg.boolean({ required: true, defaultValue: true }),
    },
    resolve: async (_root, { id, deleteDocuments }, context) => {
      const { connections } = context.services;
      return connections.delete(await connections.require(context.organizationId, id), { deleteDocuments });
    },
  }),
);
