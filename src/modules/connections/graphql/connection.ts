// The Connection type, and the queries that read connections: `connection(id)` and `connections(…)`.
import { ConnectionNotFoundError } from '../../../errors.js';
import { builder } from '../../../schema/builder.js';
import { pageById } from '../../../schema/paging.js';
import { ProviderCapabilitiesRef, ProviderEnum } from '../../../schema/provider.js';
import { connectionStatuses, type Connection } from '../storage.js';

const MAX_PAGE_SIZE = 100;

export const ConnectionStatusEnum = builder.enumType(connectionStatuses, {
  name: 'ConnectionStatus',
  description:
    'PENDING until the OAuth round trip completes; REAUTHORIZATION_REQUIRED when the grant stopped working; DELETED when deleted with its documents kept (readable by id, left out of lists).',
});

// Loaded through a per-request DataLoader: N connections by id in one operation cost one SQL query, and always
// within the caller's organization, so another tenant's id looks exactly like one that does not exist.
export const ConnectionRef = builder.loadableObject('Connection', {
  description: "An OAuth link from one of your app's users to a provider account.",
  load: (ids: string[], context) => context.services.connections.findMany(context.organizationId, ids),
  toKey: (connection: Connection) => connection.id,
  sort: true,
  cacheResolved: true,
  fields: (t) => ({
    id: t.exposeID('id'),
    provider: t.field({ type: ProviderEnum, resolve: (connection) => connection.provider }),
    status: t.field({ type: ConnectionStatusEnum, resolve: (connection) => connection.status }),
    accountLogin: t.exposeString('accountLogin', {
      nullable: true,
      description: 'The provider account the user connected (its login or handle); null until connected.',
    }),
    capabilities: t.field({
      type: ProviderCapabilitiesRef,
      resolve: (connection, _args, context) => context.services.providers.get(connection.provider),
    }),
    metadata: t.field({
      type: 'JSON',
      description: 'Your own data, stored with the connection when it was created.',
      resolve: (connection) => connection.metadata,
    }),
    documentLimit: t.exposeInt('documentLimit', {
      description: 'A sync stops adding documents past this many (updates and deletions still apply); documents.limit_reached says when.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true, description: 'When it was deleted with its documents kept.' }),
  }),
});

builder.queryField('connection', (t) =>
  t.field({
    type: ConnectionRef,
    errors: { types: [ConnectionNotFoundError], union: { name: 'ConnectionResult' } },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      const connection = await ConnectionRef.getDataloader(context).load(id);
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- Pothos types load() as a Connection, but with `sort: true` an id the organization does not have resolves to null.
      if (!connection) throw new ConnectionNotFoundError(id);
      return connection;
    },
  }),
);

// A plain connection type (not a result union) so `{ connections { totalCount } }` reads naturally; a page
// size out of range is an argument error, reported like GraphQL's own validation errors.
builder.queryField('connections', (t) =>
  t.connection(
    {
      type: ConnectionRef,
      description: `Your organization's connections, newest first, at most ${MAX_PAGE_SIZE} a page.`,
      args: { provider: t.arg({ type: ProviderEnum, required: false }) },
      resolve: (_root, args, context) => {
        const scope = { organizationId: context.organizationId, provider: args.provider ?? undefined };
        const { connections } = context.services;
        return pageById(
          args,
          { defaultSize: 20, maxSize: MAX_PAGE_SIZE },
          (page) => connections.page(scope, page),
          () => connections.count(scope),
        );
      },
    },
    { name: 'ConnectionConnection' },
    { name: 'ConnectionEdge' },
  ),
);
