// The event log: the only place that reads or writes the events table. Events are appended inside the transaction
// of the change they describe (a transactional outbox), so a change is never committed without its event, nor an
// event without its change; their positions come in commit order (src/db/feedPositions.ts).
import type { Event, PrismaClient } from '../../generated/prisma/client.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { feedScopes, takePositions } from '../../db/feedPositions.js';
import type { Tx } from '../../db/transaction.js';
import type { EventType, NewEvent } from './eventTypes.js';

export type StoredEvent = Omit<Event, 'type'> & { type: EventType };

export interface EventQuery {
  organizationId: string;
  /** Only events after this position (the cursor a previous page ended at). */
  after: bigint | null;
  limit: number;
  types?: readonly EventType[] | undefined;
  connectionId?: string | undefined;
}

export class EventStorage {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Appends events within `tx`: call it as the transaction's last write (its organization's position row stays
   * locked until the commit). Events of several organizations are appended in a fixed order.
   */
  async append(tx: Tx, events: readonly NewEvent[]): Promise<void> {
    const byOrganization = new Map<string, NewEvent[]>();
    for (const event of events) {
      const list = byOrganization.get(event.organizationId) ?? [];
      list.push(event);
      byOrganization.set(event.organizationId, list);
    }
    for (const organizationId of [...byOrganization.keys()].sort()) {
      const list = byOrganization.get(organizationId) ?? [];
      const first = await takePositions(tx, feedScopes.events(organizationId), list.length);
      await tx.event.createMany({
        data: list.map((event, index) => ({
          organizationId,
          connectionId: event.connectionId,
          type: event.type,
          payload: event.payload as Prisma.InputJsonObject,
          position: first + BigInt(index),
        })),
      });
    }
  }

  /** Appends events in a transaction of their own (a change that is a single statement elsewhere). */
  async appendNow(events: readonly NewEvent[]): Promise<void> {
    await this.prisma.$transaction((tx) => this.append(tx, events));
  }

  /** The organization's events after a position, oldest first. */
  async page({ organizationId, after, limit, types, connectionId }: EventQuery): Promise<StoredEvent[]> {
    const rows = await this.prisma.event.findMany({
      where: {
        organizationId,
        ...(after !== null ? { position: { gt: after } } : {}),
        ...(types && types.length > 0 ? { type: { in: [...types] } } : {}),
        ...(connectionId !== undefined ? { connectionId } : {}),
      },
      orderBy: { position: 'asc' },
      take: limit,
    });
    return rows as StoredEvent[];
  }

  /** One of the organization's events, by id (null when there is none, or it was pruned). */
  async get(organizationId: string, id: string): Promise<StoredEvent | null> {
    return (await this.prisma.event.findFirst({ where: { organizationId, id } })) as StoredEvent | null;
  }

  /** The connection's latest events, newest first. */
  async recent(organizationId: string, connectionId: string, limit: number): Promise<StoredEvent[]> {
    const rows = await this.prisma.event.findMany({
      where: { organizationId, connectionId },
      orderBy: { position: 'desc' },
      take: limit,
    });
    return rows as StoredEvent[];
  }

  /** Deletes events older than `before`, a batch at a time; returns how many went. */
  async prune(before: Date, batch = 5_000): Promise<number> {
    let total = 0;
    for (;;) {
      const old = await this.prisma.event.findMany({ where: { createdAt: { lt: before } }, select: { id: true }, take: batch });
      if (old.length === 0) return total;
      const { count } = await this.prisma.event.deleteMany({ where: { id: { in: old.map((row) => row.id) } } });
      total += count;
    }
  }
}
