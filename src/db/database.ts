// Opens the gateway's database: the embedded PGlite on disk (no DATABASE_URL) or a PostgreSQL server.
// Both are reached through a Prisma driver adapter, so the rest of the code sees one PrismaClient.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Logger } from '../logger.js';
import { acquireDataDirLock } from './dataDirLock.js';
import { localEventChannel, postgresEventChannel, type EventChannel } from './eventChannel.js';

/** A raw SQL session outside Prisma: multi-statement scripts (migrations) and session-level locks. */
export interface SqlSession {
  exec(script: string): Promise<void>;
  query<Row>(text: string, params?: unknown[]): Promise<Row[]>;
}

/** How pg-boss reaches the same database: its own pool for a server, or an executor over the embedded one. */
export type JobStore = { connectionString: string } | { db: { executeSql(text: string, values?: unknown[]): Promise<unknown> } };

export interface Database {
  kind: DatabaseConfig['kind'];
  prisma: PrismaClient;
  jobStore: JobStore;
  /** Runs `work` on one dedicated connection, so session state (locks, transactions) stays with it. */
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** The channel every process on this database hears (made on first use, closed with the database). */
  events(logger: Logger): EventChannel;
  close(): Promise<void>;
}

/** One channel per database, made on first use. */
function channelOnce(make: (logger: Logger) => EventChannel): { get: (logger: Logger) => EventChannel; close: () => Promise<void> } {
  let channel: EventChannel | undefined;
  return {
    get: (logger) => (channel ??= make(logger)),
    close: async () => {
      await channel?.close();
    },
  };
}

type DriverAdapter = NonNullable<NonNullable<ConstructorParameters<typeof PrismaClient>[0]>['adapter']>;

export interface OpenDatabaseOptions {
  /** Called once per SQL statement Prisma sends; used by tests to count round trips. */
  onQuery?: (sql: string) => void;
  /** Embedded only: wait out a lock a killed process may have left, instead of refusing at once. */
  waitForStaleLock?: boolean;
}

export async function openDatabase(config: DatabaseConfig, options: OpenDatabaseOptions = {}): Promise<Database> {
  return config.kind === 'embedded' ? openEmbedded(config.dataDir, options) : openPostgres(config.url, options);
}

/**
 * PostgreSQL's defaults size its buffers for a server: in the embedded database they sit in this process's memory.
 * 16 MB of shared buffers halves the idle footprint (about 310 MB → 165 MB for PGlite alone) and still holds the
 * gateway's working set; the operating system's page cache keeps the rest of the data files warm.
 */
const EMBEDDED_SETTINGS = ['shared_buffers = 16MB', 'work_mem = 4MB', 'maintenance_work_mem = 16MB', 'wal_buffers = 1MB'];

async function openEmbedded(dataDir: string, options: OpenDatabaseOptions): Promise<Database> {
  await fs.mkdir(dataDir, { recursive: true });
  // PGlite is single-process: a second process opening the same directory would corrupt it.
  const releaseLock = await acquireDataDirLock(dataDir, { waitForStale: options.waitForStaleLock ?? false });
  // Loaded only here: a gateway on PostgreSQL never holds the embedded database's code (about 10 MB of memory).
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([import('@electric-sql/pglite'), import('pglite-prisma-adapter')]);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(path.join(dataDir, 'pgdata'), { postgresqlconf: EMBEDDED_SETTINGS });
  } catch (error) {
    await releaseLock();
    throw error;
  }
  // pglite-prisma-adapter 0.6 declares its types against driver-adapter-utils 6.10, but at run time it speaks the
  // 6.19 argument format (object argTypes), so the cast only bridges the stale declarations.
  const prisma = createPrisma(new PrismaPGlite(pglite) as unknown as DriverAdapter, options);
  // PGlite has a single connection; its own mutex serializes callers.
  const session: SqlSession = {
    exec: async (script) => {
      await pglite.exec(script);
    },
    query: async <Row>(text: string, params?: unknown[]) => (await pglite.query<Row>(text, params)).rows,
  };
  const channel = channelOnce(localEventChannel);
  return {
    kind: 'embedded',
    prisma,
    events: channel.get,
    jobStore: {
      db: {
        // Parameterized statements go through the extended protocol; pg-boss's parameterless scripts
        // (BEGIN; …; COMMIT;) need the simple one. After close, late calls from a stopping worker are dropped.
        executeSql: async (text, values) => {
          if (pglite.closed) return { rows: [] };
          if (values && values.length > 0) return pglite.query(text, values);
          const results = await pglite.exec(text);
          return results.at(-1) ?? { rows: [] };
        },
      },
    },
    withSession: (work) => work(session),
    close: async () => {
      await channel.close();
      await prisma.$disconnect();
      await pglite.close();
      await releaseLock();
    },
  };
}

function openPostgres(url: string, options: OpenDatabaseOptions): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Sessions (held locks) get a pool of their own: a task holding a lock still queries through Prisma's pool, so
  // sharing one pool could leave every client holding a lock while their tasks wait for a client.
  const sessions = new pg.Pool({ connectionString: url, max: 10 });
  for (const each of [pool, sessions]) {
    each.on('error', () => {
      // An idle client losing its server must not crash the process; the next query reports the failure.
    });
  }
  const prisma = createPrisma(new PrismaPg(pool), options);
  const channel = channelOnce((logger) => postgresEventChannel(url, logger));
  return {
    kind: 'postgres',
    prisma,
    events: channel.get,
    jobStore: { connectionString: url },
    withSession: async (work) => {
      const client = await sessions.connect();
      let failed = false;
      try {
        return await work({
          exec: async (script) => {
            await client.query(script);
          },
          query: async <Row>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as Row[],
        });
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        // After a failure the session's state (a lock, a setting) is unknown: close it rather than pool it.
        client.release(failed);
      }
    },
    close: async () => {
      await channel.close();
      await prisma.$disconnect();
      await Promise.all([pool.end(), sessions.end()]);
    },
  };
}

function createPrisma(adapter: DriverAdapter, options: OpenDatabaseOptions): PrismaClient {
  if (!options.onQuery) return new PrismaClient({ adapter });
  const onQuery = options.onQuery;
  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  prisma.$on('query', (event) => onQuery(event.query));
  return prisma;
}
