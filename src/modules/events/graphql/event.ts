// The Event type and the `events` query: the organization's event log, read and replayed by cursor.
import { ValidationError } from '../../../errors.js';
import { builder } from '../../../schema/builder.js';
import { ConnectionRef } from '../../connections/graphql/connection.js';
import { MAX_EVENTS_PAGE, MAX_RECENT_EVENTS, type EventPage } from '../service.js';
import type { StoredEvent } from '../storage.js';
import { EventTypeEnum } from './eventType.js';

export const EventRef = builder.objectRef<StoredEvent>('Event').implement({
  description: 'A change an app cares about, recorded in the transaction that made it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable: the webhook-id header of its deliveries.' }),
    type: t.field({ type: EventTypeEnum, resolve: (event) => event.type }),
    cursor: t.string({
      description: 'Its position in the log: pass it as `after` to read what came next.',
      resolve: (event) => String(event.position),
    }),
    connectionId: t.exposeID('connectionId', { nullable: true }),
    payload: t.field({ type: 'JSON', resolve: (event) => event.payload }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

// A feed rather than a Relay connection: its end cursor is there on an empty page too, so a reader that has
// caught up keeps its place and asks again later.
const EventFeedRef = builder.objectRef<EventPage>('EventFeed').implement({
  fields: (t) => ({
    events: t.field({ type: [EventRef], resolve: (page) => page.events }),
    endCursor: t.exposeString('endCursor', { nullable: true, description: 'Pass as `after` for the next page; null before any event.' }),
    hasMore: t.exposeBoolean('hasMore', { description: 'More events follow now (ask again with endCursor).' }),
  }),
});

builder.queryField('events', (t) =>
  t.field({
    type: EventFeedRef,
    description: `Your organization's events after a cursor, oldest first (at most ${String(MAX_EVENTS_PAGE)} a page), kept for EVENT_RETENTION_DAYS.`,
    errors: { types: [ValidationError], union: { name: 'EventsResult' } },
    args: {
      after: t.arg.string({ description: 'The endCursor (or an event cursor) to read after; from the oldest kept event when absent.' }),
      first: t.arg.int({ description: 'How many (default 100).' }),
      types: t.arg({ type: [EventTypeEnum], description: 'Only these types.' }),
      connectionId: t.arg.id({ description: "Only this connection's events." }),
    },
    resolve: (_root, args, context) => context.services.events.page(context.organizationId, args),
  }),
);

builder.objectField(ConnectionRef, 'recentEvents', (t) =>
  t.field({
    type: [EventRef],
    description: `The connection's latest events, newest first (at most ${String(MAX_RECENT_EVENTS)}); \`events\` replays them all.`,
    args: { first: t.arg.int({ required: true, defaultValue: 10 }) },
    resolve: (connection, { first }, context) => context.services.events.recent(context.organizationId, connection.id, first),
  }),
);
