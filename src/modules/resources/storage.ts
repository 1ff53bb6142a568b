// Configured resources (a connection's selection, with its webhooks): the only place that reads or writes the
// configured_resources table. Selections are read in batches and kept for a few seconds, like connection rows.
import { LRUCache } from 'lru-cache';
import type { ConfiguredResource, PrismaClient } from '../../generated/prisma/client.js';
import type { Tx } from '../../db/transaction.js';
import { approximateBytes } from '../../lib/approximateBytes.js';
import type { Provider } from '../../providers/types.js';

export type { ConfiguredResource };

const SELECTION_CACHE_TTL_MS = 5_000;
/** Upper bound, in bytes, of the cached selections (documented in the README). */
export const SELECTION_CACHE_BYTES = 16 * 1024 * 1024;

/** One resource of a new selection, with the webhook registered for it now (if one was). */
export interface SelectedResource {
  providerResourceId: string;
  fullName: string;
  defaultBranch: string | null;
  webhook: { webhookId: string; secretEncrypted: string } | null;
}

/** A configured resource a webhook delivery may be for, with its connection's status. */
export type HookTarget = ConfiguredResource & { connection: { id: string; status: string } };

export class ConfiguredResourceStorage {
  private readonly selections = new LRUCache<string, ConfiguredResource[]>({
    maxSize: SELECTION_CACHE_BYTES,
    sizeCalculation: (rows) => approximateBytes(rows),
    ttl: SELECTION_CACHE_TTL_MS,
  });

  constructor(private readonly prisma: PrismaClient) {}

  /** The selections of these connections (in selection order), in one query for those not cached. */
  async forConnections(connectionIds: readonly string[]): Promise<Map<string, ConfiguredResource[]>> {
    const result = new Map<string, ConfiguredResource[]>();
    const missing: string[] = [];
    for (const id of connectionIds) {
      const cached = this.selections.get(id);
      if (cached) result.set(id, cached);
      else missing.push(id);
    }
    if (missing.length > 0) {
      const fetched = new Map<string, ConfiguredResource[]>(missing.map((id) => [id, []]));
      const rows = await this.prisma.configuredResource.findMany({
        where: { connectionId: { in: missing } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      for (const row of rows) fetched.get(row.connectionId)?.push(row);
      for (const [id, list] of fetched) {
        this.selections.set(id, list);
        result.set(id, list);
      }
    }
    return result;
  }

  /** The connection's selection as stored now (not cached), or only the resource `providerResourceId` of it. */
  async current(connectionId: string, providerResourceId?: string): Promise<ConfiguredResource[]> {
    return this.prisma.configuredResource.findMany({
      where: { connectionId, ...(providerResourceId !== undefined ? { providerResourceId } : {}) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** Replaces the connection's selection with `selected`, in `tx`; returns the rows in selection order. */
  async replaceSelection(
    tx: Tx,
    connectionId: string,
    selected: SelectedResource[],
    previous: Map<string, ConfiguredResource>,
  ): Promise<ConfiguredResource[]> {
    await tx.configuredResource.deleteMany({
      where: { connectionId, providerResourceId: { notIn: selected.map((item) => item.providerResourceId) } },
    });
    const rows: ConfiguredResource[] = [];
    for (const { providerResourceId, fullName, defaultBranch, webhook } of selected) {
      const fields = {
        fullName,
        defaultBranch,
        ...(webhook ? { webhookId: webhook.webhookId, webhookSecretEncrypted: webhook.secretEncrypted } : {}),
      };
      const existing = previous.get(providerResourceId);
      rows.push(
        existing
          ? await tx.configuredResource.update({ where: { id: existing.id }, data: fields })
          : await tx.configuredResource.create({ data: { connectionId, providerResourceId, ...fields } }),
      );
      // All connections share one hook URL, so a resource selected by several connections has one hook. When this
      // selection took it over (with a new secret), the other rows using it must verify with that secret too.
      if (webhook) {
        await tx.configuredResource.updateMany({
          where: { providerResourceId, webhookId: webhook.webhookId, connectionId: { not: connectionId } },
          data: { webhookSecretEncrypted: webhook.secretEncrypted },
        });
      }
    }
    return rows;
  }

  /** Of these hooks, the ones a connection other than theirs still relies on, as `resourceId:webhookId`. */
  async hooksStillUsed(rows: { connectionId: string; providerResourceId: string; webhookId: string }[]): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const stillUsed = await this.prisma.configuredResource.findMany({
      where: {
        connectionId: { notIn: [...new Set(rows.map((row) => row.connectionId))] },
        OR: rows.map((row) => ({ providerResourceId: row.providerResourceId, webhookId: row.webhookId })),
      },
      select: { providerResourceId: true, webhookId: true },
    });
    return new Set(stillUsed.map((row) => `${row.providerResourceId}:${row.webhookId ?? ''}`));
  }

  /**
   * Hooks other connections already hold on these resources (all connections share one hook URL per provider, so
   * a resource has at most one), with the secret they verify deliveries with.
   */
  async sharedHooks(
    provider: Provider,
    connectionId: string,
    providerResourceIds: string[],
  ): Promise<Map<string, { webhookId: string; secretEncrypted: string }>> {
    if (providerResourceIds.length === 0) return new Map();
    const rows = await this.prisma.configuredResource.findMany({
      where: {
        providerResourceId: { in: providerResourceIds },
        connectionId: { not: connectionId },
        connection: { provider },
        webhookId: { not: null },
        webhookSecretEncrypted: { not: null },
      },
      select: { providerResourceId: true, webhookId: true, webhookSecretEncrypted: true },
      orderBy: { updatedAt: 'desc' },
    });
    const hooks = new Map<string, { webhookId: string; secretEncrypted: string }>();
    for (const row of rows) {
      if (row.webhookId && row.webhookSecretEncrypted && !hooks.has(row.providerResourceId))
        hooks.set(row.providerResourceId, { webhookId: row.webhookId, secretEncrypted: row.webhookSecretEncrypted });
    }
    return hooks;
  }

  /** The configured resources a delivery from the hook `webhookId` on `providerResourceId` may be for. */
  async hookTargets(provider: Provider, providerResourceId: string, webhookId: string): Promise<HookTarget[]> {
    return this.prisma.configuredResource.findMany({
      where: { providerResourceId, webhookId, connection: { provider } },
      include: { connection: { select: { id: true, status: true } } },
    });
  }

  invalidate(connectionId: string): void {
    this.selections.delete(connectionId);
  }

  /** Forgets every cached selection (changes may have been missed). */
  clear(): void {
    this.selections.clear();
  }
}
