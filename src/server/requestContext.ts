// Request-scoped state reachable from code that has no GraphQL context (yoga's error masking and its logger),
// so every log line of a request carries its request id.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface RequestScope {
  requestId: string;
  startedAt: number;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;

/** Honors a sane `X-Request-Id` (e.g. from a proxy in front of the gateway); otherwise makes one. */
export function requestIdFromHeader(header: string | null): string {
  return header && REQUEST_ID_PATTERN.test(header) ? header : randomUUID();
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}
