// Ids for rows inserted in bulk: version 7 UUIDs that sort in the order they were made, as document ids must.
import { describe, expect, it } from 'vitest';
import { uuidv7 } from './uuidv7.js';

describe('uuidv7', () => {
  it('makes version 7 UUIDs carrying the time', () => {
    const id = uuidv7(Date.UTC(2026, 10, 30));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace('-', '').slice(0, 12), 16)).toBeGreaterThanOrEqual(Date.UTC(2026, 10, 30));
  });

  it('only ever increases, many in one millisecond and when the clock steps back', () => {
    const now = Date.now() + 60_000;
    const ids = [...Array.from({ length: 10_000 }, () => uuidv7(now)), uuidv7(now - 5_000), uuidv7(now + 1)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
