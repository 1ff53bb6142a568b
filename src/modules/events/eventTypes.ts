// The events an app can read from the log and receive as webhooks. Names are dotted (`sync.finished`), as in
// webhook bodies and REST; GraphQL spells them as an enum (SYNC_FINISHED).
export const eventTypes = [
  'connection.created',
  'connection.authorized',
  'connection.reauthorization_required',
  'connection.recovered',
  'connection.deleted',
  'selection.changed',
  'sync.started',
  'sync.finished',
  'documents.limit_reached',
  'webhook_endpoint.disabled',
] as const;

export type EventType = (typeof eventTypes)[number];

const known = new Set<string>(eventTypes);

export function isEventType(value: string): value is EventType {
  return known.has(value);
}

/** An event to record: what happened, to which organization and connection, and a small JSON payload. */
export interface NewEvent {
  organizationId: string;
  connectionId: string | null;
  type: EventType;
  payload: Record<string, unknown>;
}
