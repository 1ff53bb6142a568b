// The event log as the API and the other modules use it: changes append their events inside their own transaction
// (through `append`), announce them after the commit (so webhook dispatchers in every process wake at once), and
// apps read them back by cursor. Old events go after the retention period.
import type { EventChannel } from '../../db/eventChannel.js';
import type { Tx } from '../../db/transaction.js';
import { ValidationError } from '../../errors.js';
import { readFeed, type FeedQuery } from '../../lib/positionFeed.js';
import { isEventType, type EventType, type NewEvent } from './eventTypes.js';
import type { EventStorage, StoredEvent } from './storage.js';

export const MAX_EVENTS_PAGE = 500;
export const DEFAULT_EVENTS_PAGE = 100;
export const MAX_RECENT_EVENTS = 50;

const APPENDED = 'events.appended';

export interface EventPage {
  events: StoredEvent[];
  /** Where the next page starts: the last event's position, or the cursor asked with when there were none. */
  endCursor: string | null;
  hasMore: boolean;
}

export interface EventPageQuery extends FeedQuery {
  types?: readonly string[] | null | undefined;
  connectionId?: string | null | undefined;
}

export class EventLog {
  constructor(
    private readonly storage: EventStorage,
    private readonly channel: EventChannel,
    private readonly retentionDays: number,
  ) {}

  /** Within `tx`, as its last write: records the events of the change the transaction makes. */
  append(tx: Tx, events: readonly NewEvent[]): Promise<void> {
    return events.length > 0 ? this.storage.append(tx, events) : Promise.resolve();
  }

  /** Records events of a change made without a transaction of its own, then announces them. */
  async record(events: readonly NewEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.storage.appendNow(events);
    await this.announce(events);
  }

  /** After the commit: wakes whoever delivers the organizations' events, in every process. */
  async announce(events: readonly Pick<NewEvent, 'organizationId'>[]): Promise<void> {
    for (const organizationId of new Set(events.map((event) => event.organizationId))) {
      await this.channel.publish(APPENDED, { organizationId });
    }
  }

  /** Called with the organization whose log grew (an announcement can be lost; readers also poll). */
  onAppended(handler: (organizationId: string) => void): void {
    this.channel.subscribe(APPENDED, (payload) => handler((payload as { organizationId: string }).organizationId));
  }

  /** A page of the organization's events after a cursor, oldest first. */
  async page(organizationId: string, query: EventPageQuery, names = { after: 'after', first: 'first' }): Promise<EventPage> {
    const sizes = { defaultSize: DEFAULT_EVENTS_PAGE, maxSize: MAX_EVENTS_PAGE, names };
    // The types are checked after the cursor and the size (which readFeed checks first), as before.
    const { rows: events, ...page } = await readFeed(query, sizes, (after, limit) => {
      const types = parseTypes(query.types ?? null);
      return this.storage.page({ organizationId, after, limit, types, connectionId: query.connectionId ?? undefined });
    });
    return { events, ...page };
  }

  /** One of the organization's events by id, while the log keeps it. */
  get(organizationId: string, id: string): Promise<StoredEvent | null> {
    return this.storage.get(organizationId, id);
  }

  /** The connection's latest events, newest first (at most MAX_RECENT_EVENTS). */
  recent(organizationId: string, connectionId: string, limit: number): Promise<StoredEvent[]> {
    return this.storage.recent(organizationId, connectionId, Math.min(Math.max(1, limit), MAX_RECENT_EVENTS));
  }

  /** Deletes events past the retention period; returns how many. */
  prune(now = new Date()): Promise<number> {
    return this.storage.prune(new Date(now.getTime() - this.retentionDays * 86_400_000));
  }
}

function parseTypes(types: readonly string[] | null): EventType[] | undefined {
  if (!types || types.length === 0) return undefined;
  const unknown = types.filter((type) => !isEventType(type));
  if (unknown.length > 0) throw new ValidationError('types', `Unknown event types: ${unknown.join(', ')}.`);
  return types as EventType[];
}
