// What every endpoint handler gets: the state, the switches, the URLs, and token authentication.
import type { Faults } from './faults';
import { restError, tokenFrom, type FakeRequest, type FakeResponse } from './http';
import type { RateLimits } from './ratelimit';
import type { AccessToken, Account, GitHubState } from './state';

export interface FakeContext {
  state: GitHubState;
  faults: Faults;
  limits: RateLimits;
  /** `http://127.0.0.1:PORT`, or `…/api/v3` for GHES. */
  apiUrl: string;
  /** `http://127.0.0.1:PORT`: OAuth pages and `html_url`/`url` links. */
  webUrl: string;
  enterprise: boolean;
}

export interface Authenticated {
  account: Account;
  token: AccessToken;
}

/** The caller behind a bearer token, or the 401 GitHub answers with (undefined: no credentials at all). */
export function authenticate(
  request: FakeRequest,
  context: FakeContext,
  api: 'rest' | 'graphql',
): Authenticated | { failure: FakeResponse; anonymous: boolean } {
  const documentation = api === 'graphql' ? 'https://docs.github.com/graphql' : 'https://docs.github.com/rest';
  const value = tokenFrom(request.headers);
  if (value === undefined) {
    return {
      anonymous: true,
      failure:
        api === 'graphql'
          ? restError(
              401,
              'This endpoint requires you to be authenticated.',
              'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql',
            )
          : restError(401, 'Requires authentication', documentation),
    };
  }
  const token = value === null ? null : context.state.validToken(value);
  const account = token ? context.state.account(token.login) : undefined;
  if (!token || !account) return { anonymous: false, failure: restError(401, 'Bad credentials', documentation) };
  return { account, token };
}
