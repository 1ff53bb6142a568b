// The registry of provider adapters, in the order the API lists them.
import { github } from './github';
import { gmail } from './gmail';
import { googleDrive } from './google-drive';
import { notion } from './notion';
import { oneDrive } from './onedrive';
import { s3 } from './s3';
import type { Provider, ProviderAdapter } from './types';
import { webCrawler } from './web-crawler';

const adapters: Record<Provider, ProviderAdapter> = {
  GITHUB: github,
  NOTION: notion,
  GOOGLE_DRIVE: googleDrive,
  ONEDRIVE: oneDrive,
  GMAIL: gmail,
  WEB_CRAWLER: webCrawler,
  S3: s3,
};

export const providers: readonly ProviderAdapter[] = Object.values(adapters);

export function providerAdapter(id: Provider): ProviderAdapter {
  return adapters[id];
}
