import { noCapabilities, type ProviderAdapter } from '../types';

export const notion: ProviderAdapter = {
  id: 'NOTION',
  name: 'Notion',
  capabilities: noCapabilities,
};
