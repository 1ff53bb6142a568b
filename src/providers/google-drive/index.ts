import { noCapabilities, type ProviderAdapter } from '../types';

export const googleDrive: ProviderAdapter = {
  id: 'GOOGLE_DRIVE',
  slug: 'google-drive',
  name: 'Google Drive',
  capabilities: noCapabilities,
};
