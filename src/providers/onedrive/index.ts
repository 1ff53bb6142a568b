// OneDrive: connects through the Microsoft identity platform; resources and sync are not implemented yet.
import type { Config } from '../../config.js';
import { fetchAccount, standardOAuthFlow } from '../oauth2.js';
import { noCapabilities, type ProviderAdapter } from '../types.js';

export function createOneDriveAdapter(config: Pick<Config, 'oauthApps'>): ProviderAdapter {
  return {
    id: 'ONEDRIVE',
    slug: 'onedrive',
    name: 'OneDrive',
    capabilities: noCapabilities,
    oauth: {
      app: config.oauthApps.MICROSOFT,
      flow: {
        ...standardOAuthFlow({
          provider: 'Microsoft',
          appVariables: ['MICROSOFT_CLIENT_ID', 'MICROSOFT_CLIENT_SECRET'],
          authorizeUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
          token: { url: 'https://login.microsoftonline.com/common/oauth2/v2.0/token', clientAuth: 'body' },
          scopes: ['offline_access', 'User.Read', 'Files.Read.All'],
        }),
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
  };
}
