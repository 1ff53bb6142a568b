// Octokit for one connection's token, and the translation of GitHub's failures into the gateway's errors.
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { RateLimitedError, UpstreamError } from '../../errors.js';
import { upstreamFetch } from '../http.js';
import { CredentialsRejectedError } from '../types.js';

export interface GitHubClientOptions {
  /** REST base URL: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server. */
  apiUrl: string;
  retries: number;
  retryBaseMs: number;
}

const RetryingOctokit = Octokit.plugin(retry);

function quiet(): void {
  // Octokit's log goes to the console by default; its failures reach the gateway as errors, which it logs itself.
}
export type GitHubClient = InstanceType<typeof RetryingOctokit>;

export function createGitHubClient(token: string, options: GitHubClientOptions): GitHubClient {
  return new RetryingOctokit({
    auth: token,
    // Octokit derives the GraphQL endpoint from this (…/api/v3 → …/api/graphql on Enterprise Server).
    baseUrl: options.apiUrl,
    userAgent: 'connections-gateway',
    request: { fetch: upstreamFetch },
    // 5xx and network failures are retried with backoff; rate limits are reported at once, never waited out.
    retry: {
      retries: options.retries,
      retryAfterBaseValue: options.retryBaseMs,
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
  });
}

interface GitHubFailure {
  status?: number;
  message?: string;
  headers?: Record<string, string | undefined>;
  response?: { headers?: Record<string, string | undefined> };
  errors?: { type?: string; message?: string }[];
}

/** Maps what Octokit threw to a gateway error. `resource` names the repository the call was about, if any. */
export function translateGitHubError(error: unknown, action: string, resource: string | null = null): Error {
  const failure = (error ?? {}) as GitHubFailure;
  const headers = failure.response?.headers ?? failure.headers ?? {};
  const graphqlRateLimited = failure.errors?.some((entry) => entry.type === 'RATE_LIMITED');
  const exhausted = headers['x-ratelimit-remaining'] === '0';
  if (failure.status === 401) return new CredentialsRejectedError('GitHub rejected the access token.');
  if (graphqlRateLimited || failure.status === 429 || (failure.status === 403 && (exhausted || headers['retry-after']))) {
    return new RateLimitedError('GitHub', retryAfterSeconds(headers));
  }
  const status = failure.status ? ` (HTTP ${failure.status})` : '';
  const target = resource ? ` for ${resource}` : '';
  return new UpstreamError('GitHub', `GitHub failed to ${action}${target}${status}.`, resource, { cause: error });
}

function retryAfterSeconds(headers: Record<string, string | undefined>): number {
  const retryAfter = Number(headers['retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter > 0) return Math.ceil(retryAfter);
  const reset = Number(headers['x-ratelimit-reset']);
  if (Number.isFinite(reset) && reset > 0) return Math.max(1, Math.ceil(reset - Date.now() / 1000));
  return 60;
}
