// `npm run bench`: for each database (embedded PGlite; PostgreSQL too when TEST_DATABASE_URL is set), one block of
// start-up time and idle RSS of `node dist/main.js`, the gateway versus bare graphql-yoga on
// `connection.resources` (GraphQL and REST; load from a separate process, server CPU per request as the headline),
// GitHub and Google Drive sync (gateway CPU per document apart from the fake's), and webhook delivery.
// Not a test: numbers vary by machine. The last line is `ratio: <bare yoga ÷ gateway CPU per request>`, the
// lower of the databases' (higher is better).
import { fileURLToPath } from 'node:url';
import { databaseKinds } from '../support/databases';
import { benchDriveSync } from './driveSync';
import { startFakeProcess } from './fakeProcess';
import { SYNC_FILES_PER_REPOSITORY, SYNC_REPOSITORIES, type GitHubSeeded } from './githubFakeChild';
import { DRIVE_FILES_PER_FOLDER, DRIVE_FOLDERS } from './googleFakeChild';
import { startLoadGenerator } from './loadGenerator';
import { benchResources } from './resourcesComparison';
import { benchStartup, startupLines } from './startup';
import { benchSync } from './sync';
import { benchWebhooks, WEBHOOK_CONNECTIONS, WEBHOOK_EVENTS } from './webhooks';

const githubScript = fileURLToPath(new URL('./githubFakeChild.ts', import.meta.url));

const github = await startFakeProcess<GitHubSeeded>(githubScript);
const generator = await startLoadGenerator();
console.log(`load generator: ${generator.name}; server CPU read from the server process around each round`);
console.log(
  `GitHub sync: ${String(SYNC_REPOSITORIES)} repositories × ${String(SYNC_FILES_PER_REPOSITORY)} files; Drive sync: one selected folder of ${String(DRIVE_FOLDERS)} folders × ${String(DRIVE_FILES_PER_FOLDER)} files`,
);
console.log(
  'sync CPU: "gateway" is the bench process running the sync engine (PGlite included, a PostgreSQL server not); "fake" is the provider fake\'s process',
);
console.log(`webhooks: ${String(WEBHOOK_EVENTS)} events over ${String(WEBHOOK_CONNECTIONS)} connections to a receiver on 127.0.0.1`);
try {
  const ratios: number[] = [];
  for (const kind of databaseKinds) {
    console.log(`\ndatabase: ${kind}`);
    for (const text of startupLines(await benchStartup(kind))) console.log(text);
    const resources = await benchResources(kind, github, generator);
    for (const text of resources.lines) console.log(text);
    ratios.push(resources.ratio);
    for (const text of await benchSync(kind, github)) console.log(text);
    for (const text of await benchDriveSync(kind)) console.log(text);
    console.log(await benchWebhooks(kind));
  }
  console.log(`ratio: ${Math.min(...ratios).toFixed(3)}`);
} finally {
  await generator.close();
  await github.close();
}
