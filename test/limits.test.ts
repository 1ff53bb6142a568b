// Request limits (src/server/requestLimits.ts) over HTTP semantics: status codes, error codes, headers, on the
// real app (createGatewayApp) with the limits under test.
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config';
import { createLogger } from '../src/logger';
import { createGatewayApp } from '../src/server/app';
import { defaultRequestLimits, requestLimitsFromEnv, type RequestLimits } from '../src/server/requestLimits';
import { serve, startTestGateway, type ServedApp, type TestGateway } from './support/gateway';
import { rawRequest } from './support/rawHttp';

const logger = createLogger('silent');

const served: ServedApp[] = [];

async function limitedApp(test: TestGateway, overrides: Partial<RequestLimits> = {}): Promise<ServedApp> {
  const app = await serve(
    await createGatewayApp({ db: test.db, services: test.services, logger, limits: { ...defaultRequestLimits, ...overrides } }),
  );
  served.push(app);
  return app;
}

type App = ServedApp;

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[] };
}

const GRAPHQL_RESPONSE = 'application/graphql-response+json, application/json';

async function graphql(
  app: App,
  query: string,
  { key, accept = GRAPHQL_RESPONSE }: { key?: string; accept?: string } = {},
): Promise<Answer> {
  const response = await app.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** `depth` (2 or more) nested fields, the innermost a scalar: `{ __type(name: "Query") { fields { type { ofType { … name } } } } }`. */
function nestedQuery(depth: number): string {
  const objects = ['__type(name: "Query")', 'fields', 'type', ...Array.from({ length: Math.max(0, depth - 4) }, () => 'ofType')].slice(
    0,
    depth - 1,
  );
  return `{ ${objects.join(' { ')} { name }${' }'.repeat(objects.length - 1)} }`;
}

const repeated = (count: number, item: (index: number) => string) => Array.from({ length: count }, (_, i) => item(i)).join(' ');

/** A GraphQL request body of exactly `bytes` bytes, padded with an unused variable. */
function bodyOfSize(bytes: number): string {
  const empty = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
  const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes - empty.length) } });
  expect(Buffer.byteLength(body)).toBe(bytes);
  return body;
}

/** A chunked body (no Content-Length) that counts how many bytes were pulled from it. */
function streamed(text: string, chunkBytes = 16 * 1024): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + chunkBytes));
      offset += chunkBytes;
    },
  });
  return { body, pulled: () => Math.min(offset, bytes.length) };
}

/** An endless chunked body: only a reader that stops on its own can answer. */
function endless(chunkBytes = 64 * 1024): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const chunk = new TextEncoder().encode('x'.repeat(chunkBytes));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += chunk.byteLength;
      controller.enqueue(chunk.slice());
    },
  });
  return { body, pulled: () => pulled };
}

function expectLimitError(answer: Answer, limit: string, message: RegExp) {
  expect(answer.status).toBe(400);
  expect(answer.body.data ?? null).toBeNull();
  expect(answer.body.errors).toEqual([
    expect.objectContaining({
      message: expect.stringMatching(message),
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', limit }),
    }),
  ]);
  // yoga's internal http extension never reaches clients.
  expect(answer.body.errors?.[0]?.extensions).not.toHaveProperty('http');
}

describe('request limits', () => {
  let test: TestGateway;
  let key: string;
  let app: App;

  beforeAll(async () => {
    test = await startTestGateway('embedded');
    ({ key } = await test.createOrganization('acme'));
    app = await limitedApp(test);
  });
  afterAll(async () => {
    await Promise.all(served.splice(0).map((app) => app.close()));
    await test?.close();
  });

  describe('GraphQL document limits (defaults)', () => {
    it('accepts a depth of 12 and rejects 13 with 400 BAD_USER_INPUT naming the limit', async () => {
      const atLimit = await graphql(app, nestedQuery(12), { key });
      expect(atLimit.status).toBe(200);
      expect(atLimit.body.errors).toBeUndefined();
      expect(atLimit.body.data?.__type).toBeTruthy();

      const over = await graphql(app, nestedQuery(13), { key });
      expectLimitError(over, 'maxDepth', /^Query depth limit exceeded: the maximum depth is 12, this query has 13\.$/);
      expect(over.body.errors?.[0]?.extensions).toMatchObject({ maximum: 12, found: 13 });
    });

    it('does not count inline fragments (the schema answers with unions) as depth', async () => {
      // 12 fields deep, with a fragment on each of the first levels: still 12.
      const fields = ['fields', 'type', ...Array.from({ length: 8 }, () => 'ofType')];
      const query = `{ __type(name: "Query") { ... on __Type { ${fields.map((f) => `${f} { ... on ${f === 'fields' ? '__Field' : '__Type'} {`).join(' ')} name ${'} } '.repeat(fields.length)} } } }`;
      const answer = await graphql(app, query, { key });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    });

    it('accepts 30 aliases and rejects 31', async () => {
      const aliases = (n: number) => `{ ${repeated(n, (i) => `p${i}: providers { id }`)} }`;
      const atLimit = await graphql(app, aliases(30), { key });
      expect(atLimit.status).toBe(200);
      expect(Object.keys(atLimit.body.data ?? {})).toHaveLength(30);

      const over = await graphql(app, aliases(31), { key });
      expectLimitError(over, 'maxAliases', /^Query alias limit exceeded: at most 30 aliases are allowed, this query has 31\.$/);
      expect(over.body.errors?.[0]?.extensions).toMatchObject({ maximum: 30, found: 31 });
    });

    it('does not count __typename aliases', async () => {
      const answer = await graphql(app, `{ ${repeated(40, (i) => `t${i}: __typename`)} }`, { key });
      expect(answer.status).toBe(200);
    });

    it('accepts 2000 tokens and rejects 2001, before parsing', async () => {
      // `{`, 666 × `tN : __typename`, `}`: 2000 tokens. (Distinct names: graphql-js gives up comparing ~2000
      // identical fields with "Validation aborted.", and __typename aliases do not count towards maxAliases.)
      const typenames = repeated(666, (i) => `t${i}: __typename`);
      const atLimit = await graphql(app, `{ ${typenames} }`, { key });
      expect(atLimit.body.errors).toBeUndefined();
      expect(atLimit.status).toBe(200);
      expect(Object.keys(atLimit.body.data ?? {})).toHaveLength(666);

      const over = await graphql(app, `{ ${typenames} __typename }`, { key });
      expectLimitError(over, 'maxTokens', /^Query token limit exceeded: at most 2000 tokens are allowed\.$/);
      expect(over.body.errors?.[0]?.extensions).toMatchObject({ maximum: 2000 });

      // Too many tokens is reported even when the document would not parse.
      const broken = await graphql(app, `{ ${typenames} ${typenames}`, { key });
      expectLimitError(broken, 'maxTokens', /token limit/);
    });

    it('does not count comments as tokens', async () => {
      const typenames = repeated(666, (i) => `t${i}: __typename`);
      const answer = await graphql(app, `{ ${typenames} }\n${repeated(500, () => '# comment\n')}`, { key });
      expect(answer.status).toBe(200);
    });

    it('accepts 20 directives and rejects 21', async () => {
      const directives = (n: number) => `{ ${repeated(n, () => '__typename @include(if: true)')} }`;
      const atLimit = await graphql(app, directives(20), { key });
      expect(atLimit.status).toBe(200);

      const over = await graphql(app, directives(21), { key });
      expectLimitError(over, 'maxDirectives', /^Query directive limit exceeded: at most 20 directives are allowed, this query has 21\.$/);
    });

    it('accepts a cost at the limit and rejects more, with graphql-armor cost semantics', async () => {
      // 1 per scalar, 2 per object, children weighted by 1.5, an object's total multiplied by `first`:
      // `connections(first: N) { totalCount }` costs (2 + 1.5 × 1) × N = 3.5 N.
      const cost = (first: number) => `{ connections(first: ${first}) { totalCount } }`;
      const atLimit = await graphql(await limitedApp(test, { maxCost: 350 }), cost(100), { key });
      expect(atLimit.status).toBe(200);
      expect(atLimit.body.data).toEqual({ connections: { totalCount: 0 } });

      const over = await graphql(await limitedApp(test, { maxCost: 349 }), cost(100), { key });
      expectLimitError(over, 'maxCost', /^Query cost limit exceeded: the maximum cost is 349, this query costs 350\.$/);
      expect(over.body.errors?.[0]?.extensions).toMatchObject({ maximum: 349, found: 350 });

      // At the default of 20000, 5714 × 3.5 = 19999 passes (and the resolver then refuses a page over 100);
      // 5715 × 3.5 = 20002.5 does not.
      const under = await graphql(app, cost(5714), { key });
      expect(under.body.errors).toEqual([expect.objectContaining({ message: 'first must be between 1 and 100.' })]);
      expectLimitError(await graphql(app, cost(5715), { key }), 'maxCost', /the maximum cost is 20000, this query costs 20002\.5\.$/);
    });

    it('lets a realistic page of connections through at the defaults', async () => {
      const query = `{
        connections(first: 100) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { id provider status accountLogin configuredResources { name webhookActive } } }
        }
        providers { id name }
      }`;
      const answer = await graphql(app, query, { key });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    });

    it('answers 400 also to clients that accept only application/json', async () => {
      // yoga answers spec errors with 200 to such clients; limit errors opt out of that.
      const cases: [string, string][] = [
        ['maxDepth', nestedQuery(13)],
        ['maxAliases', `{ ${repeated(31, (i) => `p${i}: providers { id }`)} }`],
        ['maxTokens', `{ ${repeated(1000, (i) => `t${i}: __typename`)} }`],
        ['maxDirectives', `{ ${repeated(21, () => '__typename @skip(if: false)')} }`],
      ];
      for (const [limit, query] of cases) {
        expectLimitError(await graphql(app, query, { key, accept: 'application/json' }), limit, /limit exceeded/);
      }
    });

    it('checks the key first: without one, an over-limit query is refused with 401, never answered', async () => {
      // nestedQuery is introspection, which is answered without a key only within the limits.
      const answer = await graphql(app, nestedQuery(13));
      expect(answer.status).toBe(401);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('reports every broken limit at once, with other validation errors', async () => {
      const query = `{ ${repeated(31, (i) => `p${i}: providers { id nope }`)} ${repeated(21, () => '__typename @include(if: true)')} }`;
      const answer = await graphql(app, query, { key });
      expect(answer.status).toBe(400);
      const codes = answer.body.errors?.map((error) => error.extensions?.limit ?? error.extensions?.code);
      expect(codes).toEqual(expect.arrayContaining(['maxAliases', 'maxDirectives', 'GRAPHQL_VALIDATION_FAILED']));
    });

    it('lets the standard introspection query (GraphiQL, codegen) through the defaults', async () => {
      const answer = await graphql(app, getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true }), {
        key,
      });
      expect(answer.status).toBe(200);
      expect(answer.body.data?.__schema?.queryType).toMatchObject({ name: 'Query' });
    });

    it('follows configured limits', async () => {
      const depth3 = await limitedApp(test, { maxDepth: 3 });
      expect((await graphql(depth3, nestedQuery(3), { key })).status).toBe(200);
      expectLimitError(await graphql(depth3, nestedQuery(4), { key }), 'maxDepth', /maximum depth is 3, this query has 4/);

      const alias1 = await limitedApp(test, { maxAliases: 1 });
      expect((await graphql(alias1, '{ a: providers { id } }', { key })).status).toBe(200);
      expectLimitError(await graphql(alias1, '{ a: providers { id } b: providers { id } }', { key }), 'maxAliases', /at most 1 aliases/);

      const tokens10 = await limitedApp(test, { maxTokens: 10 });
      expect((await graphql(tokens10, '{ a: __typename b: __typename __typename __typename }', { key })).status).toBe(200); // 10 tokens
      expectLimitError(await graphql(tokens10, '{ a: __typename b: __typename c: __typename }', { key }), 'maxTokens', /at most 10 tokens/);
    });
  });

  describe('request body size', () => {
    const MAX = defaultRequestLimits.maxBodyBytes;

    const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
      app.fetch(`http://gateway.test${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, authorization: `Bearer ${key}`, ...headers },
        body,
        duplex: 'half',
      } as RequestInit);

    async function expectTooLarge(response: Response, surface: 'graphql' | 'rest' = 'graphql') {
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const message = `Request body too large: the limit is ${MAX} bytes.`;
      expect(await response.json()).toEqual(
        surface === 'graphql'
          ? { errors: [{ message, extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: MAX } }] }
          : { error: message, details: { code: 'PAYLOAD_TOO_LARGE', maxBytes: MAX } },
      );
    }

    it('is 1 MiB by default', () => {
      expect(MAX).toBe(1024 * 1024);
    });

    it('accepts a body of exactly the limit and answers 413 to one byte more (Content-Length)', async () => {
      const atLimit = bodyOfSize(MAX);
      const response = await post('/graphql', atLimit); // a string body goes with its Content-Length
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });

      await expectTooLarge(await post('/graphql', bodyOfSize(MAX + 1)));
    });

    it('answers 413 from Content-Length alone, before reading the body', async () => {
      // Declared far beyond the limit, and never finished: only an answer that does not wait for the body comes.
      const answer = await rawRequest(
        app.url,
        `POST /graphql HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: ${MAX * 100}\r\n\r\n{"query":`,
      );
      expect(answer.status).toBe(413);
      expect(answer.headers).toContainEqual(['connection', 'close']);
      expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('answers 400 to a malformed Content-Length', async () => {
      const answer = await rawRequest(
        app.url,
        `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 12, 12\r\n\r\n{"query":"{}"`,
      );
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    });

    it('accepts a chunked body of exactly the limit and answers 413 to one byte more', async () => {
      const atLimit = streamed(bodyOfSize(MAX));
      const response = await post('/graphql', atLimit.body);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });

      await expectTooLarge(await post('/graphql', streamed(bodyOfSize(MAX + 1)).body));
    });

    it('stops reading a chunked body at the limit', async () => {
      const { body, pulled } = endless();
      await expectTooLarge(await post('/graphql', body));
      // The server closes the connection: the endless upload stops at the limit plus what the sockets buffer.
      let last = -1;
      await expect.poll(() => (last === (last = pulled()) ? 'stopped' : 'growing'), { timeout: 10_000, interval: 250 }).toBe('stopped');
      expect(pulled()).toBeLessThan(MAX + 16 * 1024 * 1024);
    });

    it('applies to every path, the REST routes included', async () => {
      const padded = (bytes: number) => {
        const empty = JSON.stringify({ containerTags: [''] });
        return JSON.stringify({ containerTags: ['x'.repeat(bytes - empty.length)] });
      };
      // Each in its surface's shape: REST paths (and paths that are no route) answer like the REST API.
      await expectTooLarge(await post('/v3/connections/list', padded(MAX + 1)), 'rest');
      await expectTooLarge(await post('/v3/connections/list', streamed(padded(MAX + 1)).body), 'rest');
      await expectTooLarge(await post('/webhooks/github', streamed(padded(MAX + 1)).body), 'rest');
      await expectTooLarge(await post('/nowhere', padded(MAX + 1)), 'rest');

      // Under the limit, a chunked body still reaches the route intact.
      const response = await post('/v3/connections/list', streamed(padded(MAX)).body);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual([]);
    });

    it('keeps the request id a client sent, on a 413 too', async () => {
      const response = await post('/graphql', streamed(bodyOfSize(MAX + 1)).body, { 'x-request-id': 'req-413' });
      expect(response.status).toBe(413);
      expect(response.headers.get('x-request-id')).toBe('req-413');
      const ok = await post('/graphql', streamed(bodyOfSize(100)).body, { 'x-request-id': 'req-200' });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('x-request-id')).toBe('req-200');
    });

    it('follows a configured limit', async () => {
      const small = await limitedApp(test, { maxBodyBytes: 100 });
      const send = (body: BodyInit) =>
        small.fetch('http://gateway.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body,
          duplex: 'half',
        } as RequestInit);
      expect((await send(streamed(bodyOfSize(100), 7).body)).status).toBe(200);
      const over = await send(streamed(bodyOfSize(101), 7).body);
      expect(over.status).toBe(413);
      expect((await over.json()).errors[0].message).toBe('Request body too large: the limit is 100 bytes.');
    });
  });

  describe('introspection', () => {
    const SCHEMA_QUERY = '{ __schema { queryType { name } } }';
    const TYPE_QUERY = '{ __type(name: "Query") { name } }';

    it('is on by default', async () => {
      const answer = await graphql(app, SCHEMA_QUERY, { key });
      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });

    it('answers the schema without a key while on (GraphiQL fetches it before a key is pasted), nothing else', async () => {
      const standard = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true });
      for (const authorization of [undefined, 'Bearer <paste your API key here>']) {
        const response = await app.fetch('http://gateway.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...(authorization ? { authorization } : {}) },
          body: JSON.stringify({ query: standard, operationName: 'IntrospectionQuery' }),
        });
        expect(response.status).toBe(200);
        const body = (await response.json()) as Answer['body'];
        expect(body.errors).toBeUndefined();
        expect(body.data?.__schema?.queryType).toMatchObject({ name: 'Query' });
        expect(body.data?.__schema?.types.map((type: { name: string }) => type.name)).toContain('Connection');
      }
      expect((await graphql(app, TYPE_QUERY)).body.data).toEqual({ __type: { name: 'Query' } });
      const overGet = await app.fetch(`http://gateway.test/graphql?query=${encodeURIComponent(SCHEMA_QUERY)}`, {
        headers: { accept: GRAPHQL_RESPONSE },
      });
      expect([overGet.status, await overGet.json()]).toEqual([200, { data: { __schema: { queryType: { name: 'Query' } } } }]);

      // Anything that reaches past the schema, however it is dressed up, still needs the key.
      const refused = [
        '{ connections { totalCount } }',
        '{ __schema { queryType { name } } connections { totalCount } }',
        'query { ...Sneaky } fragment Sneaky on Query { connections { totalCount } }',
        'query { ... on Query { providers { id } } }',
        'mutation { __typename }',
        '{ __typename }',
        '{ __schema { nope } }',
        '{ __schema { queryType { name } }',
      ];
      for (const query of refused) {
        const answer = await graphql(app, query);
        expect([query, answer.status, answer.body.errors?.[0]?.extensions?.code]).toEqual([query, 401, 'UNAUTHENTICATED']);
        expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(answer.body.data ?? null).toBeNull();
      }
      // Introspection the request itself gets wrong (found by the fuzz test): the typed 401, not an untyped error.
      for (const extra of [{ operationName: 'nope' }, { query: `query A ${SCHEMA_QUERY} query B ${SCHEMA_QUERY}` }]) {
        const wrong = await app.fetch('http://gateway.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
          body: JSON.stringify({ query: SCHEMA_QUERY, ...extra }),
        });
        const answer = (await wrong.json()) as Answer['body'];
        expect([extra, wrong.status, answer.errors?.[0]?.extensions?.code]).toEqual([extra, 401, 'UNAUTHENTICATED']);
      }
      // A large body without a key is refused before it is read, introspection or not.
      const padded = await app.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
        body: JSON.stringify({ query: `${SCHEMA_QUERY}${' '.repeat(17 * 1024)}` }),
      });
      expect(padded.status).toBe(401);
    });

    it('needs a key for the schema when off, or when only persisted documents are accepted', async () => {
      const closed = await limitedApp(test, { introspection: false });
      const withoutKey = await graphql(closed, SCHEMA_QUERY);
      expect([withoutKey.status, withoutKey.body.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
      const byHashOnly = await limitedApp(test, { persistedDocuments: 'require' });
      const refused = await graphql(byHashOnly, SCHEMA_QUERY);
      expect([refused.status, refused.body.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    });

    it('is off when configured: __schema and __type fail with a clear error, __typename still works', async () => {
      const closed = await limitedApp(test, { introspection: false });
      for (const query of [SCHEMA_QUERY, TYPE_QUERY]) {
        const answer = await graphql(closed, query, { key });
        expect(answer.status).toBe(400);
        expect(answer.body.data ?? null).toBeNull();
        // graphql-js's rule reports every introspection field in the query, the root one first.
        expect(answer.body.errors?.[0]).toMatchObject({
          message: expect.stringMatching(
            /^GraphQL introspection has been disabled, but the requested query contained the field "__(schema|type)"\.$/,
          ),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        });
        for (const error of answer.body.errors ?? []) expect(error.message).toMatch(/^GraphQL introspection has been disabled/);
      }
      const typename = await graphql(closed, '{ __typename providers { __typename id } }', { key });
      expect(typename.status).toBe(200);
      expect(typename.body.data?.__typename).toBe('Query');
    });
  });

  describe('CORS', () => {
    const preflight = (target: App, origin: string) =>
      target.fetch('http://gateway.test/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });

    it('answers a preflight from a configured origin, allowing Authorization and Content-Type', async () => {
      const cors = await limitedApp(test, { corsOrigins: ['https://app.example.com', 'http://localhost:3000'] });
      for (const origin of ['https://app.example.com', 'http://localhost:3000']) {
        const response = await preflight(cors, origin);
        expect(response.status).toBe(204);
        expect(response.headers.get('access-control-allow-origin')).toBe(origin);
        const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/\s*,\s*/);
        expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type']));
        expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      }
    });

    it('gives another origin no CORS headers at all', async () => {
      for (const corsOrigins of [['https://app.example.com'], ['https://app.example.com', 'http://localhost:3000']]) {
        const cors = await limitedApp(test, { corsOrigins });
        for (const origin of ['https://evil.example.com', 'null', 'https://app.example.com.evil.test']) {
          const response = await preflight(cors, origin);
          expect(response.headers.get('access-control-allow-origin')).toBeNull();
          expect(response.headers.get('access-control-allow-headers')).toBeNull();
        }
      }
    });

    it('allows no cross-origin calls by default', async () => {
      const response = await preflight(app, 'https://app.example.com');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const answer = await app.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { origin: 'https://app.example.com', 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(answer.status).toBe(200); // the browser, not the gateway, withholds the answer
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    });

    it("allows every origin with '*', without credentials", async () => {
      const open = await limitedApp(test, { corsOrigins: '*' });
      const response = await preflight(open, 'https://anything.example');
      expect(response.headers.get('access-control-allow-origin')).toBe('https://anything.example');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('marks actual responses to an allowed origin, exposing the request id, 413s included', async () => {
      const cors = await limitedApp(test, { corsOrigins: ['https://app.example.com'], maxBodyBytes: 10 });
      const response = await cors.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { origin: 'https://app.example.com', 'content-type': 'application/json' },
        body: 'x'.repeat(100),
      });
      expect(response.status).toBe(413);
      expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
      expect(response.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    });
  });
});

describe('requestLimitsFromEnv', () => {
  it('has the documented defaults', () => {
    expect(requestLimitsFromEnv({})).toEqual({
      maxDepth: 12,
      maxAliases: 30,
      maxTokens: 2000,
      maxCost: 20000,
      maxDirectives: 20,
      maxBodyBytes: 1_048_576,
      introspection: true,
      corsOrigins: [],
      maxAuthFailuresPerMinute: 60,
      persistedDocuments: 'allow',
    });
    expect(requestLimitsFromEnv({})).toEqual(defaultRequestLimits);
    // Empty variables count as unset, as in loadConfig.
    expect(requestLimitsFromEnv({ GRAPHQL_INTROSPECTION: '', CORS_ORIGINS: '', MAX_BODY_BYTES: '' })).toEqual(defaultRequestLimits);
  });

  it('reads every variable', () => {
    expect(
      requestLimitsFromEnv({
        GRAPHQL_INTROSPECTION: 'false',
        CORS_ORIGINS: 'https://App.Example.com/, http://localhost:3000 ,https://app.example.com',
        MAX_BODY_BYTES: '2048',
        GRAPHQL_MAX_DEPTH: '8',
        GRAPHQL_MAX_ALIASES: '5',
        GRAPHQL_MAX_TOKENS: '500',
        GRAPHQL_MAX_COST: '1000',
        GRAPHQL_MAX_DIRECTIVES: '3',
        AUTH_FAILURES_PER_MINUTE: '0',
        PERSISTED_DOCUMENTS: 'require',
      }),
    ).toEqual({
      maxDepth: 8,
      maxAliases: 5,
      maxTokens: 500,
      maxCost: 1000,
      maxDirectives: 3,
      maxBodyBytes: 2048,
      introspection: false,
      // Normalized as browsers send Origin, and deduplicated.
      corsOrigins: ['https://app.example.com', 'http://localhost:3000'],
      maxAuthFailuresPerMinute: 0,
      persistedDocuments: 'require',
    });
    expect(requestLimitsFromEnv({ GRAPHQL_INTROSPECTION: 'TRUE', CORS_ORIGINS: '*' })).toMatchObject({
      introspection: true,
      corsOrigins: '*',
    });
  });

  const invalid: [string, string][] = [
    ['GRAPHQL_INTROSPECTION', 'yes'],
    ['GRAPHQL_INTROSPECTION', '0'],
    ['CORS_ORIGINS', 'app.example.com'],
    ['CORS_ORIGINS', 'ftp://files.example.com'],
    ['CORS_ORIGINS', 'https://app.example.com/path'],
    ['CORS_ORIGINS', 'https://app.example.com?x=1'],
    ['CORS_ORIGINS', 'null'],
    ['CORS_ORIGINS', '*,https://app.example.com'],
    ['MAX_BODY_BYTES', '1mb'],
    ['MAX_BODY_BYTES', '0'],
    ['GRAPHQL_MAX_DEPTH', '-1'],
    ['GRAPHQL_MAX_ALIASES', '2.5'],
    ['GRAPHQL_MAX_TOKENS', 'lots'],
    ['GRAPHQL_MAX_COST', '0'],
    ['GRAPHQL_MAX_DIRECTIVES', 'none'],
    ['AUTH_FAILURES_PER_MINUTE', '-5'],
  ];

  it.each(invalid)('rejects %s=%s with a ConfigError naming the variable', (name, value) => {
    let thrown: unknown;
    try {
      requestLimitsFromEnv({ [name]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const { issues, message } = thrown as ConfigError;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(new RegExp(`^${name}: `));
    expect(message).toContain(name);
  });

  it('reports every bad variable at once', () => {
    expect(() => requestLimitsFromEnv({ GRAPHQL_MAX_DEPTH: 'x', CORS_ORIGINS: 'nope', GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(
      expect.objectContaining({
        issues: [
          expect.stringMatching(/^GRAPHQL_INTROSPECTION: must be true or false/),
          expect.stringMatching(/^GRAPHQL_MAX_DEPTH: must be a number/),
          expect.stringMatching(/^CORS_ORIGINS: "nope" is not an origin/),
        ],
      }),
    );
  });
});
