// Per-request facts (id, start time) keyed by the Request object, which stays the same from yoga's first hook
// to its last. (AsyncLocalStorage would also reach code without the request, but in Node 20 it installs
// promise hooks that tax every promise in the process.)
import { randomUUID } from 'node:crypto';

export interface RequestScope {
  requestId: string;
  startedAt: number;
}

const scopes = new WeakMap<Request, RequestScope>();

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;

/** Honors a sane `X-Request-Id` (e.g. from a proxy in front of the gateway); otherwise makes one. */
function requestIdFromHeader(header: string | null): string {
  return header && REQUEST_ID_PATTERN.test(header) ? header : randomUUID();
}

export function beginRequest(request: Request): RequestScope {
  const scope = { requestId: requestIdFromHeader(request.headers.get('x-request-id')), startedAt: performance.now() };
  scopes.set(request, scope);
  return scope;
}

/** The request's scope; one is made if the request somehow skipped `beginRequest`. */
export function requestScopeOf(request: Request): RequestScope {
  return scopes.get(request) ?? beginRequest(request);
}
