// Google Drive sync throughput for `npm run bench`: 5,000 files in a selected folder (googleFakeChild.ts) through
// the real sync engine against the Google fake in its own process: cold (listed and fetched whole), warm (the
// changes feed says nothing changed) and incremental (100 files edited: only they are read).
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config';
import { composeGateway } from '../../src/composition';
import { createSecretBox } from '../../src/crypto/secretBox';
import { openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { createLogger } from '../../src/logger';
import { createApiKey } from '../support/apiKeys';
import { createTestDatabase, type DatabaseKind } from '../support/databases';
import { recordingSyncQueue, TEST_ENCRYPTION_KEY } from '../support/gateway';
import { startFakeProcess } from './fakeProcess';
import { DRIVE_EDITS, DRIVE_FILES_PER_FOLDER, DRIVE_FOLDERS, type GoogleSeeded } from './googleFakeChild';
import { measureSyncRun, syncLine } from './syncMeasurement';

const googleScript = fileURLToPath(new URL('./googleFakeChild.ts', import.meta.url));

export async function benchDriveSync(kind: DatabaseKind): Promise<string[]> {
  const google = await startFakeProcess<GoogleSeeded>(googleScript);
  const testDb = await createTestDatabase(kind);
  const db = await openDatabase(testDb.config);
  try {
    await migrate(db);
    const config = loadConfig({
      ...testDb.env,
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      GOOGLE_API_URL: google.seeded.apiUrl,
      GOOGLE_OAUTH2_URL: google.seeded.oauthUrl,
      GOOGLE_ACCOUNTS_URL: google.seeded.oauthUrl,
      NODE_ENV: 'production',
    });
    const { worker } = await composeGateway({ db, config, logger: createLogger('warn'), syncQueue: recordingSyncQueue() });
    const secretBox = createSecretBox(Buffer.from(TEST_ENCRYPTION_KEY, 'hex'));
    const { organizationId } = await createApiKey(db.prisma, { organization: 'bench' });
    const connection = await db.prisma.connection.create({
      data: {
        organizationId,
        provider: 'GOOGLE_DRIVE',
        status: 'ACTIVE',
        accessTokenEncrypted: secretBox.seal(google.seeded.accessToken),
      },
    });
    await db.prisma.configuredResource.create({
      data: { connectionId: connection.id, providerResourceId: google.seeded.rootId, fullName: 'Bench' },
    });
    const total = DRIVE_FOLDERS * DRIVE_FILES_PER_FOLDER;
    const lines: string[] = [];
    for (const label of ['cold', 'warm', 'edits'] as const) {
      if (label === 'edits') await google.ask('edit');
      const run = await db.prisma.syncRun.create({ data: { connectionId: connection.id, trigger: 'MANUAL' } });
      const measured = await measureSyncRun(google, () => worker.run(run.id));
      const finished = measured.result;
      const documents = await db.prisma.document.count({ where: { connectionId: connection.id } });
      const expected = label === 'cold' ? total : label === 'warm' ? 0 : DRIVE_EDITS;
      const written = finished.documentsAdded + finished.documentsUpdated;
      if (finished.status !== 'SUCCEEDED' || documents !== total || written !== expected) {
        throw new Error(`Drive sync benchmark (${label}) ended ${finished.status} with ${documents} documents, ${written} written`);
      }
      // Per document of the whole selection (a warm run confirms all of them are current).
      lines.push(syncLine(`drive ${label}`, total, measured, `${written} written`));
    }
    return lines;
  } finally {
    await db.close();
    await testDb.drop();
    await google.close();
  }
}
