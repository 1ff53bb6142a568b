// The registry of provider adapters, in the order the API lists them.
import type { Config } from '../config';
import { createGitHubAdapter } from './github';
import { gmail } from './gmail';
import { googleDrive } from './google-drive';
import { notion } from './notion';
import { oneDrive } from './onedrive';
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
    NOTION: notion,
    GOOGLE_DRIVE: googleDrive,
    ONEDRIVE: oneDrive,
    GMAIL: gmail,
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
