// Misbehaviour on demand: latency, injected HTTP failures and rate limits, chosen per request kind, per API
// (`'drive'`, `'gmail'`, `'oauth'`) or by a predicate over the request.
import type { Api, FakeRequest, RequestKind } from './http';

export interface RequestInfo {
  kind: RequestKind;
  method: string;
  /** The path as received, without the query. */
  path: string;
  /** Path and query as received. */
  url: string;
  /** Parsed JSON or form fields; undefined without a body. */
  body: unknown;
}

export type RequestMatcher = Api | RequestKind | ((request: RequestInfo) => boolean);

/**
 * `'403-rateLimitExceeded'`: 403 PERMISSION_DENIED with reason `rateLimitExceeded` (or `reason`), as Drive answers;
 * `'429'`: 429 RESOURCE_EXHAUSTED with `retry-after`, as Gmail and newer Drive quotas answer.
 */
export type RateLimitStyle = '403-rateLimitExceeded' | '429';

export interface RateLimitOptions {
  style: RateLimitStyle;
  /** How long the limit lasts (default 60); a 429 carries it in `retry-after`. */
  retryAfterSeconds?: number;
  /** The `errors[0].reason` (default `rateLimitExceeded`). */
  reason?: 'rateLimitExceeded' | 'userRateLimitExceeded';
  /** Limit only this many requests (still within the time window); unlimited by default. */
  count?: number;
}

export interface ActiveRateLimit {
  style: RateLimitStyle;
  reason: 'rateLimitExceeded' | 'userRateLimitExceeded';
  retryAfterSeconds: number;
}

interface Failure {
  matcher: RequestMatcher;
  remaining: number;
  status: number;
}

interface Limit {
  matcher: RequestMatcher;
  until: number;
  remaining: number;
  style: RateLimitStyle;
  reason: 'rateLimitExceeded' | 'userRateLimitExceeded';
}

export function infoOf(request: FakeRequest): RequestInfo {
  return {
    kind: request.kind,
    method: request.method,
    path: request.url.pathname,
    url: request.url.pathname + request.url.search,
    body: request.body,
  };
}

export function matches(matcher: RequestMatcher, info: RequestInfo): boolean {
  if (typeof matcher === 'function') return matcher(info);
  return matcher === info.kind || info.kind.startsWith(`${matcher}.`);
}

export class Faults {
  latencyMs = 0;
  private failures: Failure[] = [];
  private limits: Limit[] = [];

  /** Queues `count` failures; a count of 0 cancels those still pending for the same matcher. */
  failNext(matcher: RequestMatcher, status: number, count: number): void {
    if (count > 0) this.failures.push({ matcher, remaining: count, status });
    else this.failures = this.failures.filter((failure) => failure.matcher !== matcher);
  }

  /** The status to fail this request with, counting it against its `failNext`. */
  takeFailure(info: RequestInfo): number | null {
    const failure = this.failures.find((candidate) => candidate.remaining > 0 && matches(candidate.matcher, info));
    if (!failure) return null;
    failure.remaining--;
    this.failures = this.failures.filter((candidate) => candidate.remaining > 0);
    return failure.status;
  }

  rateLimit(
    matcher: RequestMatcher,
    { retryAfterSeconds = 60, style, reason = 'rateLimitExceeded', count = Infinity }: RateLimitOptions,
  ): void {
    this.clearRateLimit(matcher);
    this.limits.push({ matcher, until: Date.now() + retryAfterSeconds * 1000, remaining: count, style, reason });
  }

  /** Lifts the rate limit set for `matcher` (the same string or the same function), or every one. */
  clearRateLimit(matcher?: RequestMatcher): void {
    this.limits = matcher === undefined ? [] : this.limits.filter((limit) => limit.matcher !== matcher);
  }

  takeRateLimit(info: RequestInfo): ActiveRateLimit | null {
    const now = Date.now();
    this.limits = this.limits.filter((limit) => limit.until > now && limit.remaining > 0);
    const limit = this.limits.find((candidate) => matches(candidate.matcher, info));
    if (!limit) return null;
    limit.remaining--;
    return { style: limit.style, reason: limit.reason, retryAfterSeconds: Math.max(1, Math.ceil((limit.until - now) / 1000)) };
  }

  reset(): void {
    this.latencyMs = 0;
    this.failures = [];
    this.limits = [];
  }
}
