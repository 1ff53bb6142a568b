// Every HTTP answer that is an error leaves through here: thrown typed failures, Fastify's own (bad URL, body too
// large, unsupported media type), routes that do not exist or do not take the method, requests Node's HTTP parser
// refuses (431), and anything unexpected. Each is answered in its surface's shape (errorBodies.ts); an unexpected
// one is logged once, in full, with the request id, and reaches the client only as "Unexpected error.".
import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from '../logger.js';
import { errorAnswer, isTypedFailure, surfaceOf, UNEXPECTED, type TypedFailure } from './errorBodies.js';
import { HttpError, httpErrorStatus, methodNotAllowed, payloadTooLarge, type HttpErrorCode } from '../http/httpErrors.js';
import { newRequestId } from './requestIds.js';

export function sendError(request: FastifyRequest, reply: FastifyReply, failure: TypedFailure): FastifyReply {
  const answer = errorAnswer(surfaceOf(pathOf(request.url)), failure);
  // Refused before its body arrived: that body is not worth keeping the connection for (Node would read it all).
  if (!request.raw.complete) reply.header('connection', 'close');
  // Set here too: a request refused by the router (a malformed URL) skips the hook that sets it for the others.
  reply.header('x-request-id', request.id);
  return reply.code(answer.status).headers(answer.headers).type('application/json; charset=utf-8').send(answer.body);
}

export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

// The general code of each status (the first listed), for Fastify's errors that only carry a status.
const codeByStatus = new Map<number, HttpErrorCode>();
for (const [code, status] of Object.entries(httpErrorStatus))
  if (!codeByStatus.has(status)) codeByStatus.set(status, code as HttpErrorCode);

/** Fastify's own client errors, with messages of ours where its own would be vague or leak parser detail. */
export function fromFastify(error: FastifyError, maxBodyBytes: number): TypedFailure | null {
  const status = error.statusCode;
  if (status === undefined || status < 400 || status >= 500) return null;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return payloadTooLarge(maxBodyBytes);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError('UNSUPPORTED_MEDIA_TYPE', 'Unsupported Content-Type: send application/json.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HttpError('BAD_REQUEST', 'The request body does not match its Content-Length.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpError('BAD_REQUEST', 'The request body is empty; send a JSON object.');
    case 'FST_ERR_BAD_URL':
      return new HttpError('BAD_REQUEST', 'The URL is malformed (invalid percent-encoding).');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new HttpError('URI_TOO_LONG', 'A path segment of the URL is too long.');
    default:
      return new HttpError(codeByStatus.get(status) ?? 'BAD_REQUEST', error.message);
  }
}

interface KnownRoute {
  pattern: RegExp;
  methods: Set<string>;
}

/** A route URL (`/v3/connections/:id`, `/picker/*`) as a pattern over concrete paths. */
function patternOf(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) => (segment === '*' ? '.*' : segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

/** Fastify's `frameworkErrors`: what its router refuses before any route or hook (a malformed URL, say). */
export function frameworkErrorHandler(maxBodyBytes: number) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    sendError(request, reply, fromFastify(error, maxBodyBytes) ?? new HttpError('BAD_REQUEST', 'The request could not be routed.'));
  };
}

export function installErrorBoundary(app: FastifyInstance, { maxBodyBytes }: { maxBodyBytes: number }): void {
  // Which methods each path takes, so a known path with another method answers 405 and names them.
  const known: KnownRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    let entry = known.find((candidate) => candidate.pattern.source === patternOf(route.url).source);
    if (!entry) known.push((entry = { pattern: patternOf(route.url), methods: new Set() }));
    for (const method of methods) if (method !== 'OPTIONS') entry.methods.add(method);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request.url);
    const allowed = [...new Set(known.filter((route) => route.pattern.test(path)).flatMap((route) => [...route.methods]))];
    if (allowed.length > 0) return sendError(request, reply, methodNotAllowed(request.method, allowed.sort()));
    return sendError(request, reply, new HttpError('NOT_FOUND', `No route for ${request.method} ${path}.`));
  });

  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    const typed = isTypedFailure(error) ? error : fromFastify(error as FastifyError, maxBodyBytes);
    if (typed) return sendError(request, reply, typed);
    request.log.error({ err: error, method: request.method, path: pathOf(request.url) }, error.message || 'unexpected error');
    return sendError(request, reply, UNEXPECTED);
  });
}

/** The path of a request Node's parser refused, read from the bytes it received (its request line), if any. */
function refusedPath(rawPacket: unknown): string {
  if (!Buffer.isBuffer(rawPacket)) return '';
  const requestLine = rawPacket.subarray(0, 2048).toString('latin1').split('\r\n', 1)[0] ?? '';
  return pathOf(requestLine.split(' ')[1] ?? '');
}

/**
 * Requests Node's HTTP parser refuses never reach a route: headers too large (431), a malformed request (400), a
 * request that took too long (408). They are answered in the shape of the surface their request line names, with
 * a request id, and the connection is closed.
 */
export function clientErrorHandler(logger: Logger) {
  return (error: NodeJS.ErrnoException & { rawPacket?: unknown }, socket: Socket): void => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const code: HttpErrorCode =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? 'REQUEST_TIMEOUT'
          : 'BAD_REQUEST';
    const message =
      code === 'REQUEST_HEADER_FIELDS_TOO_LARGE'
        ? 'The request headers are too large.'
        : code === 'REQUEST_TIMEOUT'
          ? 'The request took too long to arrive.'
          : 'The request is not valid HTTP.';
    const failure = new HttpError(code, message);
    const body = JSON.stringify(errorAnswer(surfaceOf(refusedPath(error.rawPacket)), failure).body);
    const requestId = newRequestId();
    logger.debug({ requestId, parserError: error.code }, 'refused a request the HTTP parser could not read');
    if (socket.writable) {
      socket.write(
        `HTTP/1.1 ${failure.httpStatus} ${STATUS_CODES[failure.httpStatus] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
      );
    }
    socket.destroy();
  };
}
