// Gmail: connects through Google's OAuth; resources and sync are not implemented yet.
import type { Config } from '../../config';
import { googleOAuthFlow } from '../google';
import { noCapabilities, type ProviderAdapter } from '../types';

export function createGmailAdapter(config: Pick<Config, 'oauthApps'>): ProviderAdapter {
  return {
    id: 'GMAIL',
    slug: 'gmail',
    name: 'Gmail',
    capabilities: noCapabilities,
    oauth: { app: config.oauthApps.GOOGLE, flow: googleOAuthFlow(['https://www.googleapis.com/auth/gmail.readonly']) },
  };
}
