import { ConnectionNotFoundError, MissingRefreshTokenError, ProviderNotSupportedError } from '../../../errors.js';
import { builder } from '../../../schema/builder.js';
import type { SyncRun } from '../storage.js';
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
      const { connections, sync } = context.services;
      return { run: await sync.syncNow(await connections.require(context.organizationId, id)) };
    },
  }),
);
