// A connection's push subscription: one per connection while it has a selection (Drive's changes channel, Gmail's
// watch), made when the first resource is selected, ended when the last one goes or the connection is deleted,
// and renewed before the provider lets it expire. Notifications are checked against its token before anything is
// queued. Changes to one connection's subscription run under the same per-connection lock as its selection.
import { randomBytes } from 'node:crypto';
import type { SecretBox } from '../../crypto/secretBox.js';
import type { KeyedLock } from '../../db/keyedLock.js';
import type { Tx } from '../../db/transaction.js';
import type { Logger } from '../../logger.js';
import type { ProviderRegistry } from '../../providers/registry.js';
import type { ProviderAdapter, PushSubscriber, PushSubscription } from '../../providers/types.js';
import type { CredentialsManager } from '../connections/credentials.js';
import type { Connection } from '../connections/storage.js';
import type { NewSubscription, PushSubscriptionStorage, StoredSubscription } from './storage.js';

/** Renewed once past half its life, and at the latest a day before it ends. */
const RENEW_AHEAD_MS = 24 * 60 * 60 * 1000;
/** At most this many are renewed per maintenance pass (the next pass takes the rest). */
const RENEWALS_PER_PASS = 50;

/** What a selection change does to the subscription: made now (stored with the selection), or ended after it. */
export interface SubscriptionChange {
  create: NewSubscription | null;
  end: StoredSubscription | null;
  /** Whether the connection has a subscription once the change commits. */
  active: boolean;
}

/** The connections a verified notification is for. */
export interface PushTarget {
  connectionId: string;
  connectionActive: boolean;
  token: string;
}

export interface PushSubscriptionOptions {
  storage: PushSubscriptionStorage;
  providers: ProviderRegistry;
  credentials: CredentialsManager;
  connections: { byId(id: string): Promise<Connection | null> };
  secretBox: SecretBox;
  /** The per-connection lock selection changes hold. */
  locks: KeyedLock;
  publicUrl: string;
  logger: Logger;
}

export class PushSubscriptions {
  constructor(private readonly options: PushSubscriptionOptions) {}

  /**
   * Called under the connection's lock before a new selection commits: subscribes when the selection is the
   * first, or marks the subscription to end when it is empty. `create` must be stored in the selection's
   * transaction (store), and undone (undo) if that transaction fails.
   */
  async prepare(connection: Connection, adapter: ProviderAdapter, selected: number): Promise<SubscriptionChange> {
    const subscriber = adapter.push?.subscriber;
    if (!subscriber) return { create: null, end: null, active: false };
    const existing = await this.options.storage.of(connection.id);
    if (selected === 0) return { create: null, end: existing, active: false };
    if (existing) return { create: null, end: null, active: true };
    return { create: await this.subscribe(connection, adapter, subscriber), end: null, active: true };
  }

  async store(tx: Tx, change: SubscriptionChange, connectionId: string): Promise<void> {
    if (change.create) await this.options.storage.save(tx, change.create);
    if (change.end) await this.options.storage.remove(tx, connectionId);
  }

  /** After the selection's transaction failed: the subscription made for it goes. */
  async undo(connection: Connection, adapter: ProviderAdapter, change: SubscriptionChange): Promise<void> {
    if (change.create) await this.endAtProvider(connection, adapter, change.create);
  }

  /** After the selection committed: ends at the provider what it no longer needs. */
  async finish(connection: Connection, adapter: ProviderAdapter, change: SubscriptionChange): Promise<void> {
    if (change.end) await this.endAtProvider(connection, adapter, change.end);
  }

  /** Before the connection is deleted (under its lock): its subscription ends. Returns whether one was ended. */
  async endFor(connection: Connection, adapter: ProviderAdapter): Promise<boolean> {
    const existing = await this.options.storage.of(connection.id);
    if (!existing) return false;
    await this.options.storage.remove(null, connection.id);
    return this.endAtProvider(connection, adapter, existing);
  }

  /** The connections a notification naming `subscriptionId` may be for, with the tokens to check it against. */
  async targets(provider: string, subscriptionId: string): Promise<PushTarget[]> {
    const rows = await this.options.storage.forNotification(provider, subscriptionId);
    return rows.map((row) => ({
      connectionId: row.connectionId,
      connectionActive: row.connection.status === 'ACTIVE',
      token: this.options.secretBox.open(row.tokenSealed),
    }));
  }

  /**
   * Renews the subscriptions due (past half their life, or within a day of the end): a new one is made and stored,
   * then the old one ended. Runs with the scheduled maintenance; each renewal under the connection's lock.
   */
  async renewDue(now = new Date()): Promise<number> {
    const candidates = await this.options.storage.expiringBefore(new Date(now.getTime() + RENEW_AHEAD_MS * 7), RENEWALS_PER_PASS);
    let renewed = 0;
    for (const candidate of candidates.filter((row) => isDue(row, now))) {
      try {
        if (await this.options.locks.run(candidate.connectionId, () => this.renew(candidate, now))) renewed += 1;
      } catch (error) {
        // Tried again at the next pass; the old subscription keeps working until it ends.
        this.options.logger.warn({ err: error, connectionId: candidate.connectionId }, 'could not renew a push subscription');
      }
    }
    return renewed;
  }

  private async renew(candidate: StoredSubscription, now: Date): Promise<boolean> {
    const { storage, providers } = this.options;
    const current = await storage.of(candidate.connectionId);
    // Renewed or ended by another process meanwhile.
    const unchanged = current?.subscriptionId === candidate.subscriptionId && current.handle === candidate.handle;
    if (!current || !unchanged || !isDue(current, now)) return false;
    const connection = await this.options.connections.byId(current.connectionId);
    if (connection?.status !== 'ACTIVE') return false;
    const adapter = providers.get(connection.provider);
    const subscriber = adapter.push?.subscriber;
    if (!subscriber) return false;
    const next = await this.subscribe(connection, adapter, subscriber);
    if (!(await storage.replace(current, next))) {
      await this.endAtProvider(connection, adapter, next);
      return false;
    }
    // A provider that renews in place (Gmail's watch names the mailbox) keeps the same subscription: nothing to end.
    if (next.subscriptionId !== current.subscriptionId || next.handle !== current.handle)
      await this.endAtProvider(connection, adapter, current);
    this.options.logger.info({ connectionId: connection.id, expiresAt: next.expiresAt }, 'renewed a push subscription');
    return true;
  }

  private async subscribe(connection: Connection, adapter: ProviderAdapter, subscriber: PushSubscriber): Promise<NewSubscription> {
    const token = randomBytes(32).toString('hex');
    const url = `${this.options.publicUrl}/webhooks/${adapter.slug}`;
    const made: PushSubscription = await this.options.credentials.withCredentials(connection, (credentials) =>
      subscriber.subscribe(credentials, { url, token }),
    );
    return {
      connectionId: connection.id,
      provider: adapter.id,
      subscriptionId: made.subscriptionId,
      handle: made.handle,
      tokenSealed: this.options.secretBox.seal(token),
      expiresAt: made.expiresAt,
    };
  }

  /**
   * Ends a subscription at the provider, unless another connection relies on the same one (two connections to one
   * Gmail mailbox share its watch). Failures are logged: the provider stops sending when it expires anyway.
   */
  private async endAtProvider(
    connection: Connection,
    adapter: ProviderAdapter,
    subscription: Pick<StoredSubscription, 'subscriptionId' | 'handle'>,
  ): Promise<boolean> {
    const subscriber = adapter.push?.subscriber;
    if (!subscriber) return false;
    if (await this.options.storage.sharedWithOthers(adapter.id, subscription.subscriptionId, connection.id)) return true;
    try {
      await this.options.credentials.withCredentials(connection, (credentials) => subscriber.unsubscribe(credentials, subscription));
      return true;
    } catch (error) {
      this.options.logger.warn({ err: error, connectionId: connection.id }, 'could not end a push subscription at the provider');
      return false;
    }
  }
}

function isDue(subscription: StoredSubscription, now: Date): boolean {
  const lifetime = subscription.expiresAt.getTime() - subscription.createdAt.getTime();
  const ahead = Math.min(RENEW_AHEAD_MS, Math.max(0, lifetime / 2));
  return now.getTime() >= subscription.expiresAt.getTime() - ahead;
}
