import { adapterOf } from '../adapter.js';
import type { ProviderModule } from '../types.js';
import { manifest } from './manifest.js';

export const s3: ProviderModule = {
  manifest,
  createAdapter: () => adapterOf(manifest),
};
