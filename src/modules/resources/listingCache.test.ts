// The resource-listing cache with a fake upstream: each batch is fetched once while the listing lives, only as
// far as a page needs; listings are kept per key (one per connection) for their time to live, within a bound in
// bytes that the least recently used make room under, and a listing larger than the bound is never kept.
import { describe, expect, it } from 'vitest';
import { approximateBytes } from '../../lib/approximateBytes.js';
import type { ProviderResource, ResourceBatch } from '../../providers/types.js';
import { listingKey } from './service.js';
import { ResourceListingCache, type FetchBatch } from './listingCache.js';

const HOUR = 3_600_000;

function resource(index: number): ProviderResource {
  return {
    id: String(index),
    kind: 'repository',
    name: `repo-${index}`,
    fullName: `acme/repo-${index}`,
    description: null,
    private: false,
    defaultRef: 'main',
    updatedAt: new Date(0),
  };
}

/** An upstream of `total` resources in batches of `size`, cursors being offsets; it records the cursors asked for. */
function upstream(total: number, size: number) {
  const cursors: (string | null)[] = [];
  const fetchBatch: FetchBatch = (cursor) => {
    cursors.push(cursor);
    const from = Number(cursor ?? 0);
    const to = Math.min(from + size, total);
    const batch: ResourceBatch = {
      resources: Array.from({ length: to - from }, (_, offset) => resource(from + offset)),
      totalCount: total,
      nextCursor: to < total ? String(to) : null,
    };
    return Promise.resolve(batch);
  };
  return { fetchBatch, cursors };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const ids = (resources: readonly ProviderResource[]) => resources.map((each) => Number(each.id));

describe('ResourceListingCache', () => {
  it('fetches only the batches a range needs, and each batch once', async () => {
    const cache = new ResourceListingCache(HOUR);
    const { fetchBatch, cursors } = upstream(25, 10);

    const first = await cache.ensure('k', { from: 0, to: 5 }, fetchBatch);
    expect(first.totalCount).toBe(25);
    expect(ids(first.resources)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(cursors).toEqual([null]);

    await cache.ensure('k', { from: 5, to: 10 }, fetchBatch);
    expect(cursors).toEqual([null]);

    const third = await cache.ensure('k', { from: 10, to: 20 }, fetchBatch);
    expect(ids(third.resources.slice(10, 20))).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(cursors).toEqual([null, '10']);

    const all = await cache.ensure('k', { from: 0, to: Number.POSITIVE_INFINITY }, fetchBatch);
    expect(ids(all.resources)).toEqual(Array.from({ length: 25 }, (_, index) => index));
    expect(cursors).toEqual([null, '10', '20']);
  });

  it('needs only the first batch for a range past the end, which tells the total', async () => {
    const cache = new ResourceListingCache(HOUR);
    const { fetchBatch, cursors } = upstream(25, 10);
    expect((await cache.ensure('k', { from: 100, to: 110 }, fetchBatch)).totalCount).toBe(25);
    expect(cursors).toEqual([null]);
  });

  it('keeps one listing per key: connections do not share, or see, each other’s', async () => {
    const cache = new ResourceListingCache(HOUR);
    const small = upstream(3, 10);
    const large = upstream(30, 10);
    const a = listingKey({ organizationId: 'org-1', id: 'conn-a' });
    const b = listingKey({ organizationId: 'org-1', id: 'conn-b' });
    expect(a).not.toBe(b);
    expect(listingKey({ organizationId: 'org-2', id: 'conn-a' })).not.toBe(a);

    expect((await cache.ensure(a, { from: 0, to: 10 }, small.fetchBatch)).totalCount).toBe(3);
    expect((await cache.ensure(b, { from: 0, to: 10 }, large.fetchBatch)).totalCount).toBe(30);
    expect((await cache.ensure(a, { from: 0, to: 10 }, large.fetchBatch)).totalCount).toBe(3);
    expect([small.cursors, large.cursors]).toEqual([[null], [null]]);
  });

  it('lets concurrent requests share the fetch in progress', async () => {
    const cache = new ResourceListingCache(HOUR);
    const { fetchBatch, cursors } = upstream(25, 10);
    const [one, two] = await Promise.all([
      cache.ensure('k', { from: 0, to: 25 }, fetchBatch),
      cache.ensure('k', { from: 0, to: 25 }, fetchBatch),
    ]);
    expect(one.resources).toHaveLength(25);
    expect(two.resources).toHaveLength(25);
    expect(cursors).toEqual([null, '10', '20']);
  });

  it('forgets a listing once its time to live has passed, counted from its first batch', async () => {
    const cache = new ResourceListingCache(100);
    const { fetchBatch, cursors } = upstream(20, 10);
    await cache.ensure('k', { from: 0, to: 5 }, fetchBatch);
    await cache.ensure('k', { from: 0, to: 5 }, fetchBatch);
    expect(cursors).toEqual([null]);
    await sleep(60);
    // A later batch does not make the listing young again.
    await cache.ensure('k', { from: 10, to: 20 }, fetchBatch);
    expect(cursors).toEqual([null, '10']);
    await sleep(60);
    await cache.ensure('k', { from: 0, to: 5 }, fetchBatch);
    expect(cursors).toEqual([null, '10', null]);
  });

  it('with a time to live of 0 keeps nothing past a request, yet concurrent requests still share a fetch', async () => {
    const cache = new ResourceListingCache(0);
    const { fetchBatch, cursors } = upstream(5, 10);
    await Promise.all([cache.ensure('k', { from: 0, to: 5 }, fetchBatch), cache.ensure('k', { from: 0, to: 5 }, fetchBatch)]);
    expect(cursors).toEqual([null]);
    await cache.ensure('k', { from: 0, to: 5 }, fetchBatch);
    expect(cursors).toEqual([null, null]);
  });

  it('evicts the least recently used listings to stay within its bound in bytes', async () => {
    // Room for two listings of 10 resources, not three.
    const oneListing = 256 + approximateBytes(Array.from({ length: 10 }, (_, index) => resource(index)));
    const cache = new ResourceListingCache(HOUR, Math.floor(oneListing * 2.5));
    const sources = { a: upstream(10, 10), b: upstream(10, 10), c: upstream(10, 10) };
    const ensure = (key: keyof typeof sources) => cache.ensure(key, { from: 0, to: 10 }, sources[key].fetchBatch);

    await ensure('a');
    await ensure('b');
    await ensure('a'); // a is now the most recently used
    await ensure('c'); // makes room: b goes
    await ensure('a');
    await ensure('c');
    expect([sources.a.cursors, sources.c.cursors]).toEqual([[null], [null]]);
    await ensure('b');
    expect(sources.b.cursors).toEqual([null, null]);
  });

  it('measures a listing as it grows, so a listing grown past the bound is dropped', async () => {
    const firstBatch = 256 + approximateBytes(Array.from({ length: 10 }, (_, index) => resource(index)));
    const cache = new ResourceListingCache(HOUR, Math.floor(firstBatch * 1.5));
    const { fetchBatch, cursors } = upstream(20, 10);

    await cache.ensure('k', { from: 0, to: 10 }, fetchBatch);
    await cache.ensure('k', { from: 0, to: 10 }, fetchBatch);
    expect(cursors).toEqual([null]);
    // The second batch makes it larger than the whole cache: this request still gets it all, nobody keeps it.
    expect((await cache.ensure('k', { from: 0, to: 20 }, fetchBatch)).resources).toHaveLength(20);
    await cache.ensure('k', { from: 0, to: 10 }, fetchBatch);
    expect(cursors).toEqual([null, '10', null]);
  });

  it('does not keep a listing larger than the whole bound, yet answers the request that fetched it', async () => {
    const cache = new ResourceListingCache(HOUR, 1024);
    const { fetchBatch, cursors } = upstream(50, 50);
    const snapshot = await cache.ensure('k', { from: 0, to: 50 }, fetchBatch);
    expect(snapshot.resources).toHaveLength(50);
    await cache.ensure('k', { from: 0, to: 50 }, fetchBatch);
    expect(cursors).toEqual([null, null]);
  });

  it('starts over after a failed first batch, and keeps what it had after a failed later one', async () => {
    const cache = new ResourceListingCache(HOUR);
    const { fetchBatch, cursors } = upstream(20, 10);
    let failNext = true;
    const flaky: FetchBatch = (cursor) => {
      if (failNext) {
        failNext = false;
        return Promise.reject(new Error(`upstream down at ${cursor ?? 'start'}`));
      }
      return fetchBatch(cursor);
    };

    await expect(cache.ensure('k', { from: 0, to: 10 }, flaky)).rejects.toThrow('upstream down at start');
    await cache.ensure('k', { from: 0, to: 10 }, flaky);
    expect(cursors).toEqual([null]);

    failNext = true;
    await expect(cache.ensure('k', { from: 10, to: 20 }, flaky)).rejects.toThrow('upstream down at 10');
    expect((await cache.ensure('k', { from: 10, to: 20 }, flaky)).resources).toHaveLength(20);
    expect(cursors).toEqual([null, '10']);
  });

  it('ends the walk at an empty batch, taking what it has as the total', async () => {
    const cache = new ResourceListingCache(HOUR);
    const cursors: (string | null)[] = [];
    const stale: FetchBatch = (cursor) => {
      cursors.push(cursor);
      const first = cursor === null;
      return Promise.resolve({ resources: first ? [resource(0), resource(1)] : [], totalCount: 5, nextCursor: first ? 'next' : 'again' });
    };
    const snapshot = await cache.ensure('k', { from: 0, to: 5 }, stale);
    expect(snapshot.totalCount).toBe(2);
    expect(cursors).toEqual([null, 'next']);
  });

  it('fetches afresh after invalidate', async () => {
    const cache = new ResourceListingCache(HOUR);
    const { fetchBatch, cursors } = upstream(5, 10);
    await cache.ensure('k', { from: 0, to: 5 }, fetchBatch);
    cache.invalidate('k');
    cache.invalidate('never-cached');
    await cache.ensure('k', { from: 0, to: 5 }, fetchBatch);
    expect(cursors).toEqual([null, null]);
  });
});
