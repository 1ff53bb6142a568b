// Google Drive: connects through the Google OAuth app it shares with Gmail; resources and sync are not implemented yet.
import { googleOAuth, googleVariables } from '../googleOAuth.js';
import type { ProviderManifest } from '../manifest.js';

export const manifest = {
  id: 'GOOGLE_DRIVE',
  slug: 'google-drive',
  name: 'Google Drive',
  oauth: googleOAuth(['https://www.googleapis.com/auth/drive.readonly']),
  variables: googleVariables,
  resourceKinds: [],
} as const satisfies ProviderManifest;
