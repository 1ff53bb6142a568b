import { adapterOf } from '../adapter.js';
import type { ProviderModule } from '../types.js';
import { manifest } from './manifest.js';

export const webCrawler: ProviderModule = {
  manifest,
  createAdapter: () => adapterOf(manifest),
};
