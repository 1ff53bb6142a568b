// Sync throughput for `npm run bench`: 100 repositories of 50 files each through the real sync engine against
// the GitHub fake, cold (everything fetched) and warm (nothing changed: no blob fetched again).
import { createApiKey } from '../support/apiKeys';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { createLogger } from '../../src/logger';
import { composeGateway } from '../../src/composition';
import { createSecretBox } from '../../src/crypto/secretBox';
import type { GitHubFake } from '@connections-gateway/github-fake';
import { createTestDatabase, type DatabaseKind } from '../support/databases';
import { recordingSyncQueue, TEST_ENCRYPTION_KEY } from '../support/gateway';

export const SYNC_REPOSITORIES = 100;
export const SYNC_FILES_PER_REPOSITORY = 50;

export function addSyncRepositories(github: GitHubFake, owner: string): void {
  const files = Object.fromEntries(
    Array.from({ length: SYNC_FILES_PER_REPOSITORY }, (_, index) => [
      `docs/section-${index % 5}/page-${index}.md`,
      `# Page ${index}\n\n${'Lorem ipsum dolor sit amet. '.repeat(40)}`,
    ]),
  );
  github.addRepositories(
    owner,
    Array.from({ length: SYNC_REPOSITORIES }, (_, index) => ({ name: `sync-${index}`, files })),
  );
}

export async function benchSync(kind: DatabaseKind, github: GitHubFake, owner: string, accessToken: string): Promise<string[]> {
  const testDb = await createTestDatabase(kind);
  const db = await openDatabase(testDb.config);
  try {
    await migrate(db);
    const config = loadConfig({
      ...testDb.env,
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      GITHUB_API_URL: github.apiUrl,
      NODE_ENV: 'production',
    });
    const { worker, services } = await composeGateway({ db, config, logger: createLogger('warn'), syncQueue: recordingSyncQueue() });
    const secretBox = createSecretBox(Buffer.from(TEST_ENCRYPTION_KEY, 'hex'));
    const { organizationId } = await createApiKey(db.prisma, { organization: 'bench' });
    const connection = await db.prisma.connection.create({
      data: { organizationId, provider: 'GITHUB', status: 'ACTIVE', accessTokenEncrypted: secretBox.seal(accessToken) },
    });
    await db.prisma.configuredResource.createMany({
      data: github.repositoriesOf(owner).map((repo) => ({
        connectionId: connection.id,
        providerResourceId: String(repo.databaseId),
        fullName: repo.nameWithOwner,
        defaultBranch: 'main',
      })),
    });
    const lines: string[] = [];
    for (const label of ['cold', 'warm']) {
      const run = await db.prisma.syncRun.create({ data: { connectionId: connection.id, trigger: 'MANUAL' } });
      github.resetCounters();
      const started = performance.now();
      const finished = await worker.run(run.id);
      const seconds = (performance.now() - started) / 1000;
      const documents = await db.prisma.document.count({ where: { connectionId: connection.id } });
      if (finished.status !== 'SUCCEEDED' || documents !== SYNC_REPOSITORIES * SYNC_FILES_PER_REPOSITORY) {
        throw new Error(`sync benchmark run ended ${finished.status} with ${documents} documents`);
      }
      lines.push(
        `  sync ${label.padEnd(4)}  ${(documents / seconds).toFixed(0).padStart(6)} documents/s   ${seconds.toFixed(2)} s for ${documents} documents   upstream ${(github.count('graphql') / documents).toFixed(3)} requests/document (${finished.documentsAdded} added, ${finished.documentsUpdated} updated)`,
      );
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
    lines.push(`  change feed read  ${(read / seconds).toFixed(0).padStart(6)} changes/s   ${read} changes in pages of 1,000`);
    return lines;
  } finally {
    await db.close();
    await testDb.drop();
  }
}
