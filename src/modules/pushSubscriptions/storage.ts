// Connections' push subscriptions (a Drive channel, a Gmail watch): the only place that reads or writes the
// push_subscriptions table.
import type { PrismaClient, PushSubscription as StoredSubscription } from '../../generated/prisma/client.js';
import type { Tx } from '../../db/transaction.js';

export type { StoredSubscription };

/** A subscription with its connection's state, as a notification's lookup finds it. */
export type SubscriptionTarget = StoredSubscription & { connection: { status: string } };

export interface NewSubscription {
  connectionId: string;
  provider: string;
  subscriptionId: string;
  handle: string;
  tokenSealed: string;
  expiresAt: Date;
}

export class PushSubscriptionStorage {
  constructor(private readonly prisma: PrismaClient) {}

  of(connectionId: string): Promise<StoredSubscription | null> {
    return this.prisma.pushSubscription.findUnique({ where: { connectionId } });
  }

  /** Stores (or replaces) the connection's subscription, in `tx` when given. */
  async save(tx: Tx | null, subscription: NewSubscription): Promise<void> {
    const { connectionId, ...fields } = subscription;
    await (tx ?? this.prisma).pushSubscription.upsert({ where: { connectionId }, create: subscription, update: fields });
  }

  /**
   * Replaces the subscription `previous` (by its subscription id) with `next`; false when it changed meanwhile
   * (another process renewed or ended it), in which case nothing is written.
   */
  async replace(previous: StoredSubscription, next: NewSubscription): Promise<boolean> {
    const { connectionId, ...fields } = next;
    const replaced = await this.prisma.pushSubscription.updateMany({
      where: { connectionId, subscriptionId: previous.subscriptionId, handle: previous.handle },
      // Its life starts again: renewal is timed from here.
      data: { ...fields, createdAt: new Date() },
    });
    return replaced.count === 1;
  }

  async remove(tx: Tx | null, connectionId: string): Promise<void> {
    await (tx ?? this.prisma).pushSubscription.deleteMany({ where: { connectionId } });
  }

  /** The subscriptions a notification naming `subscriptionId` may be for (a Gmail mailbox may be several connections'). */
  forNotification(provider: string, subscriptionId: string): Promise<SubscriptionTarget[]> {
    return this.prisma.pushSubscription.findMany({
      where: { provider, subscriptionId },
      include: { connection: { select: { status: true } } },
    });
  }

  /** Whether a connection other than `connectionId` relies on the provider's subscription `subscriptionId`. */
  async sharedWithOthers(provider: string, subscriptionId: string, connectionId: string): Promise<boolean> {
    const others = await this.prisma.pushSubscription.count({ where: { provider, subscriptionId, connectionId: { not: connectionId } } });
    return others > 0;
  }

  /** Subscriptions ending before `before`, soonest first. */
  expiringBefore(before: Date, limit: number): Promise<StoredSubscription[]> {
    return this.prisma.pushSubscription.findMany({ where: { expiresAt: { lt: before } }, orderBy: { expiresAt: 'asc' }, take: limit });
  }
}
