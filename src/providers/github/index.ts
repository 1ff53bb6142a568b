import { noCapabilities, type ProviderAdapter } from '../types';

export const github: ProviderAdapter = {
  id: 'GITHUB',
  name: 'GitHub',
  capabilities: noCapabilities,
};
