// Inputs are checked at the edge: what PostgreSQL cannot store (NUL), what has no UTF-8 form (lone surrogates) and
// JSON nested without end get a typed 400 naming the argument, on GraphQL (variables and literals) and REST alike;
// so do bad paging arguments, GET parameters that are not JSON, and variables of the wrong type.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './support/databases';
import { startTestGateway, TEST_ORIGIN, type TestGateway } from './support/gateway';

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';

const deepObject = (levels: number): unknown => JSON.parse(`${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);
const deepLiteral = (levels: number) => `${'{a:'.repeat(levels)}1${'}'.repeat(levels)}`;

describe.each(databaseKinds)('input checks at the edge (%s)', (kind) => {
  let gateway: TestGateway;
  let key: string;
  let connectionId: string;

  beforeAll(async () => {
    gateway = await startTestGateway(kind, { GITHUB_CLIENT_ID: 'Iv1.edge', GITHUB_CLIENT_SECRET: 'edge-secret' });
    let organizationId: string;
    ({ key, organizationId } = await gateway.createOrganization('acme'));
    connectionId = await gateway.createConnection(organizationId, 'GITHUB', { accessToken: 'gho_edge' });
  });
  afterAll(() => gateway?.close());

  /** A GraphQL request that must fail as a whole: HTTP 400, BAD_USER_INPUT, the argument named. */
  async function expectRejected(query: string, variables: Record<string, unknown> | undefined, argument: string | RegExp) {
    const response = await gateway.graphql(query, { key, variables });
    expect(response.status).toBe(400);
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          argument: typeof argument === 'string' ? argument : expect.stringMatching(argument),
        }),
      }),
    ]);
  }

  const CONNECTION = 'query ($id: ID!) { connection(id: $id) { __typename } }';
  const CREATE =
    'mutation ($input: CreateConnectionInput!) { createConnection(input: $input) { __typename ... on Error { code } ... on ValidationError { argument } } }';

  it('refuses NUL and lone surrogates in ids, cursors and strings passed as variables', async () => {
    for (const bad of [NUL, LONE_SURROGATE]) {
      await expectRejected(CONNECTION, { id: bad }, '$id');
      await expectRejected('query ($after: String) { connections(after: $after) { totalCount } }', { after: bad }, '$after');
      await expectRejected(
        'query ($id: ID!, $r: ID) { connection(id: $id) { ... on Connection { documents(resourceId: $r) { totalCount } } } }',
        { id: connectionId, r: bad },
        '$r',
      );
      for (const [field, value, argument] of [
        ['redirectUrl', `https://app.example.com/${bad}`, '$input.redirectUrl'],
        ['containerTags', ['ok', bad], '$input.containerTags[1]'],
        ['metadata', { user: { name: bad } }, '$input.metadata.user.name'],
      ] as const) {
        await expectRejected(CREATE, { input: { provider: 'GITHUB', redirectUrl: 'https://app.example.com/', [field]: value } }, argument);
      }
    }
  });

  it('refuses them in literals too (a \\u0000 escape is the only way to write one)', async () => {
    await expectRejected('{ connection(id: "a\\u0000b") { __typename } }', undefined, 'id');
    await expectRejected(
      'mutation { createConnection(input: { provider: GITHUB, redirectUrl: "https://app.example.com/", metadata: { n: "\\u0000" } }) { __typename } }',
      undefined,
      'input.metadata.n',
    );
  });

  it('refuses JSON nested deeper than 32 levels, in variables and in literals', async () => {
    const input = (metadata: unknown) => ({ input: { provider: 'GITHUB', redirectUrl: 'https://app.example.com/', metadata } });
    await expectRejected(CREATE, input(deepObject(300)), /^\$input\.metadata(\.a)+$/);
    await expectRejected(
      `mutation { createConnection(input: { provider: GITHUB, redirectUrl: "https://app.example.com/", metadata: ${deepLiteral(150)} }) { __typename } }`,
      undefined,
      /^input\.metadata(\.a)+$/,
    );
    // 30 levels of metadata inside the input are fine.
    const fine = await gateway.graphql(CREATE, { key, variables: input(deepObject(30)) });
    expect(fine.body.data?.createConnection.__typename).toBe('CreateConnectionPayload');
  });

  it('refuses metadata over 64 KiB with a typed ValidationError', async () => {
    const response = await gateway.graphql(CREATE, {
      key,
      variables: { input: { provider: 'GITHUB', redirectUrl: 'https://app.example.com/', metadata: { notes: 'x'.repeat(70 * 1024) } } },
    });
    expect(response.body.data?.createConnection).toEqual({ __typename: 'ValidationError', code: 'BAD_USER_INPUT', argument: 'metadata' });
  });

  it('gives variables of the wrong type BAD_USER_INPUT', async () => {
    const response = await gateway.graphql(CONNECTION, { key, variables: { id: { not: 'an id' } } });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Variable "\$id" got invalid value/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const missing = await gateway.graphql(CONNECTION, { key, variables: {} });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers GET variables and extensions that are not JSON objects like POST does: 400', async () => {
    for (const [name, value] of [
      ['variables', 'nope'],
      ['variables', '[1]'],
      ['extensions', '{'],
    ] as const) {
      const url = `${TEST_ORIGIN}/graphql?query=${encodeURIComponent('{ __typename }')}&${name}=${encodeURIComponent(value)}`;
      const response = await gateway.app.fetch(url, { headers: { authorization: `Bearer ${key}` } });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'BAD_REQUEST', argument: name } })] });
    }
    const ok = await gateway.app.fetch(
      `${TEST_ORIGIN}/graphql?query=${encodeURIComponent(CONNECTION)}&variables=${encodeURIComponent(JSON.stringify({ id: 'x' }))}`,
      {
        headers: { authorization: `Bearer ${key}` },
      },
    );
    expect(await ok.json()).toEqual({ data: { connection: { __typename: 'ConnectionNotFoundError' } } });
  });

  it('checks paging arguments on every list: sizes, cursors, and an explicit null page', async () => {
    const lists = [
      '{ connections(FIRST) { totalCount } }',
      `{ connection(id: "CONNECTION") { ... on Connection { documents(FIRST) { totalCount } syncRuns(FIRST) { totalCount } } } }`,
    ];
    for (const template of lists) {
      for (const [args, argument] of [
        ['last: -1', 'last'],
        ['first: 0', 'first'],
        ['first: 101', 'first'],
        ['after: "nope"', 'after'],
        ['before: "1"', 'before'],
      ]) {
        const response = await gateway.graphql(template.replace(/FIRST/g, args!).replace('CONNECTION', connectionId), { key });
        expect(response.status).toBe(400);
        expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      }
    }
    const page = await gateway.graphql(
      `query ($id: ID!, $page: Int, $perPage: Int) { connection(id: $id) { ... on Connection { resources(page: $page, perPage: $perPage) { __typename ... on ValidationError { argument } } } } }`,
      { key, variables: { id: connectionId, page: null } },
    );
    expect(page.body.data?.connection.resources).toEqual({ __typename: 'ValidationError', argument: 'page' });
    const perPage = await gateway.graphql(
      `query ($id: ID!, $perPage: Int) { connection(id: $id) { ... on Connection { resources(perPage: $perPage) { __typename ... on ValidationError { argument } } } } }`,
      { key, variables: { id: connectionId, perPage: -3 } },
    );
    expect(perPage.body.data?.connection.resources).toEqual({ __typename: 'ValidationError', argument: 'perPage' });
  });

  describe('over REST', () => {
    const rest = (path: string, init: Omit<RequestInit, 'headers'> & { headers?: Record<string, string> } = {}) =>
      gateway.app.fetch(`${TEST_ORIGIN}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...init.headers },
      });

    async function expectRestRejected(response: Response, argument: string | RegExp) {
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: expect.any(String),
        details: { code: 'BAD_USER_INPUT', argument: typeof argument === 'string' ? argument : expect.stringMatching(argument) },
      });
    }

    it('refuses NUL in path ids and query parameters', async () => {
      // (A URL cannot carry a lone surrogate: percent-decoding turns broken UTF-8 into U+FFFD.)
      await expectRestRejected(await rest('/v3/connections/a%00b'), 'id');
      await expectRestRejected(await rest(`/v3/connections/${connectionId}/resources?search=x%00`), 'search');
    });

    it('refuses NUL, lone surrogates and deep nesting anywhere in a JSON body', async () => {
      await expectRestRejected(
        await rest('/v3/connections/list', { method: 'POST', body: JSON.stringify({ containerTags: [NUL] }) }),
        'body.containerTags[0]',
      );
      await expectRestRejected(
        await rest('/v3/connections/github', {
          method: 'POST',
          body: JSON.stringify({ redirectUrl: 'https://app.example.com/', metadata: { [LONE_SURROGATE]: 1 } }),
        }),
        'body.metadata',
      );
      await expectRestRejected(
        await rest('/v3/connections/github', {
          method: 'POST',
          body: JSON.stringify({ redirectUrl: 'https://app.example.com/', metadata: deepObject(300) }),
        }),
        /^body\.metadata(\.a)+$/,
      );
      await expectRestRejected(await rest('/v3/connections/list', { method: 'POST', body: '{"containerTags": [' }), 'body');
    });
  });
});
