import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/database';
import { migrate, MigrationError, pendingMigrations, readMigrations } from '../src/db/migrate';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { appOver, testConfig } from './support/gateway';

describe.each(databaseKinds)('migrations (%s)', (kind) => {
  let testDb: TestDatabase;
  let db: Database;

  beforeEach(async () => {
    testDb = await createTestDatabase(kind);
    db = await openDatabase(testDb.config);
  });
  afterEach(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it('applies every migration once, records it the way Prisma does, and is idempotent', async () => {
    const shipped = (await readMigrations()).map((migration) => migration.name);
    expect(await pendingMigrations(db)).toEqual(shipped);
    expect(await migrate(db)).toEqual(shipped);
    expect(await migrate(db)).toEqual([]);
    expect(await pendingMigrations(db)).toEqual([]);
    const rows = await db.withSession((session) =>
      session.query<{ migration_name: string; checksum: string }>('SELECT migration_name, checksum FROM _prisma_migrations'),
    );
    expect(rows.map((row) => row.migration_name)).toEqual(shipped);
    expect(rows[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports not ready on /readyz until migrations are applied', async () => {
    const { app } = await appOver(db, testConfig(testDb));
    const before = await app.fetch('http://gateway.test/readyz');
    expect(before.status).toBe(503);
    expect(await before.json()).toMatchObject({ status: 'migrations pending' });
    await migrate(db);
    const after = await app.fetch('http://gateway.test/readyz');
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ status: 'ready' });
    await app.close();
  });

  it('refuses to run when an applied migration was edited afterwards', async () => {
    await migrate(db);
    await db.withSession((session) => session.exec(`UPDATE _prisma_migrations SET checksum = repeat('0', 64)`));
    await expect(migrate(db)).rejects.toThrow(MigrationError);
    await expect(migrate(db)).rejects.toThrow(/was changed after it was applied/);
  });
});

describe.runIf(databaseKinds.includes('postgres'))('concurrent migrations on one PostgreSQL', () => {
  it('lets several instances migrate at once without conflict or duplicate work', async () => {
    const testDb = await createTestDatabase('postgres');
    const instances = await Promise.all([1, 2, 3].map(() => openDatabase(testDb.config)));
    try {
      const results = await Promise.all(instances.map((instance) => migrate(instance)));
      const shipped = (await readMigrations()).map((migration) => migration.name);
      // Exactly one instance applied each migration; the others found nothing to do.
      expect(results.flat().sort()).toEqual([...shipped].sort());
      const rows = await instances[0]!.withSession((session) =>
        session.query<{ count: string }>('SELECT count(*)::text AS count FROM _prisma_migrations'),
      );
      expect(rows[0]?.count).toBe(String(shipped.length));
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
      await testDb.drop();
    }
  });
});
