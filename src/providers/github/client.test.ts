// GitHub's failures as the gateway's errors: a rejected token asks for a refresh, a rate limit (REST or GraphQL)
// is a RateLimitedError with a wait, everything else an UpstreamError naming the action and the repository.
// The second half runs real Octokit over a fake fetch, so the shapes Octokit throws are the ones translated.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimitedError, UpstreamError } from '../../errors.js';
import { CredentialsRejectedError } from '../types.js';
import { createGitHubClient, translateGitHubError } from './client.js';

const upstream = vi.hoisted(() => ({ fetch: vi.fn<typeof fetch>() }));
vi.mock('../http.js', () => ({ upstreamFetch: upstream.fetch }));

const NOW = new Date('2026-03-01T12:00:00Z');
const nowSeconds = NOW.getTime() / 1000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
  upstream.fetch.mockReset();
});

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

/** What translateGitHubError made of `failure`, as plain facts. */
function translated(failure: unknown, resource: string | null = null) {
  const error = translateGitHubError(failure, 'list repositories', resource);
  return { type: error.constructor.name, message: error.message, ...(error instanceof RateLimitedError ? error.details() : {}) };
}

describe('translateGitHubError', () => {
  it('makes a 401 a rejected token, which the credentials manager answers with a refresh', () => {
    const error = translateGitHubError({ status: 401, message: 'Bad credentials' }, 'list repositories');
    expect(error).toBeInstanceOf(CredentialsRejectedError);
    expect(error.message).toBe('GitHub rejected the access token.');
  });

  it('makes a 429 a rate limit, waiting what Retry-After says (rounded up)', () => {
    expect(translated({ status: 429, response: { headers: { 'retry-after': '30' } } })).toEqual({
      type: 'RateLimitedError',
      message: 'GitHub rate limit reached; retry in 30 seconds.',
      provider: 'GitHub',
      retryAfterSeconds: 30,
    });
    expect(translated({ status: 429, response: { headers: { 'retry-after': '1.2' } } }).retryAfterSeconds).toBe(2);
  });

  it('makes a 403 a rate limit only when the quota is spent or a wait is asked for', () => {
    const exhausted = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(nowSeconds + 90) };
    expect(translated({ status: 403, response: { headers: exhausted } }).retryAfterSeconds).toBe(90);
    // Secondary rate limits send Retry-After with quota left.
    expect(translated({ status: 403, response: { headers: { 'x-ratelimit-remaining': '4000', 'retry-after': '60' } } })).toEqual(
      expect.objectContaining({ type: 'RateLimitedError', retryAfterSeconds: 60 }),
    );
    // A 403 for want of permission is no reason to wait.
    expect(translated({ status: 403, response: { headers: { 'x-ratelimit-remaining': '4999' } } }, 'acme/docs')).toEqual({
      type: 'UpstreamError',
      message: 'GitHub failed to list repositories for acme/docs (HTTP 403).',
    });
  });

  it('waits at least a second for a reset already past, and a minute when GitHub says nothing', () => {
    const past = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(nowSeconds - 5) };
    expect(translated({ status: 403, response: { headers: past } }).retryAfterSeconds).toBe(1);
    expect(translated({ status: 429 }).retryAfterSeconds).toBe(60);
    expect(translated({ status: 429, response: { headers: { 'retry-after': 'soon' } } }).retryAfterSeconds).toBe(60);
  });

  it("reads a GraphQL answer's RATE_LIMITED error, with the headers of the GraphQL error itself", () => {
    const failure = {
      errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded' }],
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(nowSeconds + 300) },
    };
    expect(translated(failure)).toEqual(expect.objectContaining({ type: 'RateLimitedError', retryAfterSeconds: 300 }));
    expect(translated({ errors: [{ type: 'NOT_FOUND', message: 'Could not resolve' }] }).type).toBe('UpstreamError');
  });

  it('makes anything else an upstream failure that names the action, the repository and the status, keeping the cause', () => {
    const failure = { status: 502, message: 'Bad Gateway' };
    const error = translateGitHubError(failure, 'register a webhook', 'acme/docs');
    expect(error).toEqual(new UpstreamError('GitHub', 'GitHub failed to register a webhook for acme/docs (HTTP 502).', 'acme/docs'));
    expect(error.cause).toBe(failure);
  });

  it('copes with whatever was thrown: no status, null, a string', () => {
    expect(translated(new TypeError('fetch failed')).message).toBe('GitHub failed to list repositories.');
    expect(translated(null)).toEqual({ type: 'UpstreamError', message: 'GitHub failed to list repositories.' });
    expect(translated(undefined).type).toBe('UpstreamError');
    expect(translated('boom').type).toBe('UpstreamError');
  });
});

describe('a GitHub client over a fake fetch', () => {
  const options = { apiUrl: 'https://api.github.com', retries: 2, retryBaseMs: 1 };
  const listRepos = (token = 'gho_test') =>
    createGitHubClient(token, options)
      .request('GET /user/repos')
      .catch((error: unknown) => {
        throw translateGitHubError(error, 'list repositories');
      });

  it('sends the token and its user agent to the configured API', async () => {
    upstream.fetch.mockResolvedValueOnce(json(200, []));
    await listRepos('gho_secret');
    const [url, init] = upstream.fetch.mock.calls[0] ?? [];
    expect(url).toBe('https://api.github.com/user/repos');
    expect(init?.headers).toEqual(expect.objectContaining({ authorization: 'token gho_secret' }));
    expect((init?.headers as Record<string, string>)['user-agent']).toMatch(/^connections-gateway /);
  });

  it('asks GitHub Enterprise Server for GraphQL at /api/graphql', async () => {
    upstream.fetch.mockResolvedValueOnce(json(200, { data: { viewer: { login: 'octo' } } }));
    await createGitHubClient('t', { ...options, apiUrl: 'https://ghe.example.com/api/v3' }).graphql('{ viewer { login } }');
    expect(upstream.fetch.mock.calls[0]?.[0]).toBe('https://ghe.example.com/api/graphql');
  });

  it('reports a rate limit at once, without retrying it', async () => {
    upstream.fetch.mockResolvedValue(
      json(403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(nowSeconds + 120) }),
    );
    const error = await listRepos().catch((thrown: unknown) => thrown);
    expect(error).toEqual(new RateLimitedError('GitHub', 120));
    expect(upstream.fetch).toHaveBeenCalledTimes(1);

    upstream.fetch.mockReset();
    upstream.fetch.mockResolvedValue(json(429, { message: 'slow down' }, { 'retry-after': '7' }));
    expect(await listRepos().catch((thrown: unknown) => thrown)).toEqual(new RateLimitedError('GitHub', 7));
    expect(upstream.fetch).toHaveBeenCalledTimes(1);
  });

  it('makes a 401 a rejected token, and does not retry it', async () => {
    upstream.fetch.mockResolvedValue(json(401, { message: 'Bad credentials' }));
    await expect(listRepos()).rejects.toBeInstanceOf(CredentialsRejectedError);
    expect(upstream.fetch).toHaveBeenCalledTimes(1);
  });

  it('retries a server error, then reports it as an upstream failure with its status', async () => {
    upstream.fetch.mockImplementation(() => Promise.resolve(json(502, { message: 'Server Error' })));
    const error = await listRepos().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as Error).message).toBe('GitHub failed to list repositories (HTTP 502).');
    expect(upstream.fetch).toHaveBeenCalledTimes(1 + options.retries);
  });

  it('succeeds when a retry does', async () => {
    upstream.fetch.mockResolvedValueOnce(json(500, { message: 'oops' })).mockResolvedValueOnce(json(200, [{ id: 1 }]));
    const { data } = await listRepos();
    expect(data).toEqual([{ id: 1 }]);
    expect(upstream.fetch).toHaveBeenCalledTimes(2);
  });

  it("reads a GraphQL RATE_LIMITED error from an HTTP 200 answer, with that answer's headers", async () => {
    upstream.fetch.mockResolvedValue(
      json(200, { data: null, errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user.' }] }, { 'retry-after': '15' }),
    );
    const error = await createGitHubClient('t', options)
      .graphql('{ viewer { login } }')
      .catch((thrown: unknown) => translateGitHubError(thrown, 'read the connected account'));
    expect(error).toEqual(new RateLimitedError('GitHub', 15));
  });
});
