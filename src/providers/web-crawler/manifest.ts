// A web crawler: known to the API, implements nothing yet (every operation answers 501).
import type { ProviderManifest } from '../manifest.js';

export const manifest = {
  id: 'WEB_CRAWLER',
  slug: 'web-crawler',
  name: 'Web Crawler',
  resourceKinds: [],
  documentType: 'webpage',
} as const satisfies ProviderManifest;
