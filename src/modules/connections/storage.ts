// Connection rows: the only place that reads or writes the connections table. Rows are read in batches and kept
// in memory for a few seconds, so the hot path (auth → connection → cached listing) makes no database round trip;
// writes here invalidate what they changed, in this process at once and in the others through the event channel
// (within ROW_CACHE_TTL_MS when the channel is down).
import { LRUCache } from 'lru-cache';
import type { EventChannel } from '../../db/eventChannel.js';
import type { Connection, Prisma, PrismaClient } from '../../generated/prisma/client.js';
import { ConnectionStatus } from '../../generated/prisma/enums.js';
import type { Provider } from '../../providers/types.js';
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
      where: { organizationId, ...(tags.length > 0 ? { containerTags: { hasEvery: [...tags] } } : {}) },
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
  }): Promise<Connection> {
    return this.prisma.connection.create({ data: { ...data, metadata: data.metadata as Prisma.InputJsonObject, status: 'PENDING' } });
  }

  async setOAuthState(id: string, nonceHash: string, expiresAt: Date): Promise<Connection> {
    const row = await this.prisma.connection.update({ where: { id }, data: { oauthStateHash: nonceHash, oauthStateExpiresAt: expiresAt } });
    await this.changed(id);
    return row;
  }

  /** Spends a pending connection's OAuth state atomically: of two callbacks with one state, one wins. */
  async spendOAuthState(id: string, provider: Provider, nonceHash: string): Promise<Connection | null> {
    const spent = await this.prisma.connection.updateMany({
      where: { id, provider, status: 'PENDING', oauthStateHash: nonceHash, oauthStateExpiresAt: { gt: new Date() } },
      data: { oauthStateHash: null, oauthStateExpiresAt: null },
    });
    await this.changed(id);
    return spent.count === 1 ? this.byId(id) : null;
  }

  async activate(id: string, tokens: SealedTokens, account: { login: string | null; id: string | null }): Promise<Connection> {
    const row = await this.prisma.connection.update({
      where: { id },
      data: { status: 'ACTIVE', ...tokens, accountLogin: account.login, accountId: account.id },
    });
    await this.changed(id);
    return row;
  }

  /** Clears credentials that no longer work and records that the user must connect again. */
  async requireReauthorization(id: string): Promise<void> {
    await this.prisma.connection.update({
      where: { id },
      data: {
        status: 'REAUTHORIZATION_REQUIRED',
        accessTokenEncrypted: null,
        refreshTokenEncrypted: null,
        accessTokenExpiresAt: null,
        refreshTokenExpiresAt: null,
      },
    });
    await this.changed(id);
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

  async delete(id: string): Promise<void> {
    await this.prisma.connection.delete({ where: { id } });
    await this.changed(id);
  }
}

function where({ organizationId, provider }: ConnectionScope) {
  return { organizationId, ...(provider ? { provider } : {}) };
}
