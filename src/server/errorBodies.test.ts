// How a typed failure is answered on each surface, for the failures of the HTTP exchange itself and for the
// failure nobody anticipated (its message and code are fixed: nothing of the original reaches the client).
import { STATUS_CODES } from 'node:http';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ConnectionNotFoundError } from '../errors.js';
import { badRequest, HttpError, httpErrorStatus, methodNotAllowed, payloadTooLarge, unauthenticated } from '../http/httpErrors.js';
import { errorAnswer, isTypedFailure, surfaceOf, UNEXPECTED } from './errorBodies.js';

describe('failures of the HTTP exchange', () => {
  it('use the standard status of the code that names one (NOT_FOUND is 404, …)', () => {
    const standard = new Map(Object.entries(STATUS_CODES).map(([status, phrase]) => [phrase?.toUpperCase().replaceAll(' ', '_'), status]));
    const named = Object.entries(httpErrorStatus).filter(([code]) => standard.has(code));
    expect(named.length).toBeGreaterThan(10);
    for (const [code, status] of named) expect([code, String(status)]).toEqual([code, standard.get(code)]);
    expect(httpErrorStatus.INVALID_OAUTH_STATE).toBe(400);
    expect(httpErrorStatus.INVALID_SIGNATURE).toBe(401);
  });

  it('ask for a key with WWW-Authenticate on 401', () => {
    expect(errorAnswer('rest', unauthenticated())).toEqual({
      status: 401,
      headers: { 'www-authenticate': 'Bearer realm="connections-gateway"' },
      body: { error: 'A valid API key is required: send it as "Authorization: Bearer <key>".', details: { code: 'UNAUTHENTICATED' } },
    });
  });

  it('name the allowed methods on 405, in Allow and in the details', () => {
    expect(errorAnswer('graphql', methodNotAllowed('PUT', ['GET', 'POST']))).toEqual({
      status: 405,
      headers: { allow: 'GET, POST' },
      body: {
        errors: [
          {
            message: 'Method PUT is not allowed here; use GET or POST.',
            extensions: { code: 'METHOD_NOT_ALLOWED', allowed: ['GET', 'POST'] },
          },
        ],
      },
    });
  });

  it('state the limit on 413, and carry the facts of a 400', () => {
    expect(errorAnswer('rest', payloadTooLarge(1000))).toEqual({
      status: 413,
      headers: {},
      body: { error: 'Request body too large: the limit is 1000 bytes.', details: { code: 'PAYLOAD_TOO_LARGE', maxBytes: 1000 } },
    });
    expect(errorAnswer('rest', badRequest('Bad cursor.', { argument: 'after' })).body).toEqual({
      error: 'Bad cursor.',
      details: { code: 'BAD_REQUEST', argument: 'after' },
    });
  });

  it('put the code first in the details, before the facts', () => {
    const answer = errorAnswer('rest', new HttpError('NOT_FOUND', 'No route.', { route: '/x' }));
    expect(JSON.stringify(answer.body)).toBe('{"error":"No route.","details":{"code":"NOT_FOUND","route":"/x"}}');
  });
});

describe('the unexpected failure', () => {
  it('is a 500 with a fixed message and code on both surfaces', () => {
    expect(errorAnswer('rest', UNEXPECTED)).toEqual({
      status: 500,
      headers: {},
      body: { error: 'Unexpected error.', details: { code: 'INTERNAL_SERVER_ERROR' } },
    });
    expect(errorAnswer('graphql', UNEXPECTED).body).toEqual({
      errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(Object.isFrozen(UNEXPECTED)).toBe(true);
  });

  it('is what anything but a domain or HTTP failure becomes: only those count as typed', () => {
    expect(isTypedFailure(new ConnectionNotFoundError('x'))).toBe(true);
    expect(isTypedFailure(unauthenticated())).toBe(true);
    for (const other of [
      new Error('boom'),
      new GraphQLError('boom'),
      { code: 'NOT_FOUND', httpStatus: 404, message: 'x' },
      'NOT_FOUND',
      null,
    ]) {
      expect(isTypedFailure(other)).toBe(false);
    }
  });
});

describe('surfaceOf', () => {
  it('answers /graphql in the GraphQL shape and every other path in the REST shape', () => {
    expect(surfaceOf('/graphql')).toBe('graphql');
    for (const path of ['/graphql/', '/GRAPHQL', '/v3/connections', '/webhooks/github', '/oauth/callback', '']) {
      expect(surfaceOf(path)).toBe('rest');
    }
  });
});
