// The error table, row by row: each domain error has its code, its HTTP status, its GraphQL type and its REST
// body `{ error: message, details: { code, … } }`, as clients rely on them (and the README documents them).
import { describe, expect, it } from 'vitest';
import {
  ApiKeyNotFoundError,
  ConnectionBusyError,
  ConnectionDeletedError,
  ConnectionNotFoundError,
  WebhookEventNotFoundError,
  errorCodes,
  errorTable,
  MissingRefreshTokenError,
  ProviderNotConfiguredError,
  ProviderNotSupportedError,
  RateLimitedError,
  UpstreamError,
  ValidationError,
  WebhookEndpointNotFoundError,
  type ErrorCode,
  type GatewayError,
} from './errors.js';
import { errorAnswer } from './server/errorBodies.js';

interface Row {
  error: GatewayError;
  httpStatus: number;
  graphqlType: string;
  message: string;
  details: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** One instance of every domain error, with what the table has to answer for it. */
const rows: Record<ErrorCode, Row> = {
  NOT_FOUND: {
    error: new ConnectionNotFoundError('c-1'),
    httpStatus: 404,
    graphqlType: 'ConnectionNotFoundError',
    message: 'Connection "c-1" was not found.',
    details: {},
  },
  BAD_USER_INPUT: {
    error: new ValidationError('perPage', 'perPage must be at most 100.'),
    httpStatus: 400,
    graphqlType: 'ValidationError',
    message: 'perPage must be at most 100.',
    details: { argument: 'perPage' },
  },
  NOT_IMPLEMENTED: {
    error: new ProviderNotSupportedError('Notion', 'syncDocuments'),
    httpStatus: 501,
    graphqlType: 'ProviderNotSupportedError',
    message: 'Notion connections cannot be synced yet.',
    details: { provider: 'Notion', operation: 'syncDocuments' },
  },
  MISSING_REFRESH_TOKEN: {
    error: new MissingRefreshTokenError('c-2', 'the provider refused its refresh token'),
    httpStatus: 400,
    graphqlType: 'MissingRefreshTokenError',
    message: 'Connection c-2 has no usable credentials (the provider refused its refresh token); connect it again.',
    details: {},
  },
  RATE_LIMITED: {
    error: new RateLimitedError('GitHub', 42),
    httpStatus: 429,
    graphqlType: 'RateLimitedError',
    message: 'GitHub rate limit reached; retry in 42 seconds.',
    details: { provider: 'GitHub', retryAfterSeconds: 42 },
    headers: { 'retry-after': '42' },
  },
  UPSTREAM_ERROR: {
    error: new UpstreamError('GitHub', 'GitHub failed to list repositories (HTTP 502).', 'acme/docs'),
    httpStatus: 502,
    graphqlType: 'UpstreamError',
    message: 'GitHub failed to list repositories (HTTP 502).',
    details: { provider: 'GitHub', resource: 'acme/docs' },
  },
  PROVIDER_NOT_CONFIGURED: {
    error: new ProviderNotConfiguredError('GitHub', ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET']),
    httpStatus: 400,
    graphqlType: 'ProviderNotConfiguredError',
    message: "GitHub's OAuth app is not configured on this gateway: set GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET.",
    details: { provider: 'GitHub', variables: ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET'] },
  },
  API_KEY_NOT_FOUND: {
    error: new ApiKeyNotFoundError('cgw_0123456789ab'),
    httpStatus: 404,
    graphqlType: 'ApiKeyNotFoundError',
    message: 'No API key with prefix "cgw_0123456789ab".',
    details: { prefix: 'cgw_0123456789ab' },
  },
  WEBHOOK_ENDPOINT_NOT_FOUND: {
    error: new WebhookEndpointNotFoundError('e-1'),
    httpStatus: 404,
    graphqlType: 'WebhookEndpointNotFoundError',
    message: 'Webhook endpoint "e-1" was not found.',
    details: { endpointId: 'e-1' },
  },
  WEBHOOK_EVENT_NOT_FOUND: {
    error: new WebhookEventNotFoundError('ev-1'),
    httpStatus: 404,
    graphqlType: 'WebhookEventNotFoundError',
    message: 'Event "ev-1" is not in your organization\'s event log.',
    details: { eventId: 'ev-1' },
  },
  CONFLICT: {
    error: new ConnectionBusyError('c-3'),
    httpStatus: 409,
    graphqlType: 'ConnectionBusyError',
    message: 'Another change to connection c-3 is still in progress; nothing was changed. Try again.',
    details: { connectionId: 'c-3' },
  },
  CONNECTION_DELETED: {
    error: new ConnectionDeletedError('c-4'),
    httpStatus: 409,
    graphqlType: 'ConnectionDeletedError',
    message: 'Connection c-4 was deleted; create a new connection instead.',
    details: { connectionId: 'c-4' },
  },
};

describe('the error table', () => {
  it('has exactly one row per domain error, and the ErrorCode enum lists them all', () => {
    expect(Object.keys(errorTable).sort()).toEqual(Object.keys(rows).sort());
    expect(errorCodes).toEqual(Object.keys(errorTable));
  });

  describe.each(Object.entries(rows))('%s', (code, row) => {
    it('is the code of its error, with the status and the GraphQL type of its row', () => {
      expect(row.error.code).toBe(code);
      expect(row.error.httpStatus).toBe(row.httpStatus);
      expect(errorTable[row.error.code]).toEqual(expect.objectContaining({ httpStatus: row.httpStatus, graphqlType: row.graphqlType }));
      // The GraphQL object type carries the class's name, so logs and the schema say the same.
      expect(row.error.name).toBe(row.graphqlType);
      expect(row.error.message).toBe(row.message);
    });

    it('answers REST with its status, `{ error, details: { code, … } }` and the headers it calls for', () => {
      expect(errorAnswer('rest', row.error)).toEqual({
        status: row.httpStatus,
        headers: row.headers ?? {},
        body: { error: row.message, details: { code, ...row.details } },
      });
    });

    it('answers GraphQL with the same status, the code first in the extensions', () => {
      const answer = errorAnswer('graphql', row.error);
      expect(answer).toEqual({
        status: row.httpStatus,
        headers: row.headers ?? {},
        body: { errors: [{ message: row.message, extensions: { code, ...row.details } }] },
      });
      const [first] = 'errors' in answer.body ? answer.body.errors : [];
      expect(Object.keys(first?.extensions ?? {})[0]).toBe('code');
    });
  });
});

describe('domain errors', () => {
  it('names the resource of an upstream failure only when there is one, and keeps the cause', () => {
    const cause = new Error('socket hang up');
    const error = new UpstreamError('GitHub', 'GitHub failed.', null, { cause });
    expect(error.details()).toEqual({ provider: 'GitHub' });
    expect(error.cause).toBe(cause);
  });

  it('says which operation a provider does not support', () => {
    const sentences = (['listResources', 'configureResources', 'createConnection', 'syncDocuments', 'receiveWebhooks'] as const).map(
      (operation) => new ProviderNotSupportedError('S3', operation).message,
    );
    expect(sentences).toEqual([
      'S3 connections do not support listing resources.',
      'S3 connections do not support configuring resources.',
      'S3 connections cannot be created through OAuth yet.',
      'S3 connections cannot be synced yet.',
      'S3 sends no webhooks to this gateway.',
    ]);
  });

  it('quotes a connection id that is not found, so an odd id cannot blur the message', () => {
    expect(new ConnectionNotFoundError('a "b"').message).toBe('Connection "a \\"b\\"" was not found.');
  });
});
