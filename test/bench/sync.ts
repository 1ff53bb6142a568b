// Sync throughput for `npm run bench`: 100 repositories of 50 files each through the real sync engine against
// the GitHub fake (in its own process), cold (everything fetched) and warm (nothing changed: no blob fetched again).
import { createApiKey } from '../support/apiKeys';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { createLogger } from '../../src/logger';
import { composeGateway } from '../../src/composition';
import { createSecretBox } from '../../src/crypto/secretBox';
import { createTestDatabase, type DatabaseKind } from '../support/databases';
import { recordingSyncQueue, TEST_ENCRYPTION_KEY } from '../support/gateway';
import type { FakeProcess } from './fakeProcess';
import { SYNC_FILES_PER_REPOSITORY, SYNC_REPOSITORIES, type GitHubSeeded } from './githubFakeChild';
import { measureSyncRun, syncLine } from './syncMeasurement';

export async function benchSync(kind: DatabaseKind, github: FakeProcess<GitHubSeeded>): Promise<string[]> {
  const testDb = await createTestDatabase(kind);
  const db = await openDatabase(testDb.config);
  try {
    await migrate(db);
    const config = loadConfig({
      ...testDb.env,
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      GITHUB_API_URL: github.seeded.apiUrl,
      NODE_ENV: 'production',
    });
    const { worker, services } = await composeGateway({ db, config, logger: createLogger('warn'), syncQueue: recordingSyncQueue() });
    const secretBox = createSecretBox(Buffer.from(TEST_ENCRYPTION_KEY, 'hex'));
    const { organizationId } = await createApiKey(db.prisma, { organization: 'bench' });
    const connection = await db.prisma.connection.create({
      data: { organizationId, provider: 'GITHUB', status: 'ACTIVE', accessTokenEncrypted: secretBox.seal(github.seeded.syncToken) },
    });
    await db.prisma.configuredResource.createMany({
      data: github.seeded.syncRepositories.map((repo) => ({
        connectionId: connection.id,
        providerResourceId: String(repo.databaseId),
        fullName: repo.nameWithOwner,
        defaultBranch: 'main',
      })),
    });
    const total = SYNC_REPOSITORIES * SYNC_FILES_PER_REPOSITORY;
    const lines: string[] = [];
    for (const label of ['cold', 'warm']) {
      const run = await db.prisma.syncRun.create({ data: { connectionId: connection.id, trigger: 'MANUAL' } });
      const measured = await measureSyncRun(github, () => worker.run(run.id));
      const finished = measured.result;
      const documents = await db.prisma.document.count({ where: { connectionId: connection.id } });
      if (finished.status !== 'SUCCEEDED' || documents !== total) {
        throw new Error(`sync benchmark run ended ${finished.status} with ${documents} documents`);
      }
      lines.push(syncLine(`sync ${label}`, total, measured, `${finished.documentsAdded} added, ${finished.documentsUpdated} updated`));
    }
    // The change feed the cold run wrote (one ADDED change per document), read from the start a page at a time.
    const started = performance.now();
    let read = 0;
    let after: string | null = null;
    for (;;) {
      const page = await services.sync.changes(connection.id, { after, first: 1_000 });
      read += page.changes.length;
      after = page.endCursor;
      if (!page.hasMore) break;
    }
    const seconds = (performance.now() - started) / 1000;
    lines.push(
      `  ${'change feed'.padEnd(12)}   ${(read / seconds).toFixed(0).padStart(6)} changes/s     (${read} changes in pages of 1,000)`,
    );
    return lines;
  } finally {
    await db.close();
    await testDb.drop();
  }
}
