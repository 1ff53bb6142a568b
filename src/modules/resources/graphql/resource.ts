// The Resource type and Connection.resources: what a connection can reach, page by page.
import { ValidationError } from '../../../errors.js';
import type { ProviderResource } from '../../../providers/types.js';
import { builder } from '../../../schema/builder.js';
import { providerCallErrors } from '../../../schema/error.js';
import { ConnectionRef } from '../../connections/graphql/connection.js';
import type { ResourcePage } from '../service.js';

export const ResourceRef = builder.objectRef<ProviderResource & { configured: boolean }>('Resource').implement({
  description: 'Something a connection can reach and sync, such as a repository, a folder or a page.',
  fields: (t) => ({
    id: t.exposeID('id', { description: "The provider's stable id for it." }),
    name: t.exposeString('name'),
    fullName: t.exposeString('fullName'),
    description: t.exposeString('description', { nullable: true }),
    private: t.exposeBoolean('private'),
    defaultBranch: t.string({
      nullable: true,
      description: 'The branch (or other line of versions) synced when the selection names none; null when the resource has none yet.',
      resolve: (resource) => resource.defaultRef,
    }),
    kind: t.exposeString('kind', { description: "Which of the provider's resource kinds it is (ProviderCapabilities.resourceKinds)." }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    parentId: t.string({
      nullable: true,
      description: 'The resource it sits in (a Drive file’s folder; `root` at the top); null for providers whose resources do not nest.',
      resolve: (resource) => resource.parentId ?? null,
    }),
    mimeType: t.string({
      nullable: true,
      description: 'Its media type, where the provider has one (a Drive folder is `application/vnd.google-apps.folder`).',
      resolve: (resource) => resource.mimeType ?? null,
    }),
    url: t.string({ nullable: true, description: 'Where a person opens it at the provider.', resolve: (resource) => resource.url ?? null }),
    size: t.float({
      nullable: true,
      description: 'Its size in bytes, where the provider reports one (not for folders, labels or Google Docs).',
      resolve: (resource) => resource.size ?? null,
    }),
    configured: t.exposeBoolean('configured', { description: 'Whether it is in the connection’s synced selection.' }),
  }),
});

export const ResourcePageRef = builder.objectRef<ResourcePage>('ResourcePage').implement({
  description: 'One page of what a connection can reach, in a stable order.',
  fields: (t) => ({
    nodes: t.field({ type: [ResourceRef], resolve: (page) => page.nodes }),
    totalCount: t.exposeInt('totalCount'),
    page: t.exposeInt('page'),
    perPage: t.exposeInt('perPage'),
    hasNextPage: t.exposeBoolean('hasNextPage'),
  }),
});

builder.objectField(ConnectionRef, 'resources', (t) =>
  t.field({
    type: ResourcePageRef,
    description: 'What this connection can reach with its credentials, page by page, in a stable order.',
    errors: { types: [ValidationError, ...providerCallErrors], union: { name: 'ConnectionResourcesResult' } },
    args: {
      // Nullable so that an explicit null reaches the resolver and gets the typed ValidationError.
      page: t.arg.int({ defaultValue: 1, description: 'From 1.' }),
      perPage: t.arg.int({ defaultValue: 30, description: 'From 1 to 100.' }),
      search: t.arg.string({
        description: 'Only resources whose fullName contains this text, ignoring case; paging and totalCount then count the matches.',
      }),
      parentId: t.arg.string({
        description:
          'Only the resources directly inside this one (a folder’s files and folders), `root` for the top level; for providers whose resource kinds contain others (ResourceKind.contains). Absent: every resource, however deep.',
      }),
    },
    resolve: (connection, { page, perPage, search, parentId }, context) =>
      context.services.resources.list(connection, { page: page ?? null, perPage: perPage ?? null, search, parentId }),
  }),
);
