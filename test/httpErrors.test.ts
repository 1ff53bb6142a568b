// The error boundary over HTTP: every failure of the exchange itself (no route, wrong method, body too large or of
// the wrong type, headers too large, a malformed URL, an unexpected fault) answers in the shape of its surface,
// with the request id header once, no stack trace, and a log entry only for what nobody anticipated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, TEST_ORIGIN, type TestGateway } from './support/gateway';
import { rawRequest as raw } from './support/rawHttp';

const STACK_TRACE = /\n\s+at |\/src\/|\.ts:\d+/;

function expectRestError(body: unknown, code: string) {
  expect(body).toEqual({ error: expect.any(String), details: expect.objectContaining({ code }) });
}

function expectGraphQLError(body: unknown, code: string) {
  expect(body).toEqual({
    errors: [expect.objectContaining({ message: expect.any(String), extensions: expect.objectContaining({ code }) })],
  });
}

describe('the error boundary', () => {
  let gateway: TestGateway;
  let key: string;

  beforeAll(async () => {
    gateway = await startTestGateway('embedded', { MAX_BODY_BYTES: '1000' });
    ({ key } = await gateway.createOrganization('acme'));
  });
  afterAll(() => gateway?.close());

  const send = (path: string, init: RequestInit = {}) => gateway.app.fetch(`${TEST_ORIGIN}${path}`, init);
  const withKey = (headers: Record<string, string> = {}) => ({ authorization: `Bearer ${key}`, ...headers });

  async function expectTyped(response: Response, status: number, code: string, surface: 'graphql' | 'rest') {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    // Sent once: a repeated header reaches fetch joined with a comma.
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const text = await response.text();
    expect(text).not.toMatch(STACK_TRACE);
    if (surface === 'graphql') expectGraphQLError(JSON.parse(text), code);
    else expectRestError(JSON.parse(text), code);
  }

  it('answers paths that are no route with a typed 404, near misses included', async () => {
    for (const path of ['/V3/connections/list', '/v3/connection', '/webhooks/github/', '/graphql/', '/nowhere', '/oauth/callback']) {
      await expectTyped(await send(path, { method: 'POST', headers: withKey() }), 404, 'NOT_FOUND', 'rest');
    }
  });

  it('answers a known path with the wrong method 405, naming the methods in Allow', async () => {
    const graphql = await send('/graphql', { method: 'PUT', headers: withKey() });
    expect(graphql.headers.get('allow')).toBe('GET, POST');
    await expectTyped(graphql, 405, 'METHOD_NOT_ALLOWED', 'graphql');
    const rest = await send('/v3/connections/list', { method: 'GET', headers: withKey() });
    expect(rest.status).not.toBe(405); // GET /v3/connections/:id takes it: "list" is looked up as an id
    const webhook = await send('/webhooks/github', { method: 'GET' });
    expect(webhook.headers.get('allow')).toBe('POST');
    await expectTyped(webhook, 405, 'METHOD_NOT_ALLOWED', 'rest');
    await expectTyped(
      await send('/v3/connections/abc/configure', { method: 'DELETE', headers: withKey() }),
      405,
      'METHOD_NOT_ALLOWED',
      'rest',
    );
    await expectTyped(await send('/picker/', { method: 'POST' }), 405, 'METHOD_NOT_ALLOWED', 'rest');
  });

  it('answers a body over the limit 413 in the GraphQL shape on /graphql and the REST shape elsewhere', async () => {
    const big = JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(2000) });
    const json = withKey({ 'content-type': 'application/json' });
    await expectTyped(await send('/graphql', { method: 'POST', headers: json, body: big }), 413, 'PAYLOAD_TOO_LARGE', 'graphql');
    await expectTyped(await send('/v3/connections/list', { method: 'POST', headers: json, body: big }), 413, 'PAYLOAD_TOO_LARGE', 'rest');
    await expectTyped(await send('/webhooks/github', { method: 'POST', headers: json, body: big }), 413, 'PAYLOAD_TOO_LARGE', 'rest');
  });

  it('answers a media type it does not read 415', async () => {
    await expectTyped(
      await send('/graphql', { method: 'POST', headers: withKey({ 'content-type': 'text/plain' }), body: '{ __typename }' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'graphql',
    );
    await expectTyped(
      await send('/v3/connections/list', { method: 'POST', headers: withKey({ 'content-type': 'text/xml' }), body: '<x/>' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'rest',
    );
  });

  it('answers a URL with broken percent-encoding 400, before authentication', async () => {
    await expectTyped(await send('/v3/connections/%E0%A4%A'), 400, 'BAD_REQUEST', 'rest');
    await expectTyped(await send('/webhooks/%FF', { method: 'POST', body: '{}' }), 400, 'BAD_REQUEST', 'rest');
  });

  it('answers headers too large 431, typed for the surface its request line names, with one request id', async () => {
    const huge = 'x'.repeat(20 * 1024);
    for (const [path, surface] of [
      ['/graphql', 'graphql'],
      ['/v3/connections/list', 'rest'],
    ] as const) {
      const answer = await raw(gateway.app.url, `POST ${path} HTTP/1.1\r\nHost: x\r\nX-Padding: ${huge}\r\nContent-Length: 0\r\n\r\n`);
      expect(answer.status).toBe(431);
      expect(answer.headers.filter(([name]) => name === 'x-request-id')).toHaveLength(1);
      expect(answer.headers.filter(([name]) => name === 'content-type')).toEqual([['content-type', 'application/json; charset=utf-8']]);
      if (surface === 'graphql') expectGraphQLError(JSON.parse(answer.body), 'REQUEST_HEADER_FIELDS_TOO_LARGE');
      else expectRestError(JSON.parse(answer.body), 'REQUEST_HEADER_FIELDS_TOO_LARGE');
    }
  });

  it('sends each header once on every error answer', async () => {
    const answer = await raw(
      gateway.app.url,
      `POST /v3/connections/list HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(413);
    const names = answer.headers.map(([name]) => name);
    expect(names.filter((name) => name === 'content-type')).toHaveLength(1);
    expect(names.filter((name) => name === 'x-request-id')).toHaveLength(1);
    expectRestError(JSON.parse(answer.body), 'PAYLOAD_TOO_LARGE');
  });

  it('answers REST failures nobody anticipated with a typed 500, logged once with the request id', async () => {
    const faulty = await gateway.createOrganization('faulty');
    // A real fault: the table the route reads is gone.
    await gateway.db.prisma.$executeRawUnsafe('ALTER TABLE sync_runs RENAME TO sync_runs_moved');
    try {
      const connectionId = await gateway.createConnection(faulty.organizationId);
      const before = gateway.logs.length;
      const response = await send(`/v3/connections/${connectionId}/sync-runs`, { headers: { authorization: `Bearer ${faulty.key}` } });
      await expectTyped(response, 500, 'INTERNAL_SERVER_ERROR', 'rest');
      const errorLines = gateway.logs
        .slice(before)
        .map((line) => JSON.parse(line))
        .filter((line) => line.level >= 50);
      expect(errorLines).toEqual([
        expect.objectContaining({
          requestId: response.headers.get('x-request-id'),
          err: expect.objectContaining({ stack: expect.any(String) }),
        }),
      ]);
    } finally {
      await gateway.db.prisma.$executeRawUnsafe('ALTER TABLE sync_runs_moved RENAME TO sync_runs');
    }
  });

  it('logs nothing at error level for the failures it answers as typed', async () => {
    const before = gateway.logs.length;
    await send('/nowhere');
    await send('/graphql', { method: 'DELETE' });
    await send('/v3/connections/%00', { headers: withKey() });
    await send('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    await send('/graphql', { method: 'POST', headers: withKey({ 'content-type': 'application/json' }), body: '{' });
    const lines = gateway.logs.slice(before).map((line) => JSON.parse(line));
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    expect(lines.filter((line) => line.msg === 'request completed')).toHaveLength(5);
  });
});
