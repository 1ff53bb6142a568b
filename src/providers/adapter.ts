// An adapter is its manifest's identity plus what it implements.
import type { ProviderManifest } from './manifest.js';
import type { ProviderAdapter } from './types.js';

export function adapterOf(
  manifest: ProviderManifest,
  implemented: Omit<ProviderAdapter, 'manifest' | 'id' | 'slug' | 'name'> = {},
): ProviderAdapter {
  return { manifest, id: manifest.id, slug: manifest.slug, name: manifest.name, ...implemented };
}
