// Connecting a GitHub account: GitHub App (expiring, rotating user tokens) or OAuth App (tokens that do not
// expire). Endpoints live under GITHUB_WEB_URL; the account and the grant revocation use the API.
import { standardOAuthFlow } from '../oauth2.js';
import { manifest } from './manifest.js';
import type { OAuthApp, OAuthFlow, ProviderCredentials } from '../types.js';
import { createGitHubClient, translateGitHubError, type GitHubClientOptions } from './client.js';

export const VIEWER_QUERY = /* GraphQL */ `
  query GatewayViewer {
    viewer {
      login
      databaseId
    }
  }
`;

export function createGitHubOAuthFlow(options: GitHubClientOptions, variables: Readonly<Record<string, string>>): OAuthFlow {
  const standard = standardOAuthFlow(manifest, variables, { clientAuth: 'body' });
  return {
    ...standard,
    async account(credentials: ProviderCredentials) {
      try {
        const data = await createGitHubClient(credentials.accessToken, options).graphql<{
          viewer: { login: string; databaseId: number | null };
        }>(VIEWER_QUERY);
        return { login: data.viewer.login, id: data.viewer.databaseId === null ? null : String(data.viewer.databaseId) };
      } catch (error) {
        throw translateGitHubError(error, 'read the connected account');
      }
    },
    async revokeGrant(app: OAuthApp, credentials: ProviderCredentials) {
      const client = createGitHubClient('', options);
      try {
        await client.request('DELETE /applications/{client_id}/grant', {
          client_id: app.clientId,
          access_token: credentials.accessToken,
          headers: { authorization: `basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}` },
        });
      } catch (error) {
        // Already revoked or never valid: the grant is gone either way.
        if ((error as { status?: number }).status === 404) return;
        throw translateGitHubError(error, 'revoke the authorization grant');
      }
    },
  };
}
