import { noCapabilities, type ProviderAdapter } from '../types.js';

export const webCrawler: ProviderAdapter = {
  id: 'WEB_CRAWLER',
  slug: 'web-crawler',
  name: 'Web Crawler',
  capabilities: noCapabilities,
};
