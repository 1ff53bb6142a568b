// The token endpoint of a standard OAuth 2 flow, over a fake fetch: what the gateway sends (grant, client
// credentials in the body or as Basic, a form or JSON) and what it makes of the answer (tokens and their expiry,
// a refresh token kept across a refresh, refusals as RefreshRejectedError or UpstreamError).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UpstreamError } from '../errors.js';
import type { ProviderManifest } from './manifest.js';
import { fetchAccount, requestTokens, standardOAuthFlow, type TokenEndpoint } from './oauth2.js';
import { CredentialsRejectedError, RefreshRejectedError } from './types.js';

const upstream = vi.hoisted(() => ({ fetch: vi.fn<typeof fetch>() }));
vi.mock('./http.js', () => ({ upstreamFetch: upstream.fetch }));

const NOW = new Date('2026-03-01T12:00:00Z');
const app = { clientId: 'client-1', clientSecret: 's3cret' };
const endpoint: TokenEndpoint = { provider: 'Acme', url: 'https://auth.acme.test/token', clientAuth: 'body' };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  upstream.fetch.mockReset();
});

function answer(body: unknown, status = 200): void {
  upstream.fetch.mockResolvedValueOnce(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

/** The one request the fake received. */
function sent() {
  expect(upstream.fetch).toHaveBeenCalledTimes(1);
  const [url, init] = upstream.fetch.mock.calls[0] ?? [];
  const body = init?.body;
  return {
    url,
    method: init?.method,
    headers: init?.headers as Record<string, string>,
    fields: body instanceof URLSearchParams ? Object.fromEntries(body) : typeof body === 'string' ? (JSON.parse(body) as unknown) : body,
  };
}

const after = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe('requestTokens: the request', () => {
  it('posts a form with the grant and the client credentials in the body, asking for JSON', async () => {
    answer({ access_token: 'at' });
    await requestTokens(endpoint, app, { grant_type: 'authorization_code', code: 'c0de', redirect_uri: 'https://gw.test/oauth/callback' });
    expect(sent()).toEqual({
      url: 'https://auth.acme.test/token',
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      fields: {
        grant_type: 'authorization_code',
        code: 'c0de',
        redirect_uri: 'https://gw.test/oauth/callback',
        client_id: 'client-1',
        client_secret: 's3cret',
      },
    });
  });

  it('sends the client credentials as HTTP Basic instead when asked, and never in the body then', async () => {
    answer({ access_token: 'at' });
    await requestTokens({ ...endpoint, clientAuth: 'basic', bodyFormat: 'json' }, app, {
      grant_type: 'refresh_token',
      refresh_token: 'rt',
    });
    const request = sent();
    expect(request.headers).toEqual({
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from('client-1:s3cret').toString('base64')}`,
    });
    expect(request.fields).toEqual({ grant_type: 'refresh_token', refresh_token: 'rt' });
  });
});

describe('requestTokens: the answer', () => {
  it('computes when each token expires from now, from seconds given as numbers or strings', async () => {
    answer({ access_token: 'at', refresh_token: 'rt', expires_in: 28800, refresh_token_expires_in: '15897600', token_type: 'bearer' });
    expect(await requestTokens(endpoint, app, { grant_type: 'authorization_code', code: 'c' })).toEqual({
      accessToken: 'at',
      refreshToken: 'rt',
      accessTokenExpiresAt: after(28800),
      refreshTokenExpiresAt: after(15897600),
    });
  });

  it('reads tokens without an expiry as not expiring, and a code exchange without a refresh token as having none', async () => {
    answer({ access_token: 'gho_classic', token_type: 'bearer', scope: 'repo' });
    expect(await requestTokens(endpoint, app, { grant_type: 'authorization_code', code: 'c' })).toEqual({
      accessToken: 'gho_classic',
      refreshToken: null,
      accessTokenExpiresAt: null,
      refreshTokenExpiresAt: null,
    });
  });

  it('keeps the refresh token it spent when a refresh returns no new one (RFC 6749 §6)', async () => {
    answer({ access_token: 'at2', expires_in: 3600 });
    const tokens = await requestTokens(endpoint, app, { grant_type: 'refresh_token', refresh_token: 'rt-old' });
    expect(tokens).toEqual(expect.objectContaining({ accessToken: 'at2', refreshToken: 'rt-old', accessTokenExpiresAt: after(3600) }));
  });

  it('takes the new refresh token when a refresh rotates it', async () => {
    answer({ access_token: 'at2', refresh_token: 'rt-new' });
    expect((await requestTokens(endpoint, app, { grant_type: 'refresh_token', refresh_token: 'rt-old' })).refreshToken).toBe('rt-new');
  });

  it.each(['bad_refresh_token', 'invalid_grant'])('makes a refresh refused with %s a RefreshRejectedError', async (error) => {
    answer({ error, error_description: 'The refresh token passed is incorrect or expired.' }, error === 'invalid_grant' ? 400 : 200);
    const thrown = await requestTokens(endpoint, app, { grant_type: 'refresh_token', refresh_token: 'rt' }).catch((e: unknown) => e);
    expect(thrown).toEqual(new RefreshRejectedError('The refresh token passed is incorrect or expired.'));
  });

  it('names the error itself when a refusal has no description', async () => {
    answer({ error: 'invalid_grant' }, 400);
    const thrown = await requestTokens(endpoint, app, { grant_type: 'refresh_token', refresh_token: 'rt' }).catch((e: unknown) => e);
    expect(thrown).toEqual(new RefreshRejectedError('invalid_grant'));
  });

  it('makes other refusals upstream failures, also a code exchange refused with invalid_grant', async () => {
    answer({ error: 'invalid_client', error_description: 'Client authentication failed.' }, 401);
    await expect(requestTokens(endpoint, app, { grant_type: 'refresh_token', refresh_token: 'rt' })).rejects.toEqual(
      new UpstreamError('Acme', 'Acme refused to issue tokens (invalid_client: Client authentication failed.).'),
    );
    upstream.fetch.mockReset();
    answer({ error: 'invalid_grant' }, 400);
    await expect(requestTokens(endpoint, app, { grant_type: 'authorization_code', code: 'used' })).rejects.toEqual(
      new UpstreamError('Acme', 'Acme refused to issue tokens (invalid_grant).'),
    );
  });

  it('makes an answer without an access token an upstream failure naming the status', async () => {
    answer({ token_type: 'bearer' }, 503);
    await expect(requestTokens(endpoint, app, { grant_type: 'authorization_code', code: 'c' })).rejects.toEqual(
      new UpstreamError('Acme', 'Acme refused to issue tokens (HTTP 503).'),
    );
  });

  it('makes an unreachable endpoint, or one answering with something other than JSON, an upstream failure with the cause', async () => {
    const refused = new TypeError('fetch failed');
    upstream.fetch.mockRejectedValueOnce(refused);
    const thrown = await requestTokens(endpoint, app, { grant_type: 'authorization_code', code: 'c' }).catch((e: unknown) => e);
    expect(thrown).toEqual(new UpstreamError('Acme', "Acme's token endpoint could not be reached.", null, { cause: refused }));

    upstream.fetch.mockResolvedValueOnce(new Response('<html>Bad gateway</html>', { status: 502 }));
    const html = await requestTokens(endpoint, app, { grant_type: 'authorization_code', code: 'c' }).catch((e: unknown) => e);
    expect(html).toBeInstanceOf(UpstreamError);
    expect((html as Error).cause).toBeInstanceOf(SyntaxError);
  });
});

describe('standardOAuthFlow', () => {
  const manifest = {
    id: 'ACME',
    slug: 'acme',
    name: 'Acme',
    oauth: {
      clientIdVariable: 'ACME_CLIENT_ID',
      clientSecretVariable: 'ACME_CLIENT_SECRET',
      authorizeUrl: '{ACME_WEB_URL}/oauth/authorize',
      tokenUrl: '{ACME_WEB_URL}/oauth/token',
      scopes: ['read', 'write:hooks'],
    },
    resourceKinds: [],
  } satisfies ProviderManifest;
  const variables = { ACME_WEB_URL: 'https://acme.example.com' };

  it('names the variables of its OAuth app', () => {
    expect(standardOAuthFlow(manifest, variables, { clientAuth: 'body' }).appVariables).toEqual(['ACME_CLIENT_ID', 'ACME_CLIENT_SECRET']);
  });

  it('builds the authorize URL from the manifest, the variables, the scopes and any extra parameters', () => {
    const flow = standardOAuthFlow(manifest, variables, { clientAuth: 'body', extraAuthorizeParams: { prompt: 'consent' } });
    const url = new URL(flow.authorizeUrl(app, { state: 'st&te=1', redirectUri: 'https://gw.test/oauth/callback?x=1' }));
    expect(url.origin + url.pathname).toBe('https://acme.example.com/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'client-1',
      redirect_uri: 'https://gw.test/oauth/callback?x=1',
      response_type: 'code',
      state: 'st&te=1',
      scope: 'read write:hooks',
      prompt: 'consent',
    });
  });

  it('asks for no scope when the manifest lists none', () => {
    const flow = standardOAuthFlow({ ...manifest, oauth: { ...manifest.oauth, scopes: [] } }, variables, { clientAuth: 'basic' });
    expect(new URL(flow.authorizeUrl(app, { state: 's', redirectUri: 'https://gw.test/cb' })).searchParams.has('scope')).toBe(false);
  });

  it('exchanges a code and refreshes at the token URL, naming the issuer in failures', async () => {
    const flow = standardOAuthFlow(manifest, variables, { clientAuth: 'body', issuer: 'Acme Identity' });
    answer({ access_token: 'at' });
    await flow.exchangeCode(app, 'c0de', 'https://gw.test/cb');
    const exchange = sent();
    expect(exchange.url).toBe('https://acme.example.com/oauth/token');
    expect(exchange.fields).toMatchObject({ grant_type: 'authorization_code', code: 'c0de', redirect_uri: 'https://gw.test/cb' });
    upstream.fetch.mockReset();
    answer({ error: 'temporarily_unavailable' });
    await expect(flow.refresh(app, 'rt')).rejects.toThrow('Acme Identity refused to issue tokens (temporarily_unavailable).');
    expect(sent().fields).toEqual(expect.objectContaining({ grant_type: 'refresh_token', refresh_token: 'rt' }));
  });
});

describe('fetchAccount', () => {
  it('reads the account with the bearer token and any headers the provider needs', async () => {
    answer({ id: 'u-1' });
    expect(await fetchAccount('Acme', 'https://api.acme.test/me', 'at', { 'acme-version': '2' })).toEqual({ id: 'u-1' });
    expect(sent().headers).toEqual({ accept: 'application/json', authorization: 'Bearer at', 'acme-version': '2' });
  });

  it('makes a 401 a rejected token and any other failure an upstream one', async () => {
    answer({ message: 'unauthorized' }, 401);
    await expect(fetchAccount('Acme', 'https://api.acme.test/me', 'at')).rejects.toEqual(
      new CredentialsRejectedError('Acme rejected the access token.'),
    );
    answer({ message: 'down' }, 500);
    await expect(fetchAccount('Acme', 'https://api.acme.test/me', 'at')).rejects.toEqual(
      new UpstreamError('Acme', 'Acme failed to return the connected account (HTTP 500).'),
    );
    upstream.fetch.mockRejectedValueOnce(new TypeError('fetch failed'));
    await expect(fetchAccount('Acme', 'https://api.acme.test/me', 'at')).rejects.toThrow(
      'Acme could not be reached to read the connected account.',
    );
  });
});
