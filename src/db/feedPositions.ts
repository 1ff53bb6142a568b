// Positions of an ordered feed (an organization's events, a connection's document changes), handed out in commit
// order. A sequence would not do: it numbers rows when they are inserted, transactions commit out of that order, and
// a reader that has seen position 7 committed would skip a 6 that commits after it. Here a transaction takes its
// positions by updating the feed's row in feed_positions, and the row stays locked until it commits: the next writer
// of that feed waits, then continues from the committed value. So positions only ever become visible in increasing
// order, and a reader's cursor never passes one that is yet to appear. The lock is short: writers take positions as
// the last step of their transaction. Writers of several feeds take them in one order (a connection's changes, then
// its organization's events), so two transactions never wait on each other.
import type { Tx } from './transaction.js';

/** Takes `count` positions of `scope`'s feed within `tx`; returns the first (the rest follow it). */
export async function takePositions(tx: Tx, scope: string, count: number): Promise<bigint> {
  const rows = await tx.$queryRaw<{ position: bigint | number | string }[]>`
    INSERT INTO feed_positions (scope, position) VALUES (${scope}, ${count})
    ON CONFLICT (scope) DO UPDATE SET position = feed_positions.position + EXCLUDED.position
    RETURNING position`;
  const last = rows[0]?.position;
  // The statement always returns its row; a missing one is a broken database, not a case to handle.
  if (last === undefined) throw new Error(`feed_positions returned no row for ${scope}`);
  return BigInt(last) - BigInt(count) + 1n;
}

export const feedScopes = {
  events: (organizationId: string) => `events:${organizationId}`,
  documentChanges: (connectionId: string) => `changes:${connectionId}`,
};
