// Every request gets an id, returned as `X-Request-Id` and bound to its log lines. A sane id sent by the client
// (e.g. a proxy in front of the gateway) is kept, so one id follows the request across hops.
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;

export function newRequestId(): string {
  return randomUUID();
}

/** Fastify's `genReqId`. */
export function requestIdOf(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID_PATTERN.test(header) ? header : newRequestId();
}
