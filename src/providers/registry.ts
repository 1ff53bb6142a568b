// The registry of provider adapters, in the order the API lists them.
import type { Config } from '../config.js';
import { createGitHubAdapter } from './github/index.js';
import { createGmailAdapter } from './gmail/index.js';
import { createGoogleDriveAdapter } from './google-drive/index.js';
import { createNotionAdapter } from './notion/index.js';
import { createOneDriveAdapter } from './onedrive/index.js';
import { s3 } from './s3/index.js';
import type { Provider, ProviderAdapter } from './types.js';
import { webCrawler } from './web-crawler/index.js';

export interface ProviderRegistry {
  all: readonly ProviderAdapter[];
  get(id: Provider): ProviderAdapter;
  /** The adapter for a REST slug such as `google-drive`, or undefined. */
  bySlug(slug: string): ProviderAdapter | undefined;
}

export function createProviderRegistry(config: Pick<Config, 'github' | 'upstream' | 'oauthApps'>): ProviderRegistry {
  const adapters: Record<Provider, ProviderAdapter> = {
    GITHUB: createGitHubAdapter({ ...config.github, ...config.upstream, app: config.oauthApps.GITHUB }),
    NOTION: createNotionAdapter(config),
    GOOGLE_DRIVE: createGoogleDriveAdapter(config),
    ONEDRIVE: createOneDriveAdapter(config),
    GMAIL: createGmailAdapter(config),
    WEB_CRAWLER: webCrawler,
    S3: s3,
  };
  const all = Object.values(adapters);
  return {
    all,
    get: (id) => adapters[id],
    bySlug: (slug) => all.find((adapter) => adapter.slug === slug),
  };
}
