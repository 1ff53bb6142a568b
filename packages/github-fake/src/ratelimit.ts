// Each user's hourly budgets, as GitHub reports them in `x-ratelimit-*` headers and `rateLimit { … }`, and the
// answers GitHub gives once a limit is hit.
import type { ActiveRateLimit } from './faults';
import { json, type FakeResponse } from './http';

export type RateLimitResource = 'core' | 'graphql';

interface Budget {
  used: number;
  /** Epoch milliseconds. */
  resetAt: number;
}

export const rateLimitPerHour = 5000;
const hour = 3_600_000;

export class RateLimits {
  private budgets = new Map<string, Budget>();

  private budget(userId: number, resource: RateLimitResource): Budget {
    const key = `${userId}:${resource}`;
    let budget = this.budgets.get(key);
    if (!budget || budget.resetAt <= Date.now()) {
      budget = { used: 0, resetAt: Date.now() + hour };
      this.budgets.set(key, budget);
    }
    return budget;
  }

  consume(userId: number, resource: RateLimitResource, cost = 1): void {
    this.budget(userId, resource).used += cost;
  }

  status(userId: number, resource: RateLimitResource) {
    const budget = this.budget(userId, resource);
    return {
      limit: rateLimitPerHour,
      used: budget.used,
      remaining: Math.max(0, rateLimitPerHour - budget.used),
      resetAt: budget.resetAt,
    };
  }

  headers(userId: number, resource: RateLimitResource): Record<string, string> {
    const status = this.status(userId, resource);
    return {
      'x-ratelimit-limit': String(status.limit),
      'x-ratelimit-remaining': String(status.remaining),
      'x-ratelimit-reset': String(Math.ceil(status.resetAt / 1000)),
      'x-ratelimit-used': String(status.used),
      'x-ratelimit-resource': resource,
    };
  }
}

/** GitHub's answer to a rate-limited request, in the style asked for. */
export function rateLimitedResponse(limit: ActiveRateLimit, userId: number, resource: RateLimitResource, requestId: string): FakeResponse {
  const reset = String(Math.ceil(limit.resetAt / 1000));
  const exhausted = {
    'x-ratelimit-limit': String(rateLimitPerHour),
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': reset,
    'x-ratelimit-used': String(rateLimitPerHour),
    'x-ratelimit-resource': resource,
  };
  switch (limit.style) {
    case 'primary':
      return json(
        403,
        {
          message: `API rate limit exceeded for user ID ${userId}.`,
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          status: '403',
        },
        exhausted,
      );
    case 'secondary':
      return json(
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
            `If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
          documentation_url:
            'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403',
        },
        { 'retry-after': String(limit.retryAfterSeconds) },
      );
    case 'graphql':
      return json(200, { errors: [{ type: 'RATE_LIMITED', message: `API rate limit exceeded for user ID ${userId}.` }] }, exhausted);
  }
}
