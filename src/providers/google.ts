// Google's OAuth 2 (shared by Google Drive and Gmail, one OAuth app: GOOGLE_CLIENT_ID / GOOGLE_CLIENT_SECRET).
import { UpstreamError } from '../errors.js';
import { upstreamFetch } from './http.js';
import { fetchAccount, standardOAuthFlow } from './oauth2.js';
import type { Config } from '../config.js';
import { noCapabilities, type OAuthFlow, type Provider, type ProviderAdapter } from './types.js';

export function googleOAuthFlow(scopes: string[]): OAuthFlow {
  return {
    ...standardOAuthFlow({
      provider: 'Google',
      appVariables: ['GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET'],
      authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
      token: { url: 'https://oauth2.googleapis.com/token', clientAuth: 'body' },
      scopes: ['openid', 'email', ...scopes],
      // A refresh token is issued only for offline access, and again only when consent is asked again.
      extraAuthorizeParams: { access_type: 'offline', prompt: 'consent', include_granted_scopes: 'true' },
    }),
    async account(credentials) {
      const me = await fetchAccount<{ sub: string; email?: string }>(
        'Google',
        'https://openidconnect.googleapis.com/v1/userinfo',
        credentials.accessToken,
      );
      return { login: me.email ?? null, id: me.sub };
    },
    async revokeGrant(_app, credentials) {
      const response = await upstreamFetch('https://oauth2.googleapis.com/revoke', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: credentials.accessToken }),
      });
      // 400 invalid_token: already revoked or expired, so the grant is gone either way.
      if (!response.ok && response.status !== 400)
        throw new UpstreamError('Google', `Google failed to revoke the grant (HTTP ${response.status}).`);
    },
  };
}

/** A Google product connected through the shared Google OAuth app; resources and sync are not implemented yet. */
export function createGoogleAdapter(
  config: Pick<Config, 'oauthApps'>,
  product: { id: Provider; slug: string; name: string; scope: string },
): ProviderAdapter {
  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    capabilities: noCapabilities,
    oauth: { app: config.oauthApps.GOOGLE, flow: googleOAuthFlow([product.scope]) },
  };
}
