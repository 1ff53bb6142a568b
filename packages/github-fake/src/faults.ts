// Misbehaviour on demand: latency, injected HTTP failures, rate limiting in GitHub's three styles, and git
// objects answered wrongly (null without an error, an error, or a blob's text cut short).
import type { FakeRequest, RequestKind } from './http';

export interface RequestInfo {
  kind: RequestKind;
  method: string;
  /** The path as received, without the query (`/api/v3/repos/o/r/hooks` on GHES). */
  path: string;
  /** The path below the API root: `/repos/o/r/hooks` in both layouts, `/graphql`, `/login/oauth/access_token`. */
  apiPath: string;
  /** Path and query as received. */
  url: string;
  /** Parsed JSON or form fields (a GraphQL request's `query` and `variables`); undefined without a body. */
  body: unknown;
}

export type RequestMatcher = RequestKind | ((request: RequestInfo) => boolean);

export type RateLimitStyle = 'primary' | 'secondary' | 'graphql';

export interface RateLimitOptions {
  /** How long the limit lasts (default 60): `retry-after`, and `x-ratelimit-reset` = now + this. */
  retryAfterSeconds?: number;
  style: RateLimitStyle;
  /** Limit only this many requests (still within the time window); unlimited by default. */
  count?: number;
}

export interface ActiveRateLimit {
  style: RateLimitStyle;
  /** Epoch milliseconds when the limit lifts. */
  resetAt: number;
  retryAfterSeconds: number;
}

/** How an `object(oid:)` lookup misbehaves: GitHub answers null now and then without saying why. */
export type ObjectFault = 'null' | 'error' | 'truncated';

export interface ObjectLookup {
  /** `owner/name`. */
  repository: string;
  oid: string;
  type: 'blob' | 'tree' | 'commit';
  /** 1 for the first `object(oid:)` lookup (of any object) answered since the fault was set, 2 for the next… */
  nth: number;
}

/** An oid, several, or a predicate over the lookup. */
export type ObjectSelector = string | readonly string[] | ((lookup: ObjectLookup) => boolean);

interface ObjectRule {
  select: ObjectSelector;
  fault: ObjectFault;
  remaining: number;
  seen: number;
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
  retryAfterSeconds: number;
}

export function infoOf(request: FakeRequest): RequestInfo {
  return {
    kind: request.kind,
    method: request.method,
    path: request.url.pathname,
    apiPath: request.path,
    url: request.url.pathname + request.url.search,
    body: request.body,
  };
}

function matches(matcher: RequestMatcher, info: RequestInfo): boolean {
  return typeof matcher === 'function' ? matcher(info) : matcher === info.kind;
}

function selects(select: ObjectSelector, lookup: ObjectLookup): boolean {
  if (typeof select === 'function') return select(lookup);
  return typeof select === 'string' ? select === lookup.oid : select.includes(lookup.oid);
}

export class Faults {
  latencyMs = 0;
  private failures: Failure[] = [];
  private hookFailures = new Map<string, { status: number; remaining: number }>();
  private limits: Limit[] = [];
  private objectRules: ObjectRule[] = [];

  /** Queues `count` failures; a count of 0 cancels those still pending for the same matcher. */
  failNext(matcher: RequestMatcher, count: number, status: number): void {
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

  failHookCreation(fullName: string, status: number, count: number): void {
    if (count > 0) this.hookFailures.set(fullName.toLowerCase(), { status, remaining: count });
    else this.hookFailures.delete(fullName.toLowerCase());
  }

  takeHookCreationFailure(fullName: string): number | null {
    const failure = this.hookFailures.get(fullName.toLowerCase());
    if (!failure) return null;
    if (--failure.remaining <= 0) this.hookFailures.delete(fullName.toLowerCase());
    return failure.status;
  }

  rateLimit(matcher: RequestMatcher, { retryAfterSeconds = 60, style, count = Infinity }: RateLimitOptions): void {
    this.clearRateLimit(matcher);
    this.limits.push({ matcher, until: Date.now() + retryAfterSeconds * 1000, remaining: count, style, retryAfterSeconds });
  }

  /** Lifts the rate limit set for `matcher` (the same kind or the same function), or every one. */
  clearRateLimit(matcher?: RequestMatcher): void {
    this.limits = matcher === undefined ? [] : this.limits.filter((limit) => limit.matcher !== matcher);
  }

  takeRateLimit(info: RequestInfo): ActiveRateLimit | null {
    const now = Date.now();
    this.limits = this.limits.filter((limit) => limit.until > now && limit.remaining > 0);
    const limit = this.limits.find((candidate) => matches(candidate.matcher, info));
    if (!limit) return null;
    limit.remaining--;
    return {
      style: limit.style,
      resetAt: limit.until,
      retryAfterSeconds: Math.max(1, Math.ceil((limit.until - now) / 1000)),
    };
  }

  /** `object(oid:)` lookups that `select` picks answer with `fault`, `count` times; 'truncated' picks blobs only. */
  breakObjects(select: ObjectSelector, fault: ObjectFault, count: number): void {
    if (count > 0) this.objectRules.push({ select, fault, remaining: count, seen: 0 });
    else this.objectRules = this.objectRules.filter((rule) => rule.select !== select);
  }

  /** The fault for this lookup (the first rule that picks it), counting the lookup in every rule's `nth`. */
  takeObjectFault(lookup: Omit<ObjectLookup, 'nth'>): ObjectFault | null {
    let fault: ObjectFault | null = null;
    for (const rule of this.objectRules) {
      rule.seen += 1;
      if (fault || rule.remaining <= 0 || (rule.fault === 'truncated' && lookup.type !== 'blob')) continue;
      if (!selects(rule.select, { ...lookup, nth: rule.seen })) continue;
      rule.remaining -= 1;
      fault = rule.fault;
    }
    this.objectRules = this.objectRules.filter((rule) => rule.remaining > 0);
    return fault;
  }

  reset(): void {
    this.latencyMs = 0;
    this.failures = [];
    this.hookFailures.clear();
    this.limits = [];
    this.objectRules = [];
  }
}
