import { noCapabilities, type ProviderAdapter } from '../types';

export const webCrawler: ProviderAdapter = {
  id: 'WEB_CRAWLER',
  name: 'Web Crawler',
  capabilities: noCapabilities,
};
