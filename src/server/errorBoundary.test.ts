// Fastify's own client errors, typed: the ones with vague or parser-revealing messages get messages of ours, the
// others the general code of their status; a 5xx (or an error with no status) is not a client error at all.
import type { FastifyError } from 'fastify';
import { describe, expect, it } from 'vitest';
import { fromFastify, pathOf } from './errorBoundary.js';

const MAX_BODY_BYTES = 1000;

function fastifyError(code: string, statusCode: number | undefined, message = 'fastify says so'): FastifyError {
  return Object.assign(new Error(message), { code, statusCode, name: 'FastifyError' });
}

function typed(code: string, statusCode: number | undefined, message?: string) {
  const failure = fromFastify(fastifyError(code, statusCode, message), MAX_BODY_BYTES);
  return failure && { code: failure.code, httpStatus: failure.httpStatus, message: failure.message, details: failure.details() };
}

describe('fromFastify', () => {
  it('gives the errors it knows messages of ours', () => {
    expect(typed('FST_ERR_CTP_BODY_TOO_LARGE', 413)).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      httpStatus: 413,
      message: 'Request body too large: the limit is 1000 bytes.',
      details: { maxBytes: MAX_BODY_BYTES },
    });
    expect(typed('FST_ERR_CTP_INVALID_MEDIA_TYPE', 415)).toEqual(
      expect.objectContaining({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        httpStatus: 415,
        message: 'Unsupported Content-Type: send application/json.',
      }),
    );
    expect(typed('FST_ERR_CTP_INVALID_CONTENT_LENGTH', 400)).toEqual(expect.objectContaining({ code: 'BAD_REQUEST', httpStatus: 400 }));
    expect(typed('FST_ERR_CTP_EMPTY_JSON_BODY', 400)?.message).toBe('The request body is empty; send a JSON object.');
    expect(typed('FST_ERR_BAD_URL', 400)?.message).toBe('The URL is malformed (invalid percent-encoding).');
    expect(typed('FST_ERR_MAX_PARAM_LENGTH', 414)).toEqual(expect.objectContaining({ code: 'URI_TOO_LONG', httpStatus: 414 }));
  });

  it('types any other client error by its status, taking the general code where a status has several', () => {
    expect(typed('FST_ERR_SOMETHING', 406, 'Not acceptable here.')).toEqual({
      code: 'NOT_ACCEPTABLE',
      httpStatus: 406,
      message: 'Not acceptable here.',
      details: {},
    });
    expect(typed('FST_ERR_SOMETHING', 400)?.code).toBe('BAD_REQUEST'); // not INVALID_OAUTH_STATE
    expect(typed('FST_ERR_SOMETHING', 401)?.code).toBe('UNAUTHENTICATED'); // not INVALID_SIGNATURE
    expect(typed('FST_ERR_SOMETHING', 418)).toEqual(expect.objectContaining({ code: 'BAD_REQUEST', httpStatus: 400 }));
  });

  it('leaves server errors and errors without a status to the unexpected path', () => {
    expect(typed('FST_ERR_SOMETHING', 500)).toBeNull();
    expect(typed('FST_ERR_SOMETHING', 503)).toBeNull();
    expect(typed('FST_ERR_SOMETHING', 302)).toBeNull();
    expect(typed('ECONNRESET', undefined)).toBeNull();
  });
});

describe('pathOf', () => {
  it('drops the query, and only the query', () => {
    expect(pathOf('/v3/connections?page=2&perPage=10')).toBe('/v3/connections');
    expect(pathOf('/graphql')).toBe('/graphql');
    expect(pathOf('/graphql?')).toBe('/graphql');
    expect(pathOf('/a%3Fb?c=?')).toBe('/a%3Fb');
  });
});
