import type { Config } from '../../config';
import { createGoogleAdapter } from '../google';

export const createGoogleDriveAdapter = (config: Pick<Config, 'oauthApps'>) =>
  createGoogleAdapter(config, {
    id: 'GOOGLE_DRIVE',
    slug: 'google-drive',
    name: 'Google Drive',
    scope: 'https://www.googleapis.com/auth/drive.readonly',
  });
