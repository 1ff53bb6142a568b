import { noCapabilities, type ProviderAdapter } from '../types';

export const notion: ProviderAdapter = {
  id: 'NOTION',
  slug: 'notion',
  name: 'Notion',
  capabilities: noCapabilities,
};
