import { googleAdapter } from '../google.js';
import type { ProviderModule } from '../types.js';
import { manifest } from './manifest.js';

export const gmail: ProviderModule = { manifest, createAdapter: (settings) => googleAdapter(manifest, settings) };
