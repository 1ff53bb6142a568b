import { noCapabilities, type ProviderAdapter } from '../types';

export const oneDrive: ProviderAdapter = {
  id: 'ONEDRIVE',
  name: 'OneDrive',
  capabilities: noCapabilities,
};
