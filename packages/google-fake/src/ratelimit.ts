// The answers Google gives a rate-limited request: Drive's classic 403 with a `usageLimits` reason, or the 429
// RESOURCE_EXHAUSTED with `retry-after` that Gmail (and Drive's newer quotas) send.
import type { ActiveRateLimit } from './faults';
import { googleError, type FakeResponse } from './http';

const messages = {
  rateLimitExceeded: 'Rate Limit Exceeded',
  userRateLimitExceeded: 'User Rate Limit Exceeded',
} as const;

export function rateLimitedResponse(limit: ActiveRateLimit): FakeResponse {
  const message = messages[limit.reason];
  if (limit.style === '429') {
    return googleError(429, message, { domain: 'usageLimits', reason: limit.reason }, { 'retry-after': String(limit.retryAfterSeconds) });
  }
  // Drive's 403 carries no retry-after: clients back off exponentially.
  return googleError(403, message, { domain: 'usageLimits', reason: limit.reason });
}
