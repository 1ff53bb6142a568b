// Notion: connects through its public OAuth integration; resources and sync are not implemented yet.
import type { Config } from '../../config.js';
import { fetchAccount, standardOAuthFlow } from '../oauth2.js';
import { noCapabilities, type ProviderAdapter } from '../types.js';

const NOTION_VERSION = '2022-06-28';

export function createNotionAdapter(config: Pick<Config, 'oauthApps'>): ProviderAdapter {
  return {
    id: 'NOTION',
    slug: 'notion',
    name: 'Notion',
    capabilities: noCapabilities,
    oauth: {
      app: config.oauthApps.NOTION,
      flow: {
        ...standardOAuthFlow({
          provider: 'Notion',
          appVariables: ['NOTION_CLIENT_ID', 'NOTION_CLIENT_SECRET'],
          authorizeUrl: 'https://api.notion.com/v1/oauth/authorize',
          token: { url: 'https://api.notion.com/v1/oauth/token', clientAuth: 'basic', bodyFormat: 'json' },
          scopes: [],
          extraAuthorizeParams: { owner: 'user' },
        }),
        async account(credentials) {
          // The integration's bot user, which names the person who authorized it.
          const me = await fetchAccount<{ id: string; bot?: { owner?: { user?: { id?: string; person?: { email?: string } } } } }>(
            'Notion',
            'https://api.notion.com/v1/users/me',
            credentials.accessToken,
            { 'notion-version': NOTION_VERSION },
          );
          const user = me.bot?.owner?.user;
          return { login: user?.person?.email ?? null, id: user?.id ?? me.id };
        },
      },
    },
  };
}
