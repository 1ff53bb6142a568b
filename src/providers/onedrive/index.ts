import { noCapabilities, type ProviderAdapter } from '../types';

export const oneDrive: ProviderAdapter = {
  id: 'ONEDRIVE',
  slug: 'onedrive',
  name: 'OneDrive',
  capabilities: noCapabilities,
};
