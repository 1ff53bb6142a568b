// Google Drive: connects through Google's OAuth; resources and sync are not implemented yet.
import type { Config } from '../../config';
import { googleOAuthFlow } from '../google';
import { noCapabilities, type ProviderAdapter } from '../types';

export function createGoogleDriveAdapter(config: Pick<Config, 'oauthApps'>): ProviderAdapter {
  return {
    id: 'GOOGLE_DRIVE',
    slug: 'google-drive',
    name: 'Google Drive',
    capabilities: noCapabilities,
    oauth: { app: config.oauthApps.GOOGLE, flow: googleOAuthFlow(['https://www.googleapis.com/auth/drive.readonly']) },
  };
}
