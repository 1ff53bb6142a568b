import { noCapabilities, type ProviderAdapter } from '../types';

export const gmail: ProviderAdapter = {
  id: 'GMAIL',
  slug: 'gmail',
  name: 'Gmail',
  capabilities: noCapabilities,
};
