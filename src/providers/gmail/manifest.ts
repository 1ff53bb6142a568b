// Gmail: connects through the Google OAuth app it shares with Google Drive; resources and sync are not implemented yet.
import { googleOAuth, googleVariables } from '../googleOAuth.js';
import type { ProviderManifest } from '../manifest.js';

export const manifest = {
  id: 'GMAIL',
  slug: 'gmail',
  name: 'Gmail',
  oauth: googleOAuth(['https://www.googleapis.com/auth/gmail.readonly']),
  variables: googleVariables,
  resourceKinds: [],
} as const satisfies ProviderManifest;
