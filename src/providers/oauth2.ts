// The token endpoint of a standard OAuth 2 authorization-code flow (RFC 6749 §4.1.3 and §6), shared by the
// adapters: a form POST answered with JSON. Some providers (GitHub) report errors with HTTP 200 and an `error`.
import { UpstreamError } from '../errors.js';
import { upstreamFetch } from './http.js';
import { fillUrl, type ProviderManifest } from './manifest.js';
import { CredentialsRejectedError, RefreshRejectedError, type OAuthApp, type OAuthFlow, type OAuthTokens } from './types.js';

export interface TokenEndpoint {
  provider: string;
  url: string;
  /** Where the client credentials go: the form body, or HTTP Basic authentication. */
  clientAuth: 'body' | 'basic';
  /** The request body's encoding: a form (RFC 6749) or JSON (Notion). */
  bodyFormat?: 'form' | 'json';
}

interface TokenResponse {
  access_token?: string;
  refresh_token?: string;
  expires_in?: number | string;
  refresh_token_expires_in?: number | string;
  error?: string;
  error_description?: string;
}

const REFRESH_REFUSALS = new Set(['bad_refresh_token', 'invalid_grant']);

export async function requestTokens(endpoint: TokenEndpoint, app: OAuthApp, params: Record<string, string>): Promise<OAuthTokens> {
  const fields: Record<string, string> = { ...params };
  const headers: Record<string, string> = { accept: 'application/json' };
  if (endpoint.clientAuth === 'basic') {
    headers.authorization = `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}`;
  } else {
    fields.client_id = app.clientId;
    fields.client_secret = app.clientSecret;
  }
  const json = endpoint.bodyFormat === 'json';
  headers['content-type'] = json ? 'application/json' : 'application/x-www-form-urlencoded';
  const body = json ? JSON.stringify(fields) : new URLSearchParams(fields);
  let response: Response;
  let payload: TokenResponse;
  try {
    response = await upstreamFetch(endpoint.url, { method: 'POST', headers, body });
    payload = (await response.json()) as TokenResponse;
  } catch (error) {
    throw new UpstreamError(endpoint.provider, `${endpoint.provider}'s token endpoint could not be reached.`, null, { cause: error });
  }
  if (payload.error || !payload.access_token) {
    if (params.grant_type === 'refresh_token' && payload.error && REFRESH_REFUSALS.has(payload.error)) {
      throw new RefreshRejectedError(payload.error_description ?? payload.error);
    }
    const reason = payload.error
      ? `${payload.error}${payload.error_description ? `: ${payload.error_description}` : ''}`
      : `HTTP ${response.status}`;
    throw new UpstreamError(endpoint.provider, `${endpoint.provider} refused to issue tokens (${reason}).`);
  }
  const now = Date.now();
  const expiry = (seconds: number | string | undefined) => (seconds ? new Date(now + Number(seconds) * 1000) : null);
  return {
    accessToken: payload.access_token,
    // A refresh that returns no new refresh token keeps the old one (RFC 6749 §6).
    refreshToken: payload.refresh_token ?? (params.grant_type === 'refresh_token' ? (params.refresh_token ?? null) : null),
    accessTokenExpiresAt: expiry(payload.expires_in),
    refreshTokenExpiresAt: expiry(payload.refresh_token_expires_in),
  };
}

/**
 * An OAuth 2 provider with documented endpoints and nothing special: the authorize URL and the token calls, from
 * its manifest (endpoints, scopes, the app's variables).
 */
export function standardOAuthFlow(
  manifest: ProviderManifest & { oauth: NonNullable<ProviderManifest['oauth']> },
  variables: Readonly<Record<string, string>>,
  options: {
    clientAuth: TokenEndpoint['clientAuth'];
    bodyFormat?: TokenEndpoint['bodyFormat'];
    extraAuthorizeParams?: Record<string, string>;
    /** Who issues the tokens, in messages (`Google` for Google Drive and Gmail); the provider's name by default. */
    issuer?: string;
  },
): Pick<OAuthFlow, 'appVariables' | 'authorizeUrl' | 'exchangeCode' | 'refresh'> {
  const { oauth } = manifest;
  const endpoint: TokenEndpoint = {
    provider: options.issuer ?? manifest.name,
    url: fillUrl(oauth.tokenUrl, variables),
    clientAuth: options.clientAuth,
    ...(options.bodyFormat ? { bodyFormat: options.bodyFormat } : {}),
  };
  const authorizeUrl = fillUrl(oauth.authorizeUrl, variables);
  return {
    appVariables: [oauth.clientIdVariable, oauth.clientSecretVariable],
    authorizeUrl(app: OAuthApp, { state, redirectUri }: { state: string; redirectUri: string }) {
      const url = new URL(authorizeUrl);
      url.search = new URLSearchParams({
        client_id: app.clientId,
        redirect_uri: redirectUri,
        response_type: 'code',
        state,
        ...(oauth.scopes.length ? { scope: oauth.scopes.join(' ') } : {}),
        ...options.extraAuthorizeParams,
      }).toString();
      return url.toString();
    },
    exchangeCode: (app: OAuthApp, code: string, redirectUri: string) =>
      requestTokens(endpoint, app, { grant_type: 'authorization_code', code, redirect_uri: redirectUri }),
    refresh: (app: OAuthApp, refreshToken: string) =>
      requestTokens(endpoint, app, { grant_type: 'refresh_token', refresh_token: refreshToken }),
  };
}

/** GETs a provider's JSON "who am I" endpoint with the connection's token. */
export async function fetchAccount<T>(
  provider: string,
  url: string,
  accessToken: string,
  headers: Record<string, string> = {},
): Promise<T> {
  let response: Response;
  try {
    response = await upstreamFetch(url, { headers: { accept: 'application/json', authorization: `Bearer ${accessToken}`, ...headers } });
  } catch (error) {
    throw new UpstreamError(provider, `${provider} could not be reached to read the connected account.`, null, { cause: error });
  }
  if (response.status === 401) throw new CredentialsRejectedError(`${provider} rejected the access token.`);
  if (!response.ok) throw new UpstreamError(provider, `${provider} failed to return the connected account (HTTP ${response.status}).`);
  return (await response.json()) as T;
}
