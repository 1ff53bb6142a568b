import { noCapabilities, type ProviderAdapter } from '../types';

export const gmail: ProviderAdapter = {
  id: 'GMAIL',
  name: 'Gmail',
  capabilities: noCapabilities,
};
