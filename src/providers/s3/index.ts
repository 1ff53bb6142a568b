import { noCapabilities, type ProviderAdapter } from '../types.js';

export const s3: ProviderAdapter = {
  id: 'S3',
  slug: 's3',
  name: 'Amazon S3',
  capabilities: noCapabilities,
};
