// Google's OAuth 2.0 endpoints as the gateway configures them (googleOAuth.ts): the consent step at
// `/o/oauth2/v2/auth`, `/token` (authorization_code and refresh_token grants), `/revoke`, the signing keys at
// `/oauth2/v3/certs` and `/oauth2/v3/userinfo`.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FakeContext } from './context';
import { bearerToken, json, params, type FakeRequest, type FakeResponse } from './http';
import { accessTokenLifetimeSeconds, normalizeScopes, type Account, type OAuthClient } from './state';

function html(status: number, body: string): FakeResponse {
  return { status, text: `<!doctype html><html><body>${body}</body></html>`, headers: { 'content-type': 'text/html; charset=utf-8' } };
}

function redirect(target: string, query: Record<string, string | null>): FakeResponse {
  const url = new URL(target);
  for (const [key, value] of Object.entries(query)) if (value !== null) url.searchParams.set(key, value);
  return { status: 302, headers: { location: url.toString() } };
}

/** Google's consent screen errors are pages for the user, not redirects: the app never hears of them. */
function authorizationError(status: number, error: string, detail: string): FakeResponse {
  return html(status, `<h1>Access blocked: authorization error</h1><p>Error ${status}: ${error}</p><p>${detail}</p>`);
}

export function handleAuthorize(request: FakeRequest, context: FakeContext): FakeResponse {
  const { auth } = context;
  const query = request.url.searchParams;
  const client = auth.clients.get(query.get('client_id') ?? '');
  if (!client) return authorizationError(401, 'invalid_client', 'The OAuth client was not found.');
  const redirectUri = query.get('redirect_uri');
  if (!redirectUri || (client.redirectUris && !client.redirectUris.includes(redirectUri))) {
    return authorizationError(
      400,
      'redirect_uri_mismatch',
      `You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy.`,
    );
  }
  if (query.get('response_type') !== 'code')
    return authorizationError(400, 'unsupported_response_type', 'Only response_type=code is served.');
  const scope = query.get('scope');
  if (!scope) return authorizationError(400, 'invalid_request', 'Missing required parameter: scope');
  const state = query.get('state');
  if (auth.denyAuthorizations > 0) {
    auth.denyAuthorizations--;
    return redirect(redirectUri, { error: 'access_denied', state });
  }
  const user = auth.authorizingUser ? auth.accounts.get(auth.authorizingUser) : undefined;
  // Nobody is signed in: Google would show its account chooser here.
  if (!user) return html(200, '<h1>Sign in with Google</h1><p>Choose an account</p>');
  const scopes = normalizeScopes(scope);
  const code = auth.createCode({
    clientId: client.clientId,
    email: user.email,
    redirectUri,
    scopes,
    offline: query.get('access_type') === 'offline',
    codeChallenge: query.get('code_challenge'),
    codeChallengeMethod: query.get('code_challenge_method'),
    nonce: query.get('nonce'),
  });
  return redirect(redirectUri, { state, code: code.code, scope: scopes.join(' '), authuser: '0', prompt: 'consent' });
}

function tokenError(status: number, error: string, description: string): FakeResponse {
  return json(status, { error, error_description: description }, { 'cache-control': 'no-cache, no-store, max-age=0, must-revalidate' });
}

/** The client from form fields or HTTP Basic, checked against its secret; or Google's invalid_client. */
function clientOf(request: FakeRequest, context: FakeContext, fields: Record<string, string>): OAuthClient | FakeResponse {
  let clientId = fields.client_id;
  let secret = fields.client_secret;
  const basic = /^basic\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  if (basic) {
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    clientId = decodeURIComponent(decoded.slice(0, colon));
    secret = decodeURIComponent(decoded.slice(colon + 1));
  }
  const client = context.auth.clients.get(clientId ?? '');
  if (!client) return tokenError(401, 'invalid_client', 'The OAuth client was not found.');
  if (secret !== client.clientSecret) return tokenError(401, 'invalid_client', 'Unauthorized');
  return client;
}

function idToken(context: FakeContext, account: Account, clientId: string, accessToken: string, nonce: string | null): string {
  const now = Math.floor(Date.now() / 1000);
  const hash = createHash('sha256').update(accessToken).digest();
  return context.signer.sign({
    iss: 'https://accounts.google.com',
    azp: clientId,
    aud: clientId,
    sub: account.sub,
    email: account.email,
    email_verified: true,
    at_hash: hash.subarray(0, hash.length / 2).toString('base64url'),
    ...(nonce ? { nonce } : {}),
    iat: now,
    exp: now + 3600,
  });
}

function pkceMatches(challenge: string, method: string | null, verifier: string | undefined): boolean {
  if (!verifier) return false;
  const expected = method === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier;
  return expected.length === challenge.length && timingSafeEqual(Buffer.from(expected), Buffer.from(challenge));
}

export function handleToken(request: FakeRequest, context: FakeContext): FakeResponse {
  if (request.method !== 'POST') return tokenError(405, 'invalid_request', 'Method not allowed');
  const { auth } = context;
  const fields = params(request);
  const client = clientOf(request, context, fields);
  if ('status' in client) return client;

  if (fields.grant_type === 'authorization_code') {
    const code = auth.code(fields.code ?? '');
    if (!code) return tokenError(400, 'invalid_grant', 'Malformed auth code.');
    if (code.used || code.expiresAt <= Date.now() || code.clientId !== client.clientId)
      return tokenError(400, 'invalid_grant', 'Bad Request');
    if (fields.redirect_uri !== code.redirectUri) return tokenError(400, 'redirect_uri_mismatch', 'Bad Request');
    if (code.codeChallenge !== null && !pkceMatches(code.codeChallenge, code.codeChallengeMethod, fields.code_verifier)) {
      return tokenError(400, 'invalid_grant', fields.code_verifier ? 'Invalid code verifier.' : 'Missing code verifier.');
    }
    code.used = true;
    const account = auth.requireAccount(code.email);
    // Google hands out a refresh token only for access_type=offline.
    const issued = auth.issueToken(code.email, { scopes: code.scopes, clientId: client.clientId, refreshToken: code.offline });
    return json(200, {
      access_token: issued.accessToken,
      expires_in: accessTokenLifetimeSeconds,
      ...(issued.refreshToken ? { refresh_token: issued.refreshToken } : {}),
      scope: code.scopes.join(' '),
      token_type: 'Bearer',
      ...(code.scopes.includes('openid') ? { id_token: idToken(context, account, client.clientId, issued.accessToken, code.nonce) } : {}),
    });
  }

  if (fields.grant_type === 'refresh_token') {
    const refresh = auth.validRefresh(fields.refresh_token ?? '');
    if (!refresh || (refresh.clientId !== null && refresh.clientId !== client.clientId)) {
      return tokenError(400, 'invalid_grant', 'Token has been expired or revoked.');
    }
    const access = auth.mintAccess(refresh.email, refresh.clientId, refresh.scopes, refresh.token, accessTokenLifetimeSeconds);
    const account = auth.requireAccount(refresh.email);
    return json(200, {
      access_token: access.token,
      expires_in: accessTokenLifetimeSeconds,
      scope: refresh.scopes.join(' '),
      token_type: 'Bearer',
      ...(refresh.scopes.includes('openid') ? { id_token: idToken(context, account, client.clientId, access.token, null) } : {}),
    });
  }

  return tokenError(400, 'unsupported_grant_type', `Invalid grant_type: ${fields.grant_type ?? ''}`);
}

export function handleRevoke(request: FakeRequest, context: FakeContext): FakeResponse {
  const token = params(request).token;
  if (!token || !context.auth.revoke(token)) return tokenError(400, 'invalid_token', 'Token expired or revoked');
  return json(200, {});
}

export function handleCerts(_request: FakeRequest, context: FakeContext): FakeResponse {
  return json(200, { keys: [context.signer.jwk] }, { 'cache-control': 'public, max-age=21600, must-revalidate, no-transform' });
}

export function handleUserinfo(request: FakeRequest, context: FakeContext): FakeResponse {
  const value = bearerToken(request.headers);
  const token = value === undefined ? null : context.auth.validAccess(value);
  if (!token) {
    return json(
      401,
      { error: 'invalid_request', error_description: 'Invalid Credentials' },
      { 'www-authenticate': 'Bearer realm="https://accounts.google.com/"' },
    );
  }
  const account = context.auth.requireAccount(token.email);
  return json(200, { sub: account.sub, email: account.email, email_verified: true, name: account.name });
}
