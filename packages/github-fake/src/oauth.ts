// The OAuth web flow on the web host (`/login/oauth/authorize`, `/login/oauth/access_token`) and the
// `/applications/{client_id}/…` REST endpoints that revoke grants and tokens with the app's Basic credentials.
import { createHash } from 'node:crypto';
import type { FakeContext } from './context';
import { basicCredentials, json, params, restError, type FakeRequest, type FakeResponse } from './http';
import { accessTokenLifetimeSeconds, refreshTokenLifetimeSeconds, type IssuedTokens, type OAuthApp } from './state';

const troubleshooting = 'https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors';
const tokenErrors = {
  bad_verification_code: ['The code passed is incorrect or expired.', `${troubleshooting}/#bad-verification-code`],
  incorrect_client_credentials: [
    'The client_id and/or client_secret passed are incorrect.',
    `${troubleshooting}/#incorrect-client-credentials`,
  ],
  redirect_uri_mismatch: [
    'The redirect_uri MUST match the registered callback URL for this application.',
    `${troubleshooting}/#redirect-uri-mismatch`,
  ],
  bad_refresh_token: ['The refresh token passed is incorrect or expired.', troubleshooting],
  unsupported_grant_type: ['The grant type is not supported.', troubleshooting],
} as const;

// ---- GET /login/oauth/authorize ------------------------------------------------------------------------

export function handleAuthorize(request: FakeRequest, context: FakeContext): FakeResponse {
  const { state } = context;
  const query = request.url.searchParams;
  const app = state.apps.get(query.get('client_id') ?? '');
  if (!app) return html(404, '<h1>404</h1><p>This is not the web page you are looking for.</p>');

  const requested = query.get('redirect_uri');
  const redirectUri = requested ?? app.callbackUrl;
  if (!redirectUri) return html(400, '<p>The redirect_uri is missing and the application has no callback URL.</p>');
  const stateParam = query.get('state');
  if (requested && app.callbackUrl && !redirectAllowed(requested, app.callbackUrl)) {
    return redirect(app.callbackUrl, {
      error: 'redirect_uri_mismatch',
      error_description: 'The redirect_uri MUST match the registered callback URL for this application.',
      error_uri: 'https://docs.github.com/apps/managing-oauth-apps/troubleshooting-authorization-request-errors/#redirect-uri-mismatch',
      state: stateParam,
    });
  }
  if (state.denyAuthorizations > 0) {
    state.denyAuthorizations--;
    return redirect(redirectUri, {
      error: 'access_denied',
      error_description: 'The user has denied your application access.',
      error_uri: 'https://docs.github.com/apps/managing-oauth-apps/troubleshooting-authorization-request-errors/#access-denied',
      state: stateParam,
    });
  }
  const user = state.authorizingUser ? state.account(state.authorizingUser) : undefined;
  // Nobody is signed in: GitHub would show its sign-in page here.
  if (!user) return html(200, '<h1>Sign in to GitHub</h1><p>to continue to the application</p>');

  const code = state.createCode({
    clientId: app.clientId,
    login: user.login,
    redirectUri: requested,
    scopes: app.expiringTokens ? [] : splitScopes(query.get('scope') ?? ''),
    codeChallenge: query.get('code_challenge'),
    codeChallengeMethod: query.get('code_challenge_method'),
  });
  return redirect(redirectUri, { code: code.code, state: stateParam });
}

/** GitHub's rule: same scheme, host and port, and a path at or below the callback URL's. */
function redirectAllowed(requested: string, callback: string): boolean {
  try {
    const a = new URL(requested);
    const b = new URL(callback);
    const base = b.pathname.endsWith('/') ? b.pathname : `${b.pathname}/`;
    return a.protocol === b.protocol && a.host === b.host && (a.pathname === b.pathname || a.pathname.startsWith(base));
  } catch {
    return false;
  }
}

function splitScopes(scope: string): string[] {
  return [...new Set(scope.split(/[\s,]+/).filter(Boolean))];
}

function redirect(target: string, query: Record<string, string | null>): FakeResponse {
  const url = new URL(target);
  for (const [key, value] of Object.entries(query)) if (value !== null) url.searchParams.set(key, value);
  const location = url.toString();
  return {
    status: 302,
    headers: { location, 'content-type': 'text/html; charset=utf-8' },
    text: `<html><body>You are being <a href="${location}">redirected</a>.</body></html>`,
  };
}

function html(status: number, body: string): FakeResponse {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, text: `<!DOCTYPE html><html><body>${body}</body></html>` };
}

// ---- POST /login/oauth/access_token --------------------------------------------------------------------

export function handleAccessToken(request: FakeRequest, context: FakeContext): FakeResponse {
  const { state } = context;
  const respond = (fields: Record<string, string | number>) => tokenResponse(request, fields);
  const fail = (error: keyof typeof tokenErrors) => {
    const [description, uri] = tokenErrors[error];
    return respond({ error, error_description: description, error_uri: uri });
  };
  if (request.method !== 'POST') return html(404, '<h1>404</h1>');
  const input = params(request);
  const app = state.apps.get(input.client_id ?? '');
  if (!app || input.client_secret !== app.clientSecret) return fail('incorrect_client_credentials');

  const grantType = input.grant_type;
  if (grantType === 'refresh_token') {
    const issued = state.refresh(input.refresh_token ?? '', app.clientId);
    return issued ? respond(tokenFields(app, issued, [])) : fail('bad_refresh_token');
  }
  if (grantType !== undefined && grantType !== 'authorization_code') return fail('unsupported_grant_type');

  const code = state.codes.get(input.code ?? '');
  if (!code || code.used || code.expiresAt <= Date.now() || code.clientId !== app.clientId) return fail('bad_verification_code');
  if (input.redirect_uri !== undefined && code.redirectUri !== null && input.redirect_uri !== code.redirectUri) {
    return fail('redirect_uri_mismatch');
  }
  if (code.codeChallenge !== null) {
    const verifier = input.code_verifier ?? '';
    const expected = code.codeChallengeMethod === 'plain' ? verifier : createHash('sha256').update(verifier).digest('base64url');
    if (expected !== code.codeChallenge) return fail('bad_verification_code');
  }
  code.used = true;
  const issued = state.issueToken(code.login, {
    clientId: app.clientId,
    scopes: code.scopes,
    ...(app.expiringTokens ? { expiresInSeconds: accessTokenLifetimeSeconds, refreshToken: true } : {}),
  });
  return respond(tokenFields(app, issued, code.scopes));
}

function tokenFields(app: OAuthApp, issued: IssuedTokens, scopes: string[]): Record<string, string | number> {
  return {
    access_token: issued.accessToken,
    ...(app.expiringTokens && issued.refreshToken
      ? {
          expires_in: accessTokenLifetimeSeconds,
          refresh_token: issued.refreshToken,
          refresh_token_expires_in: refreshTokenLifetimeSeconds,
        }
      : {}),
    scope: scopes.join(','),
    token_type: 'bearer',
  };
}

/** JSON for `Accept: application/json`, otherwise a form-encoded body, as GitHub does; always HTTP 200. */
function tokenResponse(request: FakeRequest, fields: Record<string, string | number>): FakeResponse {
  if ((request.headers.accept ?? '').includes('application/json')) return json(200, fields);
  const form = new URLSearchParams(Object.entries(fields).map(([key, value]) => [key, String(value)]));
  return { status: 200, headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, text: form.toString() };
}

// ---- /applications/{client_id}/grant and /token (REST, Basic auth) -------------------------------------

export function handleApplications(request: FakeRequest, context: FakeContext): FakeResponse {
  const { state } = context;
  const match = /^\/applications\/([^/]+)\/(grant|token)\/?$/.exec(request.path);
  if (!match) return restError(404, 'Not Found');
  const [, clientId, what] = match as unknown as [string, string, 'grant' | 'token'];
  const documentation =
    what === 'grant'
      ? 'https://docs.github.com/rest/apps/oauth-applications#delete-an-app-authorization'
      : request.method === 'POST'
        ? 'https://docs.github.com/rest/apps/oauth-applications#check-a-token'
        : 'https://docs.github.com/rest/apps/oauth-applications#delete-an-app-token';
  if (!(
    (what === 'grant' && request.method === 'DELETE') ||
    (what === 'token' && (request.method === 'DELETE' || request.method === 'POST'))
  )) {
    return restError(404, 'Not Found', documentation);
  }
  const credentials = basicCredentials(request.headers);
  if (!credentials) return restError(401, 'Requires authentication', documentation);
  const app = state.apps.get(decodeURIComponent(clientId));
  if (app?.clientId !== credentials.user || credentials.password !== app.clientSecret) {
    return restError(404, 'Not Found', documentation);
  }
  const body = (request.body ?? {}) as { access_token?: unknown };
  if (typeof body.access_token !== 'string' || body.access_token === '') {
    return restError(422, 'Invalid request.\n\n"access_token" wasn\'t supplied.', documentation);
  }
  const token = state.tokens.get(body.access_token);
  const live = token && state.validToken(token.token);
  if (!token || !live || token.clientId !== app.clientId) return restError(404, 'Not Found', documentation);

  if (what === 'grant') {
    state.revokeGrant(app.clientId, token.login);
    return { status: 204 };
  }
  if (request.method === 'DELETE') {
    token.revoked = true;
    return { status: 204 };
  }
  const account = state.requireAccount(token.login);
  return json(200, {
    token: token.token,
    token_last_eight: token.token.slice(-8),
    scopes: token.scopes,
    expires_at: token.expiresAt === null ? null : new Date(token.expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    app: { client_id: app.clientId, name: app.clientId, url: context.webUrl },
    user: { login: account.login, id: account.id, node_id: account.nodeId, type: account.type },
  });
}
