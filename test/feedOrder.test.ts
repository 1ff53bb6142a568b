// Why feed positions are taken in commit order (src/db/feedPositions.ts), shown on PostgreSQL with two transactions
// that overlap: with a sequence, the later-numbered one commits first and a reader's cursor passes the earlier one
// for good; with takePositions, the second writer waits for the first, and the reader sees both, in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database';
import { feedScopes, takePositions } from '../src/db/feedPositions';
import { migrate } from '../src/db/migrate';
import { EventStorage } from '../src/modules/events/storage';
import { createApiKey } from './support/apiKeys';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';

/** A promise and the function that settles it: lets a test hold a transaction open until it says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe.skipIf(!databaseKinds.includes('postgres'))('feed positions on PostgreSQL', () => {
  let testDb: TestDatabase;
  let db: Database;
  let organizationId: string;

  beforeAll(async () => {
    testDb = await createTestDatabase('postgres');
    db = await openDatabase(testDb.config);
    await migrate(db);
    ({ organizationId } = await createApiKey(db.prisma, { organization: 'acme' }));
    await db.prisma.$executeRawUnsafe('CREATE SEQUENCE naive_positions');
    await db.prisma.$executeRawUnsafe('CREATE TABLE naive_feed (position BIGINT PRIMARY KEY)');
  });

  afterAll(async () => {
    await db.close();
    await testDb.drop();
  });

  it('a sequence taken at insert lets a reader skip a row that commits late (the problem)', async () => {
    const firstTaken = gate();
    const release = gate();
    const first = db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("INSERT INTO naive_feed VALUES (nextval('naive_positions'))");
      firstTaken.open();
      await release.opened;
    });
    await firstTaken.opened;
    await db.prisma.$executeRawUnsafe("INSERT INTO naive_feed VALUES (nextval('naive_positions'))");
    const read = async (after: number) =>
      (
        await db.prisma.$queryRawUnsafe<{ position: bigint }[]>(
          'SELECT position FROM naive_feed WHERE position > $1 ORDER BY position',
          after,
        )
      ).map((row) => Number(row.position));
    const seen = await read(0);
    expect(seen).toEqual([2]);
    release.open();
    await first;
    // The reader continues after 2 and never sees 1.
    expect(await read(2)).toEqual([]);
    expect(await read(0)).toEqual([1, 2]);
  });

  it('takePositions makes the second writer wait for the first: the reader sees both, in commit order', async () => {
    const events = new EventStorage(db.prisma);
    const firstTaken = gate();
    const release = gate();
    const first = db.prisma.$transaction(async (tx) => {
      await events.append(tx, [{ organizationId, connectionId: null, type: 'sync.started', payload: { n: 1 } }]);
      firstTaken.open();
      await release.opened;
    });
    await firstTaken.opened;
    let secondCommitted = false;
    const second = events.appendNow([{ organizationId, connectionId: null, type: 'sync.started', payload: { n: 2 } }]).then(() => {
      secondCommitted = true;
    });
    const read = async (after: bigint | null) =>
      (await events.page({ organizationId, after, limit: 10 })).map((event) => [
        Number(event.position),
        (event.payload as { n: number }).n,
      ]);

    // The second writer is blocked behind the first: nothing is visible, so there is nothing to skip.
    const waiting = () =>
      db.prisma.$queryRawUnsafe<unknown[]>(
        "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      );
    await expect.poll(waiting, { timeout: 10_000 }).toHaveLength(1);
    expect(secondCommitted).toBe(false);
    expect(await read(null)).toEqual([]);
    release.open();
    await Promise.all([first, second]);
    expect(await read(null)).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('many overlapping writers: a reader following the feed sees every position once, in order', async () => {
    const scope = feedScopes.documentChanges('concurrency');
    await db.prisma.$executeRawUnsafe('CREATE TABLE ordered_feed (position BIGINT PRIMARY KEY)');
    const seen: number[] = [];
    let writing = true;
    const reader = (async () => {
      let after = 0;
      for (;;) {
        const done = !writing;
        const rows = await db.prisma.$queryRawUnsafe<{ position: bigint }[]>(
          'SELECT position FROM ordered_feed WHERE position > $1 ORDER BY position',
          after,
        );
        for (const row of rows) seen.push(Number(row.position));
        after = seen.at(-1) ?? after;
        if (done) return;
      }
    })();
    await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        db.prisma.$transaction(async (tx) => {
          const position = await takePositions(tx, scope, 1);
          await tx.$executeRawUnsafe('INSERT INTO ordered_feed VALUES ($1)', position);
          // Hold the transaction open a while after taking the position, as a busy writer would.
          await tx.$executeRawUnsafe(`SELECT pg_sleep(${String((index % 5) / 200)})`);
        }),
      ),
    );
    writing = false;
    await reader;
    expect(seen).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
  });
});
