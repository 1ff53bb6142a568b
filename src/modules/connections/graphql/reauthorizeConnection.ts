import {
  ConnectionDeletedError,
  ConnectionNotFoundError,
  ProviderNotConfiguredError,
  ProviderNotSupportedError,
  ValidationError,
} from '../../../errors.js';
import { builder } from '../../../schema/builder.js';
import { authLinkPayload } from './createConnection.js';

const ReauthorizeConnectionPayload = authLinkPayload(
  'ReauthorizeConnectionPayload',
  'The connection (its status unchanged until the callback) and the link that connects it again.',
);

builder.mutationField('reauthorizeConnection', (t) =>
  t.field({
    type: ReauthorizeConnectionPayload,
    description:
      'Connects a connection again, in place: the link to send the user to. The callback stores the new tokens on the same connection (same id, selection, webhooks and documents) and marks it ACTIVE; the account must be the one it was connected with. For any status but DELETED (REAUTHORIZATION_REQUIRED, ACTIVE to consent again, PENDING to finish connecting); an earlier link of the connection stops working.',
    errors: {
      types: [ConnectionNotFoundError, ConnectionDeletedError, ValidationError, ProviderNotConfiguredError, ProviderNotSupportedError],
      union: { name: 'ReauthorizeConnectionResult' },
    },
    args: {
      id: t.arg.id({ required: true }),
      redirectUrl: t.arg.string({
        description: 'Where the user returns after authorizing (http or https); omitted, where connecting returned them.',
      }),
    },
    resolve: (_root, { id, redirectUrl }, context) => context.services.connections.reauthorize(context.organizationId, id, { redirectUrl }),
  }),
);
