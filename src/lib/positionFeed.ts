// A page of a feed read by position (the event log, a connection's document changes): the cursor is the position
// of the last row read, as a decimal string, and survives an empty page, so a reader that has caught up keeps its
// place. Positions come in commit order (src/db/feedPositions.ts), so reading after a cursor never skips a row.
import { ValidationError } from '../errors.js';

/** A cursor is the position of the last row read, as a decimal string. */
const CURSOR = /^(0|[1-9]\d{0,17})$/;

export interface FeedQuery {
  after?: string | null | undefined;
  first?: number | null | undefined;
}

export interface FeedPage<Row> {
  rows: Row[];
  /** Where the next page starts: the last row's position, or the cursor asked with when there were none. */
  endCursor: string | null;
  hasMore: boolean;
}

export interface FeedSizes {
  defaultSize: number;
  maxSize: number;
  /** How the caller spells the arguments, for error messages (REST says `limit`). */
  names: { after: string; first: string };
}

/** Checks the query, then reads one row more than asked to know whether more follow. */
export async function readFeed<Row extends { position: bigint }>(
  query: FeedQuery,
  { defaultSize, maxSize, names }: FeedSizes,
  load: (after: bigint | null, limit: number) => Promise<Row[]>,
): Promise<FeedPage<Row>> {
  const after = parseCursor(query.after ?? null, names.after);
  const limit = query.first ?? defaultSize;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxSize) {
    throw new ValidationError(names.first, `${names.first} must be a whole number from 1 to ${String(maxSize)}.`);
  }
  const found = await load(after, limit + 1);
  const rows = found.slice(0, limit);
  const last = rows.at(-1);
  return { rows, endCursor: last ? String(last.position) : (query.after ?? null), hasMore: found.length > limit };
}

function parseCursor(cursor: string | null, argument: string): bigint | null {
  if (cursor === null || cursor === '') return null;
  if (!CURSOR.test(cursor)) {
    throw new ValidationError(argument, `${argument} is not a cursor of this feed: pass an endCursor it returned.`);
  }
  return BigInt(cursor);
}
