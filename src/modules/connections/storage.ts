// Connection rows: the only place that reads or writes the connections table. Rows are read in batches and kept
// in memory for a few seconds, so the hot path (auth → connection → cached listing) makes no database round trip;
// writes here invalidate what they changed, in this process at once and in the others through the event channel
// (within ROW_CACHE_TTL_MS when the channel is down).
import { LRUCache } from 'lru-cache';
import type { EventChannel } from '../../db/eventChannel.js';
import type { Tx } from '../../db/transaction.js';
import type { NewEvent } from '../events/eventTypes.js';
import type { Connection, Prisma, PrismaClient } from '../../generated/prisma/client.js';
import { ConnectionStatus } from '../../generated/prisma/enums.js';
import type { Provider, ProviderAccount } from '../../providers/types.js';
import { approximateBytes } from '../../lib/approximateBytes.js';
import type { IdPage } from '../../lib/idPage.js';

export type { Connection };

/** PENDING until the OAuth round trip completes; REAUTHORIZATION_REQUIRED when the grant stopped working. */
export const connectionStatuses = ConnectionStatus;

export const ROW_CACHE_TTL_MS = 5_000;

const CHANGED = 'connection.changed';

/** Upper bound, in bytes, of the cached rows (documented in the README). */
export const ROW_CACHE_BYTES = 16 * 1024 * 1024;

export type { IdPage };

export interface ConnectionScope {
  organizationId: string;
  provider?: Provider | undefined;
}

/** New tokens, sealed, and the account they belong to. */
export interface SealedTokens {
  accessTokenEncrypted: string;
  refreshTokenEncrypted: string | null;
  accessTokenExpiresAt: Date | null;
  refreshTokenExpiresAt: Date | null;
}

export type LockedDecision = { use: Connection } | { store: SealedTokens } | { rejected: string };

/** The event log, as this storage writes to it: events in the transaction of their change, announced after it. */
export interface ConnectionEventLog {
  append(tx: Tx, events: readonly NewEvent[]): Promise<void>;
  announce(events: readonly Pick<NewEvent, 'organizationId'>[]): Promise<void>;
}

/** What a deletion does with the connection's documents. */
export interface DeleteOptions {
  /** Keep the documents (and their change feed): the row stays, DELETED, without credentials or selection. */
  keepDocuments: boolean;
  payload: Record<string, unknown>;
}

export class ConnectionStorage {
  // Bounded by bytes: a connection's metadata can be up to 64 KiB.
  private readonly rows = new LRUCache<string, Connection>({
    maxSize: ROW_CACHE_BYTES,
    sizeCalculation: (row) => approximateBytes(row),
    ttl: ROW_CACHE_TTL_MS,
  });

  constructor(
    private readonly prisma: PrismaClient,
    private readonly events: EventChannel,
    private readonly eventLog: ConnectionEventLog,
  ) {
    events.subscribe(CHANGED, (payload) => this.rows.delete((payload as { id: string }).id));
    events.onResync(() => this.rows.clear());
  }

  /** The organization's connections among `ids`, in one query for those not cached. */
  async findMany(organizationId: string, ids: readonly string[]): Promise<Connection[]> {
    const found: Connection[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const cached = this.rows.get(id);
      if (cached?.organizationId === organizationId) found.push(cached);
      else missing.push(id);
    }
    if (missing.length > 0) {
      const rows = await this.prisma.connection.findMany({ where: { id: { in: missing }, organizationId } });
      for (const row of rows) this.rows.set(row.id, row);
      found.push(...rows);
    }
    return found;
  }

  async get(organizationId: string, id: string): Promise<Connection | null> {
    return (await this.findMany(organizationId, [id]))[0] ?? null;
  }

  /** A row whatever its organization (the OAuth callback knows the id from a signed state, not a key). */
  async byId(id: string): Promise<Connection | null> {
    return this.prisma.connection.findUnique({ where: { id } });
  }

  async page(scope: ConnectionScope, { after, before, limit, inverted }: IdPage): Promise<Connection[]> {
    return this.prisma.connection.findMany({
      where: { ...where(scope), id: { lt: after, gt: before } },
      orderBy: { id: inverted ? 'asc' : 'desc' },
      take: limit,
    });
  }

  async count(scope: ConnectionScope): Promise<number> {
    return this.prisma.connection.count({ where: where(scope) });
  }

  /** The organization's connections carrying every one of `tags` (all of them for none), newest first. */
  async withTags(organizationId: string, tags: readonly string[]): Promise<Connection[]> {
    return this.prisma.connection.findMany({
      where: { organizationId, deletedAt: null, ...(tags.length > 0 ? { containerTags: { hasEvery: [...tags] } } : {}) },
      orderBy: { id: 'desc' },
    });
  }

  async createPending(data: {
    organizationId: string;
    provider: Provider;
    redirectUrl: string;
    /** A JSON object, checked by the service. */
    metadata: Record<string, unknown>;
    containerTags: string[];
    documentLimit: number;
  }): Promise<Connection> {
    const row = await this.prisma.$transaction(async (tx) => {
      const created = await tx.connection.create({
        data: { ...data, metadata: data.metadata as Prisma.InputJsonObject, status: 'PENDING' },
      });
      await this.eventLog.append(tx, [
        event(created, 'connection.created', {
          provider: created.provider,
          containerTags: created.containerTags,
          documentLimit: created.documentLimit,
        }),
      ]);
      return created;
    });
    await this.eventLog.announce([row]);
    return row;
  }

  async setOAuthState(id: string, nonceHash: string, expiresAt: Date): Promise<Connection> {
    const row = await this.prisma.connection.update({ where: { id }, data: { oauthStateHash: nonceHash, oauthStateExpiresAt: expiresAt } });
    await this.changed(id);
    return row;
  }

  /**
   * Hands a connection that exists and is not deleted a new OAuth state (replacing any earlier one, whose link then
   * fails) and the redirectUrl its callback returns to. Null when it was deleted meanwhile.
   */
  async renewOAuthState(id: string, state: { nonceHash: string; expiresAt: Date; redirectUrl: string }): Promise<Connection | null> {
    const renewed = await this.prisma.connection.updateMany({
      where: { id, status: { not: 'DELETED' } },
      data: { oauthStateHash: state.nonceHash, oauthStateExpiresAt: state.expiresAt, redirectUrl: state.redirectUrl },
    });
    await this.changed(id);
    return renewed.count === 1 ? this.byId(id) : null;
  }

  /**
   * Spends a connection's OAuth state atomically: of two callbacks with one state, one wins. A state is issued to a
   * PENDING connection (createConnection) or to any other but a DELETED one (reauthorizeConnection); deleting a
   * connection clears it.
   */
  async spendOAuthState(id: string, provider: Provider, nonceHash: string): Promise<Connection | null> {
    const spent = await this.prisma.connection.updateMany({
      where: { id, provider, status: { not: 'DELETED' }, oauthStateHash: nonceHash, oauthStateExpiresAt: { gt: new Date() } },
      data: { oauthStateHash: null, oauthStateExpiresAt: null },
    });
    await this.changed(id);
    return spent.count === 1 ? this.byId(id) : null;
  }

  /**
   * Stores the tokens of a completed authorization, under a row lock, unless the connection is gone or DELETED by
   * now or `refuse` (seeing the locked row) names a reason not to. Records connection.recovered when the connection
   * needed reauthorization, connection.authorized otherwise (its first authorization, or a new consent).
   */
  async activate(
    id: string,
    tokens: SealedTokens,
    account: ProviderAccount,
    refuse: (row: Connection) => string | null,
  ): Promise<{ connection: Connection } | { refused: string }> {
    const outcome = await this.prisma.$transaction(async (tx): Promise<{ connection: Connection } | { refused: string }> => {
      await tx.$executeRaw`SELECT 1 FROM connections WHERE id = ${id} FOR UPDATE`;
      const before = await tx.connection.findUnique({ where: { id } });
      if (!before || before.status === 'DELETED') return { refused: 'connection_deleted' };
      const refusal = refuse(before);
      if (refusal) return { refused: refusal };
      const updated = await tx.connection.update({
        where: { id },
        data: { status: 'ACTIVE', ...tokens, accountLogin: account.login, accountId: account.id },
      });
      const type = before.status === 'REAUTHORIZATION_REQUIRED' ? 'connection.recovered' : 'connection.authorized';
      await this.eventLog.append(tx, [
        event(updated, type, { provider: updated.provider, accountLogin: updated.accountLogin, previousStatus: before.status }),
      ]);
      return { connection: updated };
    });
    if ('refused' in outcome) return outcome;
    await this.changed(id);
    await this.eventLog.announce([outcome.connection]);
    return outcome;
  }

  /** Clears credentials that no longer work and records that the user must connect again (once, with its event). */
  async requireReauthorization(id: string, reason: string): Promise<void> {
    const row = await this.prisma.$transaction(async (tx) => {
      const changed = await tx.connection.updateMany({
        where: { id, status: { notIn: ['REAUTHORIZATION_REQUIRED', 'DELETED'] } },
        data: {
          status: 'REAUTHORIZATION_REQUIRED',
          accessTokenEncrypted: null,
          refreshTokenEncrypted: null,
          accessTokenExpiresAt: null,
          refreshTokenExpiresAt: null,
        },
      });
      if (changed.count === 0) return null;
      const updated = await tx.connection.findUniqueOrThrow({ where: { id } });
      await this.eventLog.append(tx, [event(updated, 'connection.reauthorization_required', { provider: updated.provider, reason })]);
      return updated;
    });
    await this.changed(id);
    if (row) await this.eventLog.announce([row]);
  }

  /**
   * Runs `decide` on the current row under a row lock (other processes holding the same connection wait their turn),
   * storing the tokens it returns in the same transaction. Returns the row to use, or the rejection.
   */
  async withLockedRow(
    id: string,
    decide: (row: Connection) => Promise<LockedDecision>,
  ): Promise<{ connection: Connection } | { rejected: string }> {
    const outcome = await this.prisma.$transaction(
      async (tx): Promise<{ connection: Connection } | { rejected: string }> => {
        await tx.$executeRaw`SELECT 1 FROM connections WHERE id = ${id} FOR UPDATE`;
        const row = await tx.connection.findUniqueOrThrow({ where: { id } });
        const decision = await decide(row);
        if ('use' in decision) return { connection: decision.use };
        if ('rejected' in decision) return decision;
        return { connection: await tx.connection.update({ where: { id }, data: { ...decision.store, status: 'ACTIVE' } }) };
      },
      { timeout: 60_000, maxWait: 60_000 },
    );
    await this.changed(id);
    return outcome;
  }

  /** Forgets the cached row (a change made elsewhere). */
  invalidate(id: string): void {
    this.rows.delete(id);
  }

  /** After a write: this process forgets the row now, the others when the event reaches them. */
  private async changed(id: string): Promise<void> {
    this.rows.delete(id);
    await this.events.publish(CHANGED, { id });
  }

  /**
   * Deletes the connection with its connection.deleted event: with everything it has, or, keeping its documents,
   * as a DELETED row without credentials, selection or waiting runs.
   */
  async delete(connection: Connection, { keepDocuments, payload }: DeleteOptions): Promise<void> {
    const { id } = connection;
    await this.prisma.$transaction(async (tx) => {
      if (keepDocuments) {
        await tx.configuredResource.deleteMany({ where: { connectionId: id } });
        await tx.syncRun.deleteMany({ where: { connectionId: id, status: 'QUEUED' } });
        await tx.connection.update({
          where: { id },
          data: {
            status: 'DELETED',
            deletedAt: new Date(),
            accessTokenEncrypted: null,
            refreshTokenEncrypted: null,
            accessTokenExpiresAt: null,
            refreshTokenExpiresAt: null,
            oauthStateHash: null,
            oauthStateExpiresAt: null,
          },
        });
      } else {
        await tx.connection.delete({ where: { id } });
      }
      await this.eventLog.append(tx, [
        event(connection, 'connection.deleted', { provider: connection.provider, documentsKept: keepDocuments, ...payload }),
      ]);
    });
    await this.changed(id);
    await this.eventLog.announce([connection]);
  }
}

/** Lists leave out deleted connections (whose documents were kept); they stay readable by id. */
function where({ organizationId, provider }: ConnectionScope) {
  return { organizationId, deletedAt: null, ...(provider ? { provider } : {}) };
}

function event(connection: Pick<Connection, 'id' | 'organizationId'>, type: NewEvent['type'], payload: Record<string, unknown>): NewEvent {
  return { organizationId: connection.organizationId, connectionId: connection.id, type, payload };
}
