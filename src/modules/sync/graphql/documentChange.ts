// The document change feed: `documentChanges(connectionId, after, first)`, every stored, changed and deleted
// document of a connection in commit order. A consumer that applies it from the start holds what `documents` lists.
import { ConnectionNotFoundError, ValidationError } from '../../../errors.js';
import { builder } from '../../../schema/builder.js';
import { MAX_CHANGES_PAGE, type ChangePage } from '../service.js';
import type { DocumentChange } from '../storage.js';

const DocumentChangeKindEnum = builder.enumType('DocumentChangeKind', {
  values: {
    ADDED: { value: 'ADDED', description: 'A new document.' },
    UPDATED: { value: 'UPDATED', description: 'New content for a document already stored.' },
    DELETED: { value: 'DELETED', description: 'A tombstone: the document is gone (its file was deleted or its resource deselected).' },
  } as const,
});

const DocumentChangeRef = builder.objectRef<DocumentChange>('DocumentChange').implement({
  fields: (t) => ({
    cursor: t.string({
      description: 'Its position in the feed: pass it as `after` to read what came next.',
      resolve: (change) => String(change.position),
    }),
    kind: t.field({ type: DocumentChangeKindEnum, resolve: (change) => change.kind }),
    documentId: t.exposeID('documentId', { description: 'The document (Document.id), also for a tombstone.' }),
    path: t.exposeString('path'),
    resourceId: t.exposeID('resourceId'),
    resourceName: t.exposeString('resourceName'),
    sha: t.exposeString('sha', { nullable: true, description: 'The content hash after the change; null for a deletion.' }),
    runId: t.exposeID('runId', { nullable: true, description: 'The sync run that made it; null for a deselection.' }),
    changedAt: t.expose('changedAt', { type: 'DateTime' }),
    deletedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'For a tombstone, when the document was deleted.',
      resolve: (change) => (change.kind === 'DELETED' ? change.changedAt : null),
    }),
  }),
});

const DocumentChangeFeedRef = builder.objectRef<ChangePage>('DocumentChangeFeed').implement({
  fields: (t) => ({
    changes: t.field({ type: [DocumentChangeRef], resolve: (page) => page.changes }),
    endCursor: t.exposeString('endCursor', { nullable: true, description: 'Pass as `after` for the next page; null before any change.' }),
    hasMore: t.exposeBoolean('hasMore'),
  }),
});

builder.queryField('documentChanges', (t) =>
  t.field({
    type: DocumentChangeFeedRef,
    description: `The connection's document changes after a cursor, in commit order (at most ${String(MAX_CHANGES_PAGE)} a page). The cursor never skips a change.`,
    errors: { types: [ConnectionNotFoundError, ValidationError], union: { name: 'DocumentChangesResult' } },
    args: {
      connectionId: t.arg.id({ required: true }),
      after: t.arg.string({ description: 'The endCursor to read after; from the first change when absent.' }),
      first: t.arg.int({ description: 'How many (default 100).' }),
    },
    resolve: async (_root, { connectionId, after, first }, context) => {
      const connection = await context.services.connections.require(context.organizationId, connectionId);
      return context.services.sync.changes(connection.id, { after, first });
    },
  }),
);
