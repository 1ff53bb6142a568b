// Google's OAuth 2, shared by Google Drive and Gmail (one OAuth app: GOOGLE_CLIENT_ID / GOOGLE_CLIENT_SECRET).
import { adapterOf } from './adapter.js';
import { UpstreamError } from '../errors.js';
import { upstreamFetch } from './http.js';
import type { GoogleOAuth } from './googleOAuth.js';
import type { ProviderManifest } from './manifest.js';
import { fetchAccount, standardOAuthFlow } from './oauth2.js';
import { createGoogleApi, type GoogleApi } from './googleApi.js';
import type { ProviderAdapter, ProviderSettings } from './types.js';

/** What a Google product adds to the shared connect flow: its listing, sync and notifications, over Google's API. */
export type GoogleProduct = (api: GoogleApi, settings: ProviderSettings) => Pick<ProviderAdapter, 'resources' | 'documents' | 'push'>;

/** A Google product's adapter: connecting an account through the shared Google OAuth app, plus what `product` adds. */
export function googleAdapter(
  manifest: ProviderManifest & { oauth: GoogleOAuth },
  settings: ProviderSettings,
  product: GoogleProduct = () => ({}),
): ProviderAdapter {
  // The manifest's defaults fill these whenever the variables are unset.
  const hosts = {
    api: settings.variables.GOOGLE_API_URL ?? 'https://www.googleapis.com',
    oauth2: settings.variables.GOOGLE_OAUTH2_URL ?? 'https://oauth2.googleapis.com',
  };
  const api = createGoogleApi({ apiUrl: hosts.api, ...settings.upstream });
  return adapterOf(manifest, {
    ...product(api, settings),
    oauth: {
      app: settings.oauthApp,
      flow: {
        ...standardOAuthFlow(manifest, settings.variables, {
          clientAuth: 'body',
          issuer: 'Google',
          // A refresh token is issued only for offline access, and again only when consent is asked again.
          extraAuthorizeParams: { access_type: 'offline', prompt: 'consent', include_granted_scopes: 'true' },
        }),
        async account(credentials) {
          // Google's OpenID Connect userinfo, as its API host serves it.
          const me = await fetchAccount<{ sub: string; email?: string }>(
            'Google',
            `${hosts.api}/oauth2/v3/userinfo`,
            credentials.accessToken,
          );
          return { login: me.email ?? null, id: me.sub };
        },
        async revokeGrant(_app, credentials) {
          const response = await upstreamFetch(`${hosts.oauth2}/revoke`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ token: credentials.accessToken }),
          });
          // 400 invalid_token: already revoked or expired, so the grant is gone either way.
          if (!response.ok && response.status !== 400)
            throw new UpstreamError('Google', `Google failed to revoke the grant (HTTP ${String(response.status)}).`);
        },
      },
    },
  });
}
