// Connecting a GitHub account, over a fake fetch: GitHub answers token errors with HTTP 200 and an `error`
// (bad_verification_code, bad_refresh_token), GitHub App tokens expire and rotate, and the account and the grant
// go through the API with GitHub's failures translated.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpstreamError } from '../../errors.js';
import { CredentialsRejectedError, RefreshRejectedError } from '../types.js';
import { createGitHubOAuthFlow, VIEWER_QUERY } from './oauth.js';

const upstream = vi.hoisted(() => ({ fetch: vi.fn<typeof fetch>() }));
vi.mock('../http.js', () => ({ upstreamFetch: upstream.fetch }));

afterEach(() => {
  upstream.fetch.mockReset();
});

const app = { clientId: 'Iv1.app', clientSecret: 'app-secret' };
const flow = createGitHubOAuthFlow(
  { apiUrl: 'https://ghe.example.com/api/v3', retries: 0, retryBaseMs: 1 },
  { GITHUB_API_URL: 'https://ghe.example.com/api/v3', GITHUB_WEB_URL: 'https://ghe.example.com' },
);

function githubAnswers(status: number, body: unknown): void {
  upstream.fetch.mockResolvedValueOnce(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

function request(call = 0): { url: string; method: string | undefined; headers: Record<string, string>; body: string } {
  const [url, init] = upstream.fetch.mock.calls[call] ?? [];
  // Octokit sends JSON as a string, the token endpoint a form.
  const body = init?.body instanceof URLSearchParams ? init.body.toString() : typeof init?.body === 'string' ? init.body : '';
  return { url: typeof url === 'string' ? url : '', method: init?.method, headers: init?.headers as Record<string, string>, body };
}

describe('GitHub tokens', () => {
  it('asks for repositories and their webhooks, on the configured web host', () => {
    const url = new URL(flow.authorizeUrl(app, { state: 's', redirectUri: 'https://gw.test/oauth/callback' }));
    expect(url.origin + url.pathname).toBe('https://ghe.example.com/login/oauth/authorize');
    expect(url.searchParams.get('scope')).toBe('repo admin:repo_hook');
    expect(flow.appVariables).toEqual(['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET']);
  });

  it('exchanges a code at /login/oauth/access_token with the app credentials in the form', async () => {
    githubAnswers(200, { access_token: 'ghu_a', refresh_token: 'ghr_r', expires_in: 28800, refresh_token_expires_in: 15897600 });
    const tokens = await flow.exchangeCode(app, 'c0de', 'https://gw.test/oauth/callback');
    expect(tokens).toEqual(expect.objectContaining({ accessToken: 'ghu_a', refreshToken: 'ghr_r' }));
    expect(tokens.accessTokenExpiresAt).toBeInstanceOf(Date);
    const sent = request();
    expect(sent.url).toBe('https://ghe.example.com/login/oauth/access_token');
    expect(Object.fromEntries(new URLSearchParams(sent.body))).toEqual({
      grant_type: 'authorization_code',
      code: 'c0de',
      redirect_uri: 'https://gw.test/oauth/callback',
      client_id: 'Iv1.app',
      client_secret: 'app-secret',
    });
  });

  it('makes bad_verification_code, sent with HTTP 200, an upstream failure with GitHub’s explanation', async () => {
    githubAnswers(200, {
      error: 'bad_verification_code',
      error_description: 'The code passed is incorrect or expired.',
      error_uri: 'https://docs.github.com/apps/troubleshooting',
    });
    await expect(flow.exchangeCode(app, 'stale', 'https://gw.test/oauth/callback')).rejects.toEqual(
      new UpstreamError('GitHub', 'GitHub refused to issue tokens (bad_verification_code: The code passed is incorrect or expired.).'),
    );
  });

  it('makes bad_refresh_token, sent with HTTP 200, a refused refresh: the user has to connect again', async () => {
    githubAnswers(200, { error: 'bad_refresh_token', error_description: 'The refresh token passed is incorrect or expired.' });
    await expect(flow.refresh(app, 'ghr_spent')).rejects.toEqual(
      new RefreshRejectedError('The refresh token passed is incorrect or expired.'),
    );
    expect(Object.fromEntries(new URLSearchParams(request().body))).toEqual(
      expect.objectContaining({ grant_type: 'refresh_token', refresh_token: 'ghr_spent' }),
    );
  });
});

describe('the GitHub account', () => {
  it('is read with the GraphQL viewer query, its database id as a string', async () => {
    githubAnswers(200, { data: { viewer: { login: 'octocat', databaseId: 583231 } } });
    expect(await flow.account({ accessToken: 'ghu_a' })).toEqual({ login: 'octocat', id: '583231' });
    const sent = request();
    expect(sent.url).toBe('https://ghe.example.com/api/graphql');
    expect(JSON.parse(sent.body)).toEqual({ query: VIEWER_QUERY });
    expect(sent.headers.authorization).toBe('token ghu_a');
  });

  it('has no id when GitHub gives none', async () => {
    githubAnswers(200, { data: { viewer: { login: 'ghost', databaseId: null } } });
    expect(await flow.account({ accessToken: 'ghu_a' })).toEqual({ login: 'ghost', id: null });
  });

  it('translates a rejected token and other failures', async () => {
    githubAnswers(401, { message: 'Bad credentials' });
    await expect(flow.account({ accessToken: 'ghu_old' })).rejects.toBeInstanceOf(CredentialsRejectedError);
    githubAnswers(500, { message: 'Server Error' });
    await expect(flow.account({ accessToken: 'ghu_a' })).rejects.toEqual(
      new UpstreamError('GitHub', 'GitHub failed to read the connected account (HTTP 500).'),
    );
  });
});

describe('revoking the grant', () => {
  it('deletes it with the app’s Basic credentials, naming the token', async () => {
    upstream.fetch.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await flow.revokeGrant?.(app, { accessToken: 'ghu_a' });
    const sent = request();
    expect([sent.method, sent.url]).toEqual(['DELETE', 'https://ghe.example.com/api/v3/applications/Iv1.app/grant']);
    expect(sent.headers.authorization).toBe(`basic ${Buffer.from('Iv1.app:app-secret').toString('base64')}`);
    expect(JSON.parse(sent.body)).toEqual({ access_token: 'ghu_a' });
  });

  it('takes a grant GitHub does not know (404) as revoked, and reports other failures', async () => {
    githubAnswers(404, { message: 'Not Found' });
    await expect(flow.revokeGrant?.(app, { accessToken: 'ghu_gone' })).resolves.toBeUndefined();
    githubAnswers(422, { message: 'Validation Failed' });
    await expect(flow.revokeGrant?.(app, { accessToken: 'ghu_a' })).rejects.toEqual(
      new UpstreamError('GitHub', 'GitHub failed to revoke the authorization grant (HTTP 422).'),
    );
  });
});
