// The embedded database belongs to one process. A lock next to it makes a second process (another server, or
// a CLI command while the server runs) refuse with a clear message instead of corrupting the data.
import lockfile from 'proper-lockfile';

export class DatabaseInUseError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The embedded database in ${dataDir} is in use by another gateway process (is \`npm start\` running?). ` +
        'Stop that process and retry, or run both against a PostgreSQL server with DATABASE_URL.',
    );
    this.name = 'DatabaseInUseError';
  }
}

// The holder refreshes the lock every second; one untouched for 5 s belongs to a process that died (kill -9).
const STALE_MS = 5_000;

/**
 * Locks `dataDir` for this process; resolves to the release function. With `waitForStale`, a lock that may be
 * left by a killed process is waited out (a restart right after a crash succeeds); without it, a held lock is
 * refused at once (the CLI, while a server runs).
 */
export async function acquireDataDirLock(dataDir: string, { waitForStale = false } = {}): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: `${dataDir}/gateway.lock`,
      stale: STALE_MS,
      update: 1_000,
      realpath: false,
      retries: waitForStale ? { retries: STALE_MS / 500 + 2, minTimeout: 500, maxTimeout: 500 } : 0,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DatabaseInUseError(dataDir);
    throw error;
  }
}
