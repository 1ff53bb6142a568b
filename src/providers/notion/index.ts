// Notion: connecting an account (its bot user names the person who authorized it).
import { adapterOf } from '../adapter.js';
import type { ProviderModule } from '../types.js';
import { fetchAccount, standardOAuthFlow } from '../oauth2.js';
import { manifest } from './manifest.js';

const NOTION_VERSION = '2022-06-28';

export const notion: ProviderModule = {
  manifest,
  createAdapter(settings) {
    return adapterOf(manifest, {
      oauth: {
        app: settings.oauthApp,
        flow: {
          ...standardOAuthFlow(manifest, settings.variables, {
            clientAuth: 'basic',
            bodyFormat: 'json',
            extraAuthorizeParams: { owner: 'user' },
          }),
          async account(credentials) {
            const me = await fetchAccount<{ id: string; bot?: { owner?: { user?: { id?: string; person?: { email?: string } } } } }>(
              manifest.name,
              'https://api.notion.com/v1/users/me',
              credentials.accessToken,
              { 'notion-version': NOTION_VERSION },
            );
            const user = me.bot?.owner?.user;
            return { login: user?.person?.email ?? null, id: user?.id ?? me.id };
          },
        },
      },
    });
  },
};
