// Google Drive: connects through the Google OAuth app it shares with Gmail; lists My Drive and shared drives, syncs
// selected folders, files and shared drives through the changes feed.
import { googleOAuth, googleVariables } from '../googleOAuth.js';
import type { ProviderManifest } from '../manifest.js';

export const manifest = {
  id: 'GOOGLE_DRIVE',
  slug: 'google-drive',
  name: 'Google Drive',
  oauth: googleOAuth(['https://www.googleapis.com/auth/drive.readonly']),
  variables: googleVariables,
  // In the order the picker names them: "Shared drives, files and folders".
  resourceKinds: [
    { kind: 'drive', label: 'Shared drive', pluralLabel: 'Shared drives', contains: true },
    { kind: 'file', label: 'File', pluralLabel: 'Files' },
    { kind: 'folder', label: 'Folder', pluralLabel: 'Folders', contains: true },
  ],
  documentType: 'google_doc',
} as const satisfies ProviderManifest;
