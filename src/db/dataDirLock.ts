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

/** Locks `dataDir` for this process; resolves to the release function. */
export async function acquireDataDirLock(dataDir: string): Promise<() => Promise<void>> {
  try {
    // `stale` lets a new process take over the lock of one that was killed without releasing it.
    return await lockfile.lock(dataDir, {
      lockfilePath: `${dataDir}/gateway.lock`,
      stale: 5_000,
      update: 1_000,
      realpath: false,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DatabaseInUseError(dataDir);
    throw error;
  }
}
