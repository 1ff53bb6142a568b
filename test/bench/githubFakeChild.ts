// The GitHub fake for the bench, run by fakeProcess.ts in a child process: 100 repositories to list (user
// `bench`) and 100 repositories of 50 Markdown files to sync (user `syncer`).
import { pathToFileURL } from 'node:url';
import { startGitHubFake } from '@connections-gateway/github-fake';
import { answer, cpuUsageHandler } from './ipc';

export const SYNC_REPOSITORIES = 100;
export const SYNC_FILES_PER_REPOSITORY = 50;

export interface GitHubSeeded {
  apiUrl: string;
  /** Token of `bench`, whose 100 repositories the resources comparison lists. */
  resourcesToken: string;
  /** Token of `syncer`, and the repositories the sync bench selects. */
  syncToken: string;
  syncRepositories: { databaseId: number; nameWithOwner: string }[];
}

async function seed() {
  const github = await startGitHubFake();
  github.addUser({ login: 'bench' });
  github.addRepositories('bench', 100);
  github.addUser({ login: 'syncer' });
  const files = Object.fromEntries(
    Array.from({ length: SYNC_FILES_PER_REPOSITORY }, (_, index) => [
      `docs/section-${index % 5}/page-${index}.md`,
      `# Page ${index}\n\n${'Lorem ipsum dolor sit amet. '.repeat(40)}`,
    ]),
  );
  github.addRepositories(
    'syncer',
    Array.from({ length: SYNC_REPOSITORIES }, (_, index) => ({ name: `sync-${index}`, files })),
  );
  const seeded: GitHubSeeded = {
    apiUrl: github.apiUrl,
    resourcesToken: github.issueToken('bench').accessToken,
    syncToken: github.issueToken('syncer').accessToken,
    syncRepositories: github.repositoriesOf('syncer').map(({ databaseId, nameWithOwner }) => ({ databaseId, nameWithOwner })),
  };
  return { github, seeded };
}

// Only when run as the child: sync.ts imports the constants above.
if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const { github, seeded } = await seed();
  answer({
    cpu: cpuUsageHandler,
    count: () => github.count('graphql'),
    reset: () => github.resetCounters(),
  });
  process.on('SIGTERM', () => void github.close().then(() => process.exit(0)));
  process.send!({ seeded });
}
