import type { Config } from '../../config.js';
import { createGoogleAdapter } from '../google.js';

export const createGoogleDriveAdapter = (config: Pick<Config, 'oauthApps'>) =>
  createGoogleAdapter(config, {
    id: 'GOOGLE_DRIVE',
    slug: 'google-drive',
    name: 'Google Drive',
    scope: 'https://www.googleapis.com/auth/drive.readonly',
  });
