// A connection's resource listing, fetched upstream one batch at a time and kept for a short while, so paging
// through it costs each upstream batch once. Concurrent requests for the same connection share one fetch.
import { LRUCache } from 'lru-cache';
import type { ProviderResource, ResourceBatch } from '../providers/types';

interface Listing {
  resources: ProviderResource[];
  totalCount: number | null;
  nextCursor: string | null;
  complete: boolean;
  inFlight: Promise<void> | null;
}

export interface ListingSnapshot {
  resources: readonly ProviderResource[];
  totalCount: number;
}

export type FetchBatch = (cursor: string | null) => Promise<ResourceBatch>;

export class ResourceListingCache {
  private readonly listings: LRUCache<string, Listing>;

  constructor(private readonly ttlMs: number, maxConnections = 10_000) {
    // With ttl 0 nothing outlives its request, but concurrent requests still share the fetch in progress.
    this.listings = new LRUCache<string, Listing>({ max: maxConnections, ttl: Math.max(ttlMs, 1), ttlAutopurge: false });
  }

  /**
   * Resolves once the listing holds the resources at positions [from, to) (or all there are); `fetchBatch` is
   * called only for batches not fetched yet. A range starting past the end needs nothing beyond the first batch,
   * which tells the total.
   */
  async ensure(key: string, { from, to }: { from: number; to: number }, fetchBatch: FetchBatch): Promise<ListingSnapshot> {
    let listing = this.listings.get(key);
    if (!listing) {
      listing = { resources: [], totalCount: null, nextCursor: null, complete: false, inFlight: null };
      this.listings.set(key, listing);
    }
    try {
      const covered = (total: number) => from >= total || listing.resources.length >= Math.min(to, total);
      while (!listing.complete && (listing.totalCount === null || !covered(listing.totalCount))) {
        listing.inFlight ??= this.fetchNext(listing, fetchBatch).finally(() => {
          listing.inFlight = null;
        });
        await listing.inFlight;
      }
    } catch (error) {
      // A listing that never got its first batch is worthless; the next request starts over.
      if (listing.totalCount === null) this.listings.delete(key);
      throw error;
    }
    if (this.ttlMs === 0) this.listings.delete(key);
    return { resources: listing.resources, totalCount: listing.totalCount ?? 0 };
  }

  invalidate(key: string): void {
    this.listings.delete(key);
  }

  private async fetchNext(listing: Listing, fetchBatch: FetchBatch): Promise<void> {
    const batch = await fetchBatch(listing.nextCursor);
    listing.resources.push(...batch.resources);
    listing.totalCount = batch.totalCount;
    listing.nextCursor = batch.nextCursor;
    // An empty batch also ends the walk: the provider's count may be stale, its cursors are not.
    listing.complete = batch.nextCursor === null || batch.resources.length === 0;
    if (listing.complete) listing.totalCount = listing.resources.length;
  }
}
