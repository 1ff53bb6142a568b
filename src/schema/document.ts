import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import type { Document } from '../generated/prisma/client.js';
import { builder } from './builder.js';
import { ConnectionRef } from './connection.js';
import { checkPaging } from './paging.js';

export const DocumentRef = builder.objectRef<Omit<Document, 'content'> & { content?: string }>('Document').implement({
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
    content: t.string({
      resolve: async (document, _args, context) =>
        document.content ??
        (await context.gateway.prisma.document.findUniqueOrThrow({ where: { id: document.id }, select: { content: true } })).content,
    }),
  }),
});

const listFields = {
  id: true,
  connectionId: true,
  resourceId: true,
  resourceName: true,
  path: true,
  sha: true,
  size: true,
  commitSha: true,
  createdAt: true,
  updatedAt: true,
} as const;

builder.objectField(ConnectionRef, 'documents', (t) =>
  t.connection(
    {
      type: DocumentRef,
      description: 'The synced documents, in the order they were first synced.',
      args: { resourceId: t.arg.id({ required: false, description: 'Only the documents of this resource.' }) },
      resolve: (connection, args, context) => {
        checkPaging(args, 100);
        const scope = { connectionId: connection.id, ...(args.resourceId ? { resourceId: args.resourceId } : {}) };
        return resolveCursorConnection(
          { args, toCursor: (document: { id: string }) => document.id, defaultSize: 50, maxSize: 100 },
          ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) =>
            context.gateway.prisma.document.findMany({
              where: { ...scope, id: { gt: after, lt: before } },
              orderBy: { id: inverted ? 'desc' : 'asc' },
              take: limit,
              select: listFields,
            }),
        ).then((page) => ({ ...page, totalCount: () => context.gateway.prisma.document.count({ where: scope }) }));
      },
    },
    { name: 'DocumentConnection' },
    { name: 'DocumentEdge' },
  ),
);
