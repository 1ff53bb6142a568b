// Connection rows and their configured resources, read in batches and kept in memory for a few seconds: the hot
// path (auth → connection → cached listing) then makes no database round trip. Writes in this process
// invalidate what they changed; other processes see changes within the TTL.
import { LRUCache } from 'lru-cache';
import type { ConfiguredResource, Connection, PrismaClient } from '../generated/prisma/client.js';
import { approximateBytes } from './approximateBytes.js';

export const ROW_CACHE_TTL_MS = 5_000;

/** Upper bound, in bytes, of each of the two row caches (documented in the README). */
export const ROW_CACHE_BYTES = 16 * 1024 * 1024;

function rowCache<Row extends object>(): LRUCache<string, Row> {
  // Bounded by bytes: a connection's metadata can be up to 64 KiB, a selection hundreds of rows.
  return new LRUCache<string, Row>({ maxSize: ROW_CACHE_BYTES, sizeCalculation: (row) => approximateBytes(row), ttl: ROW_CACHE_TTL_MS });
}

export class ConnectionStore {
  private readonly connections = rowCache<Connection>();
  private readonly configured = rowCache<ConfiguredResource[]>();

  constructor(private readonly prisma: PrismaClient) {}

  /** The organization's connections among `ids`, in one query for those not cached. */
  async findMany(organizationId: string, ids: readonly string[]): Promise<Connection[]> {
    const found: Connection[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const cached = this.connections.get(id);
      if (cached?.organizationId === organizationId) found.push(cached);
      else missing.push(id);
    }
    if (missing.length > 0) {
      const rows = await this.prisma.connection.findMany({ where: { id: { in: missing }, organizationId } });
      for (const row of rows) this.connections.set(row.id, row);
      found.push(...rows);
    }
    return found;
  }

  async get(organizationId: string, id: string): Promise<Connection | null> {
    return (await this.findMany(organizationId, [id]))[0] ?? null;
  }

  /** Configured resources per connection (in selection order), in one query for those not cached. */
  async configuredResources(connectionIds: readonly string[]): Promise<Map<string, ConfiguredResource[]>> {
    const result = new Map<string, ConfiguredResource[]>();
    const missing: string[] = [];
    for (const id of connectionIds) {
      const cached = this.configured.get(id);
      if (cached) result.set(id, cached);
      else missing.push(id);
    }
    if (missing.length > 0) {
      const rows = await this.prisma.configuredResource.findMany({
        where: { connectionId: { in: missing } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      const fetched = new Map<string, ConfiguredResource[]>(missing.map((id) => [id, []]));
      for (const row of rows) fetched.get(row.connectionId)?.push(row);
      for (const [id, resources] of fetched) {
        result.set(id, resources);
        this.configured.set(id, resources);
      }
    }
    return result;
  }

  invalidate(connectionId: string): void {
    this.connections.delete(connectionId);
    this.configured.delete(connectionId);
  }
}
