// Google Drive sync throughput for `npm run bench`: 5,000 files in a selected folder (50 sub-folders of 100 files,
// half Google Docs exported as Markdown, half text files downloaded) through the real sync engine against the
// Google fake: cold (listed and fetched whole), warm (the changes feed says nothing changed) and incremental (100
// files edited: only they are read).
import { startGoogleFake, googleMimeTypes, type GoogleFake } from '@connections-gateway/google-fake';
import { loadConfig } from '../../src/config';
import { composeGateway } from '../../src/composition';
import { createSecretBox } from '../../src/crypto/secretBox';
import { openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { createLogger } from '../../src/logger';
import { createApiKey } from '../support/apiKeys';
import { createTestDatabase, type DatabaseKind } from '../support/databases';
import { recordingSyncQueue, TEST_ENCRYPTION_KEY } from '../support/gateway';

export const DRIVE_FOLDERS = 50;
export const DRIVE_FILES_PER_FOLDER = 100;
const DRIVE_EDITS = 100;
const USER = 'bench@example.com';

interface DriveBench {
  google: GoogleFake;
  rootId: string;
  fileIds: string[];
}

async function driveWithFiles(): Promise<DriveBench> {
  const google = await startGoogleFake();
  google.addDriveUser(USER);
  const root = google.addFolder(USER, { name: 'Bench' });
  const fileIds: string[] = [];
  const body = 'Lorem ipsum dolor sit amet. '.repeat(40);
  for (let folder = 0; folder < DRIVE_FOLDERS; folder += 1) {
    const parent = google.addFolder(USER, { name: `section-${folder}`, parent: root.id });
    for (let index = 0; index < DRIVE_FILES_PER_FOLDER; index += 1) {
      const doc = index % 2 === 0;
      const file = google.addFile(USER, {
        name: doc ? `page-${index}` : `page-${index}.txt`,
        parent: parent.id,
        ...(doc ? { mimeType: googleMimeTypes.document, text: `# Page ${index}\n\n${body}` } : { text: body }),
      });
      fileIds.push(file.id);
    }
  }
  return { google, rootId: root.id, fileIds };
}

export async function benchDriveSync(kind: DatabaseKind): Promise<string[]> {
  const { google, rootId, fileIds } = await driveWithFiles();
  const testDb = await createTestDatabase(kind);
  const db = await openDatabase(testDb.config);
  try {
    await migrate(db);
    const config = loadConfig({
      ...testDb.env,
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      GOOGLE_API_URL: google.apiUrl,
      GOOGLE_OAUTH2_URL: google.oauthUrl,
      GOOGLE_ACCOUNTS_URL: google.oauthUrl,
      NODE_ENV: 'production',
    });
    const { worker } = await composeGateway({ db, config, logger: createLogger('warn'), syncQueue: recordingSyncQueue() });
    const secretBox = createSecretBox(Buffer.from(TEST_ENCRYPTION_KEY, 'hex'));
    const { organizationId } = await createApiKey(db.prisma, { organization: 'bench' });
    const { accessToken } = google.issueToken(USER);
    const connection = await db.prisma.connection.create({
      data: { organizationId, provider: 'GOOGLE_DRIVE', status: 'ACTIVE', accessTokenEncrypted: secretBox.seal(accessToken) },
    });
    await db.prisma.configuredResource.create({ data: { connectionId: connection.id, providerResourceId: rootId, fullName: 'Bench' } });
    const total = DRIVE_FOLDERS * DRIVE_FILES_PER_FOLDER;
    const lines: string[] = [];
    for (const label of ['cold', 'warm', 'edits'] as const) {
      if (label === 'edits') {
        for (const id of fileIds.slice(0, DRIVE_EDITS)) google.updateFile(id, { text: `# Edited ${id}` });
      }
      const run = await db.prisma.syncRun.create({ data: { connectionId: connection.id, trigger: 'MANUAL' } });
      google.resetCounters();
      const cpu = process.cpuUsage();
      const started = performance.now();
      const finished = await worker.run(run.id);
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      const documents = await db.prisma.document.count({ where: { connectionId: connection.id } });
      const expected = label === 'cold' ? total : label === 'warm' ? 0 : DRIVE_EDITS;
      const written = finished.documentsAdded + finished.documentsUpdated;
      if (finished.status !== 'SUCCEEDED' || documents !== total || written !== expected) {
        throw new Error(`Drive sync benchmark (${label}) ended ${finished.status} with ${documents} documents, ${written} written`);
      }
      const upstream = google.count(() => true);
      // Documents per second over the whole selection (a warm run confirms all of them are current).
      lines.push(
        `  drive ${label.padEnd(5)}  ${(total / seconds).toFixed(0).padStart(6)} documents/s   ${seconds.toFixed(2)} s for ${total} documents (${written} written)   upstream ${upstream} requests${written > 0 ? ` (${(upstream / written).toFixed(3)} per document written)` : ''}   process CPU ${(cpuMs / total).toFixed(3)} ms/document (fake included)`,
      );
    }
    return lines;
  } finally {
    await db.close();
    await testDb.drop();
    await google.close();
  }
}
