// A connection's resource listing, fetched upstream one batch at a time and kept for a short while, so paging
// through it costs each upstream batch once. Concurrent requests for the same connection share one fetch.
// The cache is bounded by bytes (LISTING_CACHE_BYTES): the least recently used listings make room.
import { LRUCache } from 'lru-cache';
import type { ProviderResource, ResourceBatch } from '../../providers/types.js';
import { approximateBytes } from '../../lib/approximateBytes.js';

/** Upper bound, in bytes, of the listings kept in memory (documented in the README). */
export const LISTING_CACHE_BYTES = 64 * 1024 * 1024;

interface Listing {
  resources: ProviderResource[];
  /** Roughly what `resources` holds in memory; the cache's measure of it. */
  bytes: number;
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

const LISTING_OVERHEAD_BYTES = 256;

export class ResourceListingCache {
  // Each listing in a box of its own: lru-cache measures a value again only when a different one is set.
  private readonly listings: LRUCache<string, { listing: Listing }>;

  constructor(
    private readonly ttlMs: number,
    maxBytes = LISTING_CACHE_BYTES,
  ) {
    // With ttl 0 nothing outlives its request, but concurrent requests still share the fetch in progress.
    this.listings = new LRUCache<string, { listing: Listing }>({
      maxSize: maxBytes,
      sizeCalculation: ({ listing }) => listing.bytes,
      ttl: Math.max(ttlMs, 1),
      ttlAutopurge: false,
    });
  }

  /**
   * Resolves once the listing holds the resources at positions [from, to) (or all there are); `fetchBatch` is
   * called only for batches not fetched yet. A range starting past the end needs nothing beyond the first batch,
   * which tells the total.
   */
  async ensure(key: string, { from, to }: { from: number; to: number }, fetchBatch: FetchBatch): Promise<ListingSnapshot> {
    let listing = this.listings.get(key)?.listing;
    if (!listing) {
      listing = { resources: [], bytes: LISTING_OVERHEAD_BYTES, totalCount: null, nextCursor: null, complete: false, inFlight: null };
      this.listings.set(key, { listing });
    }
    try {
      const covered = (total: number) => from >= total || listing.resources.length >= Math.min(to, total);
      while (!listing.complete && (listing.totalCount === null || !covered(listing.totalCount))) {
        listing.inFlight ??= this.fetchNext(key, listing, fetchBatch).finally(() => {
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

  private async fetchNext(key: string, listing: Listing, fetchBatch: FetchBatch): Promise<void> {
    const batch = await fetchBatch(listing.nextCursor);
    listing.resources.push(...batch.resources);
    listing.bytes += approximateBytes(batch.resources);
    // Measured again now that it grew; its time to live runs on from the first batch. A listing evicted
    // meanwhile (or too large for the cache) is not put back: this request still has it.
    if (this.listings.peek(key)?.listing === listing) this.listings.set(key, { listing }, { noUpdateTTL: true });
    listing.totalCount = batch.totalCount;
    listing.nextCursor = batch.nextCursor;
    // An empty batch also ends the walk: the provider's count may be stale, its cursors are not.
    listing.complete = batch.nextCursor === null || batch.resources.length === 0;
    if (listing.complete) listing.totalCount = listing.resources.length;
  }
}
