// Mutual exclusion per key across every gateway process on one database: a PostgreSQL session-level advisory
// lock, held on a dedicated connection for the task's duration. A process that dies drops its connection and
// with it the lock, so nothing stays locked. Within one process a queue per key comes first, so waiters of this
// process never hold more than one database session per key. The embedded database runs the same statements.
import type { Database } from './database.js';
import { KeyedMutex } from '../lib/keyedMutex.js';

export interface KeyedLock {
  /** Runs `task` while no other process or caller holds `key`; rejects with `onTimeout()` after waiting too long. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

export interface AdvisoryLockOptions {
  /** Separates this lock's keys from other advisory locks (the first half of the two-int key). */
  namespace: number;
  /** How long to wait for another holder before giving up. */
  waitMs: number;
  /** The error to reject with when the wait runs out. */
  onTimeout: (key: string) => Error;
}

// PostgreSQL's lock_not_available: lock_timeout ran out.
const LOCK_NOT_AVAILABLE = '55P03';

export function advisoryLock(db: Pick<Database, 'withSession'>, options: AdvisoryLockOptions): KeyedLock {
  const local = new KeyedMutex();
  return {
    run: (key, task) =>
      local.run(key, () =>
        db.withSession(async (session) => {
          // lock_timeout bounds the wait; set per session because the session goes back to a pool afterwards.
          await session.query(`SELECT set_config('lock_timeout', $1, false)`, [`${String(options.waitMs)}ms`]);
          try {
            await session.query('SELECT pg_advisory_lock($1, hashtext($2))', [options.namespace, key]);
          } catch (error) {
            if ((error as { code?: string }).code === LOCK_NOT_AVAILABLE) throw options.onTimeout(key);
            throw error;
          } finally {
            await session.query(`SELECT set_config('lock_timeout', '0', false)`);
          }
          try {
            return await task();
          } finally {
            await session.query('SELECT pg_advisory_unlock($1, hashtext($2))', [options.namespace, key]);
          }
        }),
      ),
  };
}
