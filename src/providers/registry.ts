// The providers the gateway knows, in the order the API lists them: adding one is its folder under
// src/providers/ (manifest and adapter) and one line here.
import { github } from './github/index.js';
import { gmail } from './gmail/index.js';
import { googleDrive } from './google-drive/index.js';
import type { ProviderManifest } from './manifest.js';
import { notion } from './notion/index.js';
import { onedrive } from './onedrive/index.js';
import { s3 } from './s3/index.js';
import type { Provider, ProviderAdapter, ProviderModule, ProviderSettings } from './types.js';
import { webCrawler } from './web-crawler/index.js';

const providerModules: readonly ProviderModule[] = [github, notion, googleDrive, onedrive, gmail, webCrawler, s3];

/** Every provider's manifest: what configuration reads and what the API enumerates. */
export const providerManifests: readonly ProviderManifest[] = providerModules.map((module) => module.manifest);

export interface ProviderRegistry {
  all: readonly ProviderAdapter[];
  /** The adapter of a known provider id (connections only ever store those). */
  get(id: Provider): ProviderAdapter;
  /** The adapter for a REST slug such as `google-drive`, or undefined. */
  bySlug(slug: string): ProviderAdapter | undefined;
}

export class UnknownProviderError extends Error {
  constructor(id: string) {
    super(`No provider ${JSON.stringify(id)} is registered (a row written by a newer gateway, or a removed provider).`);
    this.name = 'UnknownProviderError';
  }
}

/** The adapters, each built from its settings (configuration.ts reads them from the environment). */
export function createProviderRegistry(settings: Readonly<Record<string, ProviderSettings>>): ProviderRegistry {
  const all = providerModules.map((module) => {
    const own = settings[module.manifest.id];
    if (!own) throw new UnknownProviderError(module.manifest.id);
    return module.createAdapter(own);
  });
  const byId = new Map(all.map((adapter) => [adapter.id, adapter]));
  const bySlug = new Map(all.map((adapter) => [adapter.slug, adapter]));
  return {
    all,
    get(id) {
      const adapter = byId.get(id);
      if (!adapter) throw new UnknownProviderError(id);
      return adapter;
    },
    bySlug: (slug) => bySlug.get(slug),
  };
}
