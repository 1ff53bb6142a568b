// The event log over REST: `GET /v3/events?after=&limit=&types=a,b&connectionId=`, the same feed as the `events` query.
import type { onRequestAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../http/principal.js';
import { apiRoutes } from '../../http/apiRoutes.js';
import { parseInput, text, wholeNumber } from '../../http/restInput.js';
import { DEFAULT_EVENTS_PAGE, type EventLog } from './service.js';
import type { StoredEvent } from './storage.js';

const eventsQuery = z.object({
  after: text('after').optional(),
  limit: wholeNumber('limit', DEFAULT_EVENTS_PAGE),
  types: text('types').optional(),
  connectionId: text('connectionId').optional(),
});

/** An event as REST and webhook bodies show it. */
export function eventItem(event: StoredEvent) {
  return {
    id: event.id,
    type: event.type,
    cursor: String(event.position),
    connectionId: event.connectionId,
    createdAt: event.createdAt.toISOString(),
    payload: event.payload,
  };
}

export function eventRoutes({ events, requireApiKey }: { events: EventLog; requireApiKey: onRequestAsyncHookHandler }) {
  return apiRoutes(requireApiKey, (scope) => {
    scope.get('/v3/events', async (request) => {
      const query = parseInput(eventsQuery, request.query, 'query');
      const page = await events.page(
        principalOf(request).organizationId,
        {
          after: query.after,
          first: query.limit,
          types: query.types
            ?.split(',')
            .map((type) => type.trim())
            .filter(Boolean),
          connectionId: query.connectionId,
        },
        { after: 'after', first: 'limit' },
      );
      return { events: page.events.map(eventItem), endCursor: page.endCursor, hasMore: page.hasMore };
    });
  });
}
