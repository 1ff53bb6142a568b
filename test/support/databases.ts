// The databases every suite runs against: the embedded PGlite always, and a PostgreSQL server when
// TEST_DATABASE_URL is set. Each suite gets its own database (a temp directory, or a freshly created database
// on the server) and removes it afterwards.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/config';

export type DatabaseKind = DatabaseConfig['kind'];

export interface TestDatabase {
  config: DatabaseConfig;
  /** Environment variables that point a gateway process (server or CLI) at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export const databaseKinds: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['embedded', 'postgres'] : ['embedded'];

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  return kind === 'embedded' ? createEmbedded() : createPostgres();
}

async function createEmbedded(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'cgw-test-'));
  return {
    config: { kind: 'embedded', dataDir },
    env: { DATA_DIR: dataDir },
    drop: () => rm(dataDir, { recursive: true, force: true }),
  };
}

async function createPostgres(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `cgw_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    env: { DATABASE_URL: url.toString() },
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  // A server that drops packets should fail the run, not hang it.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
