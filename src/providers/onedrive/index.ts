// OneDrive: connecting an account through the Microsoft identity platform.
import { adapterOf } from '../adapter.js';
import type { ProviderModule } from '../types.js';
import { fetchAccount, standardOAuthFlow } from '../oauth2.js';
import { manifest } from './manifest.js';

export const onedrive: ProviderModule = {
  manifest,
  createAdapter(settings) {
    return adapterOf(manifest, {
      oauth: {
        app: settings.oauthApp,
        flow: {
          ...standardOAuthFlow(manifest, settings.variables, { clientAuth: 'body', issuer: 'Microsoft' }),
          async account(credentials) {
            const me = await fetchAccount<{ id: string; userPrincipalName?: string }>(
              'Microsoft',
              'https://graph.microsoft.com/v1.0/me',
              credentials.accessToken,
            );
            return { login: me.userPrincipalName ?? null, id: me.id };
          },
        },
      },
    });
  },
};
