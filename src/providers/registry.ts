// The registry of provider adapters, in the order the API lists them.
import type { Config } from '../config';
import { createGitHubAdapter } from './github';
import { createGmailAdapter } from './gmail';
import { createGoogleDriveAdapter } from './google-drive';
import { createNotionAdapter } from './notion';
import { createOneDriveAdapter } from './onedrive';
import { s3 } from './s3';
import type { Provider, ProviderAdapter } from './types';
import { webCrawler } from './web-crawler';

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
