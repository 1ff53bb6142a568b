import { ConnectionNotFoundError, MissingRefreshTokenError, ProviderNotSupportedError } from '../errors.js';
import type { SyncRun } from '../generated/prisma/client.js';
import { assertUsableCredentials } from '../services/credentials.js';
import { requireConnection } from '../services/resources.js';
import { requestSync } from '../sync/requestSync.js';
import { builder } from './builder.js';
import { SyncRunRef } from './syncRun.js';

const SyncConnectionPayload = builder.objectRef<{ run: SyncRun }>('SyncConnectionPayload').implement({
  fields: (t) => ({
    run: t.field({ type: SyncRunRef, description: 'The queued run (an already queued one is joined).', resolve: (result) => result.run }),
  }),
});

builder.mutationField('syncConnection', (t) =>
  t.field({
    type: SyncConnectionPayload,
    description: 'Queues a sync of every configured resource now.',
    errors: {
      types: [ConnectionNotFoundError, ProviderNotSupportedError, MissingRefreshTokenError],
      union: { name: 'SyncConnectionResult' },
    },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      const connection = await requireConnection(context.gateway, context.organizationId, id);
      const adapter = context.gateway.providers.get(connection.provider);
      if (!adapter.documents) throw new ProviderNotSupportedError(adapter.name, 'syncDocuments');
      assertUsableCredentials(connection);
      return { run: await requestSync(context.gateway, connection.id, 'MANUAL', null) };
    },
  }),
);
