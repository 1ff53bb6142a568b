// The paging every Relay connection goes through: sizes and cursors checked before any query (BAD_USER_INPUT),
// one extra row asked for to know whether another page follows, `last` read as the list reversed, and the
// total counted only when asked.
import { describe, expect, it } from 'vitest';
import type { IdPage } from '../lib/idPage.js';
import { InvalidArgumentError } from './invalidArgument.js';
import { checkPaging, pageById, type RelayArgs } from './paging.js';

const ID = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const rows = Array.from({ length: 10 }, (_, index) => ({ id: ID(index + 1) }));

/** A list of ten rows, read the way storage reads it; the pages asked for are kept. */
function source() {
  const asked: IdPage[] = [];
  let counted = 0;
  const load = (page: IdPage) => {
    asked.push(page);
    const { after, before, inverted } = page;
    // In the order read: `after` comes before a row, `before` after it.
    const comesBefore = (a: string, b: string) => (inverted ? a > b : a < b);
    const list = (inverted ? [...rows].reverse() : rows).filter(
      (row) => (after === undefined || comesBefore(after, row.id)) && (before === undefined || comesBefore(row.id, before)),
    );
    return Promise.resolve(list.slice(0, page.limit));
  };
  const count = () => {
    counted += 1;
    return Promise.resolve(rows.length);
  };
  return { asked, load, count, counted: () => counted };
}

function rejection(args: RelayArgs, maxSize = 50): { argument: unknown; message: string; code: unknown } {
  try {
    checkPaging(args, maxSize);
  } catch (error) {
    if (!(error instanceof InvalidArgumentError)) throw error;
    return { argument: error.extensions.argument, message: error.message, code: error.extensions.code };
  }
  throw new Error('Expected an InvalidArgumentError.');
}

describe('checkPaging', () => {
  it('takes sizes from 1 to the maximum, cursors that are row ids, and nothing at all', () => {
    for (const args of [{}, { first: 1 }, { first: 50 }, { last: 7 }, { first: null, last: null, after: null, before: null }]) {
      expect(() => checkPaging(args, 50)).not.toThrow();
    }
    expect(() => checkPaging({ after: ID(3), before: ID(3).toUpperCase() }, 50)).not.toThrow();
  });

  it('refuses a size out of range, naming the argument and the range', () => {
    for (const [args, argument] of [
      [{ first: 0 }, 'first'],
      [{ first: 51 }, 'first'],
      [{ first: -1 }, 'first'],
      [{ last: 0 }, 'last'],
      [{ last: 1000 }, 'last'],
    ] as const) {
      expect(rejection(args)).toEqual({ argument, message: `${argument} must be between 1 and 50.`, code: 'BAD_USER_INPUT' });
    }
  });

  it('refuses a cursor this list never handed out', () => {
    for (const cursor of ['', 'abc', `${ID(1)}x`, ID(1).replaceAll('-', ''), 'YXJyYXljb25uZWN0aW9uOjA=']) {
      expect(rejection({ after: cursor })).toEqual({
        argument: 'after',
        message: 'after is not a cursor of this list: pass an endCursor or startCursor it returned.',
        code: 'BAD_USER_INPUT',
      });
      expect(rejection({ before: cursor }).argument).toBe('before');
    }
  });
});

describe('pageById', () => {
  const sizes = { defaultSize: 4, maxSize: 5 };
  const ids = (page: { edges: readonly { node: { id: string } }[] }) => page.edges.map((edge) => edge.node.id);

  it('reads the first page with one row more than it shows, to know a next page exists', async () => {
    const { asked, load, count, counted } = source();
    const page = await pageById({ first: 3 }, sizes, load, count);
    expect(asked).toEqual([{ after: undefined, before: undefined, limit: 4, inverted: false }]);
    expect(ids(page)).toEqual([ID(1), ID(2), ID(3)]);
    expect(page.pageInfo).toEqual(
      expect.objectContaining({ hasNextPage: true, hasPreviousPage: false, startCursor: ID(1), endCursor: ID(3) }),
    );
    // The total is counted only when the client asks for it.
    expect(counted()).toBe(0);
    expect(await page.totalCount()).toBe(10);
  });

  it('pages on from a cursor, and ends', async () => {
    const { load, count } = source();
    const next = await pageById({ first: 5, after: ID(7) }, sizes, load, count);
    expect(ids(next)).toEqual([ID(8), ID(9), ID(10)]);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('reads `last` as the list reversed, returning the rows in list order', async () => {
    const { asked, load, count } = source();
    const page = await pageById({ last: 2 }, sizes, load, count);
    expect(asked).toEqual([{ after: undefined, before: undefined, limit: 3, inverted: true }]);
    expect(ids(page)).toEqual([ID(9), ID(10)]);
    expect(page.pageInfo.hasPreviousPage).toBe(true);
  });

  it('uses the default size when none is given', async () => {
    const { load, count } = source();
    expect(ids(await pageById({}, sizes, load, count))).toHaveLength(sizes.defaultSize);
  });

  it('checks its arguments before reading anything', async () => {
    const { asked, load, count } = source();
    await expect(pageById({ first: 6 }, sizes, load, count)).rejects.toThrow('first must be between 1 and 5.');
    await expect(pageById({ after: 'nope' }, sizes, load, count)).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(asked).toEqual([]);
  });
});
