import { noCapabilities, type ProviderAdapter } from '../types';

export const webCrawler: ProviderAdapter = {
  id: 'WEB_CRAWLER',
  slug: 'web-crawler',
  name: 'Web Crawler',
  capabilities: noCapabilities,
};
