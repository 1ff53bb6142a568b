// The Document type and Connection.documents.
import { builder } from '../../../schema/builder.js';
import { pageById } from '../../../schema/paging.js';
import { ConnectionRef } from '../../connections/graphql/connection.js';
import type { DocumentSummary } from '../storage.js';

export const DocumentRef = builder.objectRef<DocumentSummary>('Document').implement({
  description: 'A synced text file of a configured resource.',
  fields: (t) => ({
    id: t.exposeID('id'),
    path: t.exposeString('path'),
    resourceId: t.exposeID('resourceId', { description: "The provider's id of the resource it belongs to." }),
    resourceName: t.exposeString('resourceName'),
    size: t.exposeInt('size', { description: 'Bytes.' }),
    sha: t.exposeString('sha', { description: "The provider's content hash." }),
    commitSha: t.exposeString('commitSha', { description: 'The commit it was last read at.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    // Loaded only when asked for: listings stay small.
    content: t.string({ resolve: (document, _args, context) => context.services.sync.content(document.id) }),
  }),
});

builder.objectField(ConnectionRef, 'documents', (t) =>
  t.connection(
    {
      type: DocumentRef,
      description: 'The synced documents, in the order they were first synced.',
      args: { resourceId: t.arg.id({ required: false, description: 'Only the documents of this resource.' }) },
      resolve: (connection, args, context) => {
        const scope = { connectionId: connection.id, resourceId: args.resourceId ?? undefined };
        const { sync } = context.services;
        return pageById(
          args,
          { defaultSize: 50, maxSize: 100 },
          (page) => sync.documents(scope, page),
          () => sync.documentCount(scope),
        );
      },
    },
    { name: 'DocumentConnection' },
    { name: 'DocumentEdge' },
  ),
);
