import { noCapabilities, type ProviderAdapter } from '../types';

export const googleDrive: ProviderAdapter = {
  id: 'GOOGLE_DRIVE',
  name: 'Google Drive',
  capabilities: noCapabilities,
};
