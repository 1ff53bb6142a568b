// What a delivery posts: one event of the log as JSON, the same for every attempt and redelivery of it.
import type { StoredEvent } from '../events/storage.js';

/** The request body: Standard Webhooks' recommended shape, the event's payload inside `data`. */
export function webhookBody(event: StoredEvent): string {
  const { eventId: _e, cursor: _c, organizationId: _o, connectionId: _k, ...payload } = event.payload as Record<string, unknown>;
  return JSON.stringify({
    type: event.type,
    timestamp: event.createdAt.toISOString(),
    data: {
      eventId: event.id,
      cursor: String(event.position),
      organizationId: event.organizationId,
      connectionId: event.connectionId,
      ...payload,
    },
  });
}
