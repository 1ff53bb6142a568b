// The Google fake for the Drive sync bench, run by fakeProcess.ts in a child process: one selected folder of
// 50 sub-folders × 100 files, half Google Docs (exported as Markdown), half text files (downloaded).
import { pathToFileURL } from 'node:url';
import { googleMimeTypes, startGoogleFake } from '@connections-gateway/google-fake';
import { answer, cpuUsageHandler } from './ipc';

export const DRIVE_FOLDERS = 50;
export const DRIVE_FILES_PER_FOLDER = 100;
export const DRIVE_EDITS = 100;
const USER = 'bench@example.com';

export interface GoogleSeeded {
  apiUrl: string;
  oauthUrl: string;
  rootId: string;
  accessToken: string;
}

async function seed() {
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
  const seeded: GoogleSeeded = {
    apiUrl: google.apiUrl,
    oauthUrl: google.oauthUrl,
    rootId: root.id,
    accessToken: google.issueToken(USER).accessToken,
  };
  return { google, fileIds, seeded };
}

// Only when run as the child: driveSync.ts imports the constants above.
if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const { google, fileIds, seeded } = await seed();
  answer({
    cpu: cpuUsageHandler,
    count: () => google.count(() => true),
    reset: () => google.resetCounters(),
    edit: () => {
      for (const id of fileIds.slice(0, DRIVE_EDITS)) google.updateFile(id, { text: `# Edited ${id}` });
    },
  });
  process.on('SIGTERM', () => void google.close().then(() => process.exit(0)));
  process.send!({ seeded });
}
