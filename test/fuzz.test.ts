// A seeded, bounded fuzz of every surface over HTTP (GraphQL over POST and GET, REST, webhooks, the OAuth callback,
// anything else a client may send), with and without a key, against a gateway whose provider is the GitHub fake.
// Whatever arrives: no 5xx, every error answered in its surface's shape, the request id sent once, no stack trace,
// and nothing logged at error level (the log holds one entry per unexpected error, and there are none).
// FUZZ_SEED and FUZZ_REQUESTS replay or widen a run; the counts are printed at the end.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { graphql } from './gql';
import { databaseKinds } from './support/databases';
import { test } from './support/fixtures';
import { TEST_ORIGIN, type TestGateway } from './support/gateway';
import { dataOf, having } from './support/graphql';
import { rawRequest } from './support/rawHttp';

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 6000);
const CONCURRENCY = 8;
const OAUTH_APP = { clientId: 'Iv1.fuzz', clientSecret: 'fuzz-client-secret' };

/** mulberry32: a small, fast, seedable PRNG, so a failing run can be replayed exactly. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const chance = (p: number) => next() < p;
  /** A well-formed UUID (v7 layout) no row has. */
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => int(0, 15).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
  };
  return { next, int, pick, chance, uuid };
}

type Rng = ReturnType<typeof random>;
type Surface = 'graphql' | 'rest';

interface Planned {
  kind: string;
  /** Sent as is over a socket (what Node's HTTP parser refuses), instead of through fetch. */
  raw?: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  keyed: boolean;
}

interface Outcome {
  kind: string;
  status: number;
  keyed: boolean;
}

const STACK_TRACE = /\n\s+at |\(\/[^)]*\.[jt]s:\d+|\/src\/[\w/]+\.ts/;

const ConfigureAll = graphql(`
  mutation FuzzConfigureAll($input: ConfigureConnectionInput!) {
    configureConnection(input: $input) {
      __typename
      ... on ConfigureConnectionPayload {
        webhooksRegistered
      }
    }
  }
`);

const CreatePending = graphql(`
  mutation FuzzCreatePending {
    createConnection(input: { provider: GITHUB, redirectUrl: "https://app.example.com/back" }) {
      ... on CreateConnectionPayload {
        authLink
      }
    }
  }
`);

const fuzzTest = test
  .extend('databaseKind', { scope: 'file' }, databaseKinds.at(-1)!)
  .extend('repositories', { scope: 'file' }, [
    { name: 'handbook', files: { 'README.md': '# Handbook', 'docs/a.md': 'A' } },
    { name: 'site', files: { 'index.mdx': 'Home' } },
    { name: 'empty-ish', files: { 'notes.txt': 'n' } },
  ])
  .extend(
    'gatewayEnv',
    { scope: 'file' },
    {
      GITHUB_CLIENT_ID: OAUTH_APP.clientId,
      GITHUB_CLIENT_SECRET: OAUTH_APP.clientSecret,
      // Every failed-key attempt comes from 127.0.0.1 here; the limiter has its own test (auth.test.ts).
      AUTH_FAILURES_PER_MINUTE: '0',
      UPSTREAM_RETRIES: '0',
    },
  );

describe('fuzzing every surface', () => {
  let gateway: TestGateway;
  let key: string;
  let otherKey: string;
  let connectionId: string;
  let otherConnectionId: string;
  let pendingState: string;
  let repositories: { id: string; name: string; hookId: string; secret: string }[];

  fuzzTest.beforeAll(async ({ github, gateway: started, organization, connection }) => {
    github.addOAuthApp({ ...OAUTH_APP, expiringTokens: false });
    gateway = started;
    key = organization.key;
    connectionId = connection.id;
    const other = await gateway.createOrganization('other');
    otherKey = other.key;
    otherConnectionId = await gateway.createConnection(other.organizationId, 'GITHUB', {
      accessToken: github.issueToken('octocat').accessToken,
    });

    const fakeRepos = github.repositoriesOf('octocat');
    const configured = await gateway.graphql(ConfigureAll, {
      key,
      variables: {
        input: { connectionId, resources: fakeRepos.map((repo) => ({ id: String(repo.databaseId), name: repo.nameWithOwner })) },
      },
    });
    expect(configured.body.data?.configureConnection).toEqual({ __typename: 'ConfigureConnectionPayload', webhooksRegistered: 3 });
    repositories = fakeRepos.map((repo) => {
      const [hook] = github.hooks(repo.nameWithOwner);
      return { id: String(repo.databaseId), name: repo.nameWithOwner, hookId: String(hook!.id), secret: hook!.config.secret! };
    });
    const created = having(dataOf(await gateway.graphql(CreatePending, { key })).createConnection, 'authLink');
    pendingState = new URL(created.authLink).searchParams.get('state')!;
  });

  // ---- hostile values ----------------------------------------------------------------------------------------

  function hostileString(rng: Rng): string {
    return rng.pick([
      '',
      'x',
      'a\u0000b',
      'a\ud800b',
      '\udc00',
      '😀',
      '\u202e\u0645',
      ' '.repeat(rng.int(1, 5)),
      'x'.repeat(rng.int(100, 20_000)),
      "' OR 1=1 --",
      '../../etc/passwd',
      '<script>alert(1)</script>',
      '%E0%A4%A',
      'null',
      '-1',
      '1e309',
      '{"a":',
      rng.uuid(),
      '0193a1b2-0000-7000-8000-000000000000',
      connectionId,
      otherConnectionId,
      'cgw_0123456789ab_' + 'A'.repeat(43),
      'refs/heads/main',
      'https://app.example.com/back',
      'javascript:alert(1)',
    ]);
  }

  function hostileJson(rng: Rng, depth = 0): unknown {
    const roll = rng.int(0, depth > 3 ? 5 : 8);
    switch (roll) {
      case 0:
        return null;
      case 1:
        return rng.chance(0.5);
      case 2:
        return rng.pick([0, -1, 1, 2 ** 31, -(2 ** 53), 3.5, 1e308, 101, 100]);
      case 3:
      case 4:
      case 5:
        return hostileString(rng);
      case 6:
        return Array.from({ length: rng.int(0, 4) }, () => hostileJson(rng, depth + 1));
      case 7:
        return Object.fromEntries(
          Array.from({ length: rng.int(0, 4) }, () => [
            rng.pick(['a', 'id', 'name', '__proto__', 'constructor', '\u0000', 'x'.repeat(50)]),
            hostileJson(rng, depth + 1),
          ]),
        );
      default:
        return nested(rng.int(20, 400));
    }
  }

  /** Percent-encodes any string (a lone surrogate becomes U+FFFD, as a browser would send it). */
  const encode = (text: string) => encodeURIComponent(text.toWellFormed());

  const nested = (levels: number): unknown => JSON.parse(`${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);

  // ---- GraphQL -------------------------------------------------------------------------------------------------

  const OPERATIONS: { query: string; variables: (rng: Rng) => Record<string, unknown> }[] = [
    {
      query: `query C($id: ID!) { connection(id: $id) { __typename ... on Connection { id provider status metadata capabilities { listResources } configuredResources { name webhookActive } latestSync { status failures { resource reason paths } } } ... on Error { message code httpStatus } } }`,
      variables: (rng) => ({ id: rng.pick([connectionId, otherConnectionId, hostileString(rng)]) }),
    },
    {
      query: `query R($id: ID!, $page: Int, $perPage: Int, $search: String) { connection(id: $id) { ... on Connection { resources(page: $page, perPage: $perPage, search: $search) { __typename ... on ResourcePage { totalCount hasNextPage nodes { id fullName configured } } ... on Error { code } } } } }`,
      variables: (rng) => ({
        id: connectionId,
        page: rng.pick([1, 2, 0, -1, null, 10 ** 9]),
        perPage: rng.pick([1, 30, 100, 101, 0, null]),
        search: rng.pick([null, 'hand', hostileString(rng)]),
      }),
    },
    {
      query: `query L($first: Int, $after: String, $last: Int, $before: String, $provider: Provider) { connections(first: $first, after: $after, last: $last, before: $before, provider: $provider) { totalCount edges { cursor node { id status } } pageInfo { hasNextPage endCursor } } }`,
      variables: (rng) => ({
        first: rng.pick([undefined, 1, 20, 0, -5, 1000]),
        after: rng.pick([undefined, connectionId, hostileString(rng)]),
        last: rng.pick([undefined, 2, -1]),
        before: rng.pick([undefined, rng.uuid(), 'nope']),
        provider: rng.pick([undefined, 'GITHUB', 'NOTION', 'github', 5]),
      }),
    },
    {
      query: `query D($id: ID!, $first: Int, $after: String, $resourceId: ID) { connection(id: $id) { ... on Connection { documents(first: $first, after: $after, resourceId: $resourceId) { totalCount edges { node { path size sha } } } syncRuns(first: $first) { totalCount edges { node { status trigger } } } } } }`,
      variables: (rng) => ({
        id: connectionId,
        first: rng.pick([1, 50, 100, 101, -1, null]),
        after: rng.pick([null, rng.uuid(), hostileString(rng)]),
        resourceId: rng.pick([null, repositories[0]!.id, hostileString(rng)]),
      }),
    },
    {
      query: `mutation N($input: CreateConnectionInput!) { createConnection(input: $input) { __typename ... on CreateConnectionPayload { expiresIn connection { id status } } ... on Error { code message } ... on ValidationError { argument } } }`,
      variables: (rng) => ({
        input: {
          provider: rng.pick(['GITHUB', 'NOTION', 'GMAIL', 'S3', 'nope']),
          redirectUrl: rng.pick(['https://app.example.com/back', 'ftp://x', hostileString(rng)]),
          ...(rng.chance(0.5) ? { metadata: hostileJson(rng) } : {}),
          ...(rng.chance(0.3) ? { containerTags: rng.pick([[hostileString(rng)], ['a', 'b'], 'tag', [1]]) } : {}),
        },
      }),
    },
    {
      query: `mutation S($input: ConfigureConnectionInput!) { configureConnection(input: $input) { __typename ... on ConfigureConnectionPayload { webhooksRegistered } ... on Error { code } } }`,
      variables: (rng) => ({
        input: {
          connectionId: rng.pick([connectionId, otherConnectionId, hostileString(rng)]),
          resources: rng.chance(0.7)
            ? repositories.filter(() => rng.chance(0.7)).map((repo) => ({ id: repo.id, name: repo.name }))
            : rng.pick([[{ id: hostileString(rng), name: hostileString(rng) }], [], 'all', [{ id: '1' }]]),
        },
      }),
    },
    {
      query: `mutation Y($id: ID!) { syncConnection(id: $id) { __typename ... on Error { code } } }`,
      variables: (rng) => ({ id: rng.pick([connectionId, otherConnectionId, hostileString(rng)]) }),
    },
    {
      query: `mutation X($id: ID!) { deleteConnection(id: $id) { __typename ... on Error { code } } }`,
      // Never the connection the rest of the run uses.
      variables: (rng) => ({ id: rng.pick([otherConnectionId, rng.uuid(), hostileString(rng)]) }),
    },
    { query: '{ providers { id name capabilities { listResources configureResources webhooks } } }', variables: () => ({}) },
    {
      query: `subscription P($id: ID!) { syncProgress(connectionId: $id) { type } }`,
      variables: (rng) => ({ id: rng.pick([connectionId, hostileString(rng)]) }),
    },
  ];

  function garbageQuery(rng: Rng): string {
    return rng.pick([
      '{',
      '}}}',
      '{ nope }',
      '{ connection { id } }',
      '{ __schema { types { name } } }',
      `{ ${Array.from({ length: rng.int(1, 60) }, (_, i) => `a${i}: __typename`).join(' ')} }`,
      `{ connections { ${'edges { node { id } } '.repeat(rng.int(1, 3))} } }`,
      `{ __type(name: "Query") { ${'fields { type { '.repeat(rng.int(1, 15))}name${' } }'.repeat(0)} } }`,
      `# ${'x'.repeat(rng.int(10, 50_000))}\n{ __typename }`,
      'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }',
      `{ __typename ${'@include(if: true) '.repeat(rng.int(1, 30))}}`,
      `query { connection(id: "${hostileString(rng).replace(/["\\]/g, '')}") { __typename } }`,
      'mutation { createConnection(input: { provider: GITHUB, redirectUrl: "https://app.example.com/", metadata: { a: "\\u0000" } }) { __typename } }',
      `mutation { createConnection(input: { provider: GITHUB, redirectUrl: "https://app.example.com/", metadata: ${'{a:'.repeat(rng.int(30, 200))}1${'}'.repeat(0)} }) { __typename } }`,
      'query A { __typename } query B { __typename }',
      hostileString(rng),
    ]);
  }

  function keyHeader(rng: Rng): { headers: Record<string, string>; keyed: boolean } {
    const roll = rng.next();
    if (roll < 0.55) return { headers: { authorization: `Bearer ${key}` }, keyed: true };
    if (roll < 0.62) return { headers: { authorization: `Bearer ${otherKey}` }, keyed: true };
    if (roll < 0.75) return { headers: {}, keyed: false };
    return {
      headers: {
        authorization: rng.pick([
          'Bearer',
          'Bearer nope',
          `Basic ${key}`,
          `Bearer ${key}x`,
          'Bearer cgw_000000000000_' + 'A'.repeat(43),
          `bearer  ${key} `,
        ]),
      },
      keyed: false,
    };
  }

  function graphqlPost(rng: Rng): Planned {
    const { headers, keyed } = keyHeader(rng);
    const operation = rng.pick(OPERATIONS);
    let variables: unknown = operation.variables(rng);
    if (rng.chance(0.15)) variables = hostileJson(rng);
    let query: unknown = rng.chance(0.2) ? garbageQuery(rng) : operation.query;
    if (rng.chance(0.03)) query = hostileJson(rng);
    const payload: Record<string, unknown> = { query, variables };
    if (rng.chance(0.1)) payload.operationName = rng.pick(['A', 'nope', 5, null]);
    if (rng.chance(0.05)) payload.extensions = hostileJson(rng);
    let body = JSON.stringify(payload);
    if (rng.chance(0.05))
      body = rng.pick(['', '{', 'null', '[]', '"x"', '[{"query":"{ __typename }"}]', '{}', body.slice(0, rng.int(0, body.length))]);
    const contentType = rng.chance(0.9)
      ? 'application/json'
      : rng.pick([
          'application/graphql',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json; charset=latin1',
          '',
        ]);
    // Server-sent events only for queries and mutations: a subscription would stream for as long as the run lasts.
    const streamable = !String(query).includes('subscription');
    const accept = rng.pick([
      'application/json',
      'application/graphql-response+json, application/json',
      'text/html',
      'application/xml',
      ...(streamable ? ['text/event-stream', '*/*'] : []),
    ]);
    return {
      kind: 'graphql POST',
      method: 'POST',
      path: '/graphql',
      headers: { ...headers, accept, ...(contentType ? { 'content-type': contentType } : {}) },
      body: contentType === 'application/graphql' ? String(query) : body,
      keyed,
    };
  }

  function graphqlGet(rng: Rng): Planned {
    const { headers, keyed } = keyHeader(rng);
    const operation = rng.pick(OPERATIONS.filter((candidate) => !/^(mutation|subscription)/.test(candidate.query)));
    const params = new URLSearchParams();
    if (rng.chance(0.9)) params.set('query', rng.chance(0.8) ? operation.query : garbageQuery(rng).slice(0, 3000));
    if (rng.chance(0.7))
      params.set(
        'variables',
        rng.chance(0.7)
          ? JSON.stringify(operation.variables(rng))
          : rng.pick(['nope', '[1]', '{', 'null', '5', JSON.stringify(hostileJson(rng)).slice(0, 3000)]),
      );
    if (rng.chance(0.1)) params.set('extensions', rng.pick(['{}', '{', '[]', 'x']));
    if (rng.chance(0.05)) params.set('query', 'mutation { syncConnection(id: "x") { __typename } }');
    const accept = rng.pick(['application/json', 'application/graphql-response+json', '*/*', 'text/html']);
    return {
      kind: 'graphql GET',
      method: rng.pick(['GET', 'GET', 'GET', 'HEAD']),
      path: `/graphql?${params}`,
      headers: { ...headers, accept },
      keyed,
    };
  }

  // ---- REST ----------------------------------------------------------------------------------------------------

  function idSegment(rng: Rng): string {
    return rng.pick([
      connectionId,
      connectionId,
      otherConnectionId,
      rng.uuid(),
      encode(hostileString(rng).slice(0, 300)),
      '%00',
      '%E0%A4%A',
      '%ff',
      'x'.repeat(rng.int(1, 600)),
      'list',
      'github',
      '..',
      '%2F',
    ]);
  }

  function restRequest(rng: Rng): Planned {
    const { headers, keyed } = keyHeader(rng);
    const id = idSegment(rng);
    const [method, path] = rng.pick([
      ['POST', '/v3/connections/list'],
      ['GET', `/v3/connections/${id}`],
      ['DELETE', `/v3/connections/${rng.pick([otherConnectionId, rng.uuid(), id === connectionId ? 'nope' : id])}`],
      [
        'GET',
        `/v3/connections/${id}/resources?${rng.pick(['', 'page=1&per_page=30', 'page=0', 'per_page=101', 'page=-1', 'page=abc', 'page=1&page=2', 'search=hand', `search=${encode(hostileString(rng).slice(0, 200))}`, 'per_page=99999999999999999999'])}`,
      ],
      ['POST', `/v3/connections/${id}/configure`],
      ['GET', `/v3/connections/${id}/sync-runs?${rng.pick(['', 'limit=5', 'limit=0', 'limit=101', 'limit=x', 'limit=%00'])}`],
      ['POST', `/v3/connections/${rng.pick(['github', 'notion', 'google-drive', 'nope', id])}`],
      // The SDK's calls by provider and container tags (a delete by provider without a body is refused).
      ['POST', `/v3/connections/${rng.pick(['github', 'notion', 'gmail', 'nope', id])}/${rng.pick(['connection', 'import', 'documents'])}`],
      ['DELETE', `/v3/connections/${rng.pick(['github', 'notion', 'google-drive'])}`],
      [rng.pick(['PUT', 'PATCH', 'GET', 'DELETE']), '/v3/connections/list'],
      [rng.pick(['PUT', 'PATCH']), `/v3/connections/${id}`],
      ['DELETE', `/v3/connections/${rng.uuid()}?deleteDocuments=${rng.pick(['false', 'true', 'no', '', '%00'])}`],
      [
        'GET',
        `/v3/connections/${id}/changes?${rng.pick(['', 'after=3', 'after=-1', 'after=x', 'limit=0', 'limit=1001', 'after=99999999999999999999'])}`,
      ],
      [
        'GET',
        `/v3/events?${rng.pick(['', 'after=0', 'after=abc', 'limit=501', 'types=sync.finished,nope', `connectionId=${id}`, `types=${encode(hostileString(rng).slice(0, 100))}`])}`,
      ],
      [rng.pick(['GET', 'POST']), '/v3/webhooks/endpoints'],
      [rng.pick(['PATCH', 'DELETE']), `/v3/webhooks/endpoints/${id}`],
      ['POST', `/v3/webhooks/endpoints/${id}/${rng.pick(['rotate-secret', 'redeliver'])}`],
      ['GET', `/v3/webhooks/endpoints/${id}/deliveries?${rng.pick(['', 'limit=0', 'limit=5', 'cursor=x'])}`],
    ] as const);
    let body: string | undefined;
    if (method === 'POST' && rng.chance(0.9)) {
      const shaped = rng.pick([
        () => ({ containerTags: rng.pick([[], ['a'], [hostileString(rng)], 'a', [1, 2], null]) }),
        () => ({
          resources: rng.chance(0.6)
            ? repositories
                .filter(() => rng.chance(0.5))
                .map((repo) => ({ id: rng.chance(0.5) ? Number(repo.id) : repo.id, name: repo.name }))
            : hostileJson(rng),
        }),
        () => ({
          redirectUrl: rng.pick(['https://app.example.com/back', hostileString(rng), 5]),
          metadata: hostileJson(rng),
          containerTags: rng.pick([undefined, ['t'], [hostileString(rng)], 't']),
        }),
        // Webhook endpoints: addresses the gateway must refuse without resolving anything.
        () => ({
          url: rng.pick([
            'http://127.0.0.1/hooks',
            'https://10.0.0.1/hooks',
            'https://[::1]/h',
            'https://169.254.169.254/',
            hostileString(rng),
            5,
          ]),
          events: rng.pick([undefined, ['sync.finished'], ['nope'], [hostileString(rng)], 'x']),
          eventId: rng.pick([rng.uuid(), hostileString(rng), 1]),
        }),
        () => hostileJson(rng),
        () => nested(rng.int(20, 2000)),
      ]);
      body = rng.chance(0.05) ? rng.pick(['{', '', 'null', '[]', '"x"', '{"a":1}garbage']) : JSON.stringify(shaped());
    }
    const contentType =
      body === undefined
        ? undefined
        : rng.chance(0.9)
          ? 'application/json'
          : rng.pick(['text/plain', 'application/xml', 'application/json; charset=utf-16']);
    return {
      kind: 'rest',
      method,
      path,
      headers: { ...headers, ...(contentType ? { 'content-type': contentType } : {}) },
      ...(body !== undefined ? { body } : {}),
      keyed,
    };
  }

  // ---- webhooks and the OAuth callback ---------------------------------------------------------------------------

  /** A delivery as GitHub sends it: signed with the hook's secret, for a configured repository. */
  function genuineDelivery(rng: Rng): Planned {
    const repo = rng.pick(repositories);
    const event = rng.pick(['push', 'push', 'ping']);
    const body = JSON.stringify({
      ref: rng.pick(['refs/heads/main', 'refs/heads/feature']),
      repository: { id: Number(repo.id), full_name: repo.name, default_branch: 'main' },
    });
    return {
      kind: 'webhook',
      method: 'POST',
      path: '/webhooks/github',
      headers: {
        'content-type': 'application/json',
        'x-github-event': event,
        'x-github-delivery': rng.chance(0.9) ? rng.uuid() : 'redelivered',
        'x-github-hook-id': repo.hookId,
        'x-hub-signature-256': `sha256=${createHmac('sha256', repo.secret).update(body).digest('hex')}`,
      },
      body,
      keyed: false,
    };
  }

  function webhook(rng: Rng): Planned {
    if (rng.chance(0.25)) return genuineDelivery(rng);
    const repo = rng.pick(repositories);
    const payload = rng.pick([
      () => ({
        ref: rng.pick(['refs/heads/main', 'refs/heads/other', 'refs/tags/v1', 5, null, hostileString(rng)]),
        repository: {
          id: rng.pick([Number(repo.id), repo.id, hostileString(rng), null, 1.5]),
          default_branch: rng.pick(['main', 7, hostileString(rng)]),
        },
      }),
      () => hostileJson(rng),
      () => ({ zen: 'Design for failure.', hook_id: Number(repo.hookId), repository: { id: Number(repo.id) } }),
    ])();
    let body = JSON.stringify(payload) ?? 'null';
    if (rng.chance(0.08)) body = rng.pick(['', '{', 'null', '[]', 'payload=%7B%7D']);
    const headers: Record<string, string> = {
      'content-type': rng.pick(['application/json', 'application/json', 'application/x-www-form-urlencoded', 'text/plain']),
    };
    if (rng.chance(0.9))
      headers['x-github-event'] = rng.pick([
        'push',
        'ping',
        'issues',
        hostileString(rng)
          .replace(/[^\x20-\x7e]/g, '')
          .slice(0, 100) || 'x',
      ]);
    if (rng.chance(0.9))
      headers['x-github-delivery'] = rng.chance(0.8) ? rng.uuid() : rng.pick(['same-delivery', 'x'.repeat(rng.int(1, 2000))]);
    if (rng.chance(0.85))
      headers['x-github-hook-id'] = rng.chance(0.8) ? repo.hookId : rng.pick(['0', 'abc', '-1', '99999999999999999999']);
    const secret = rng.chance(0.6) ? repo.secret : 'wrong-secret';
    if (rng.chance(0.85))
      headers['x-hub-signature-256'] = rng.chance(0.9)
        ? `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
        : rng.pick(['sha256=', 'md5=abc', 'x']);
    const slug = rng.pick(['github', 'github', 'github', 'notion', 'nope', 'GitHub', '%00', 'github%20']);
    return {
      kind: 'webhook',
      method: rng.chance(0.95) ? 'POST' : rng.pick(['GET', 'PUT']),
      path: `/webhooks/${slug}`,
      headers,
      body,
      keyed: false,
    };
  }

  function oauthCallback(rng: Rng): Planned {
    const params = new URLSearchParams();
    if (rng.chance(0.9))
      params.set(
        'state',
        rng.chance(0.2)
          ? pendingState
          : rng.pick([hostileString(rng).slice(0, 500), `${pendingState}x`, pendingState.split('.')[0]!, 'a.b', 'a.b.c']),
      );
    if (rng.chance(0.7)) params.set('code', rng.pick(['nope', hostileString(rng).slice(0, 200), '']));
    if (rng.chance(0.2)) params.set('error', rng.pick(['access_denied', hostileString(rng).slice(0, 200)]));
    if (rng.chance(0.1)) params.append('state', 'twice');
    const slug = rng.pick(['github', 'github', 'notion', 'nope', '%00', 'google-drive']);
    return {
      kind: 'oauth callback',
      method: rng.chance(0.95) ? 'GET' : 'POST',
      path: `/oauth/callback/${slug}?${params}`,
      headers: { accept: rng.pick(['text/html', '*/*', 'application/json']) },
      keyed: false,
    };
  }

  function elsewhere(rng: Rng): Planned {
    const path = rng.pick([
      '/',
      '/V3/connections/list',
      '/v3',
      '/v3/',
      '/graphql/',
      '//graphql',
      '/GRAPHQL',
      '/webhooks',
      '/webhooks/github/',
      '/picker',
      '/picker/',
      '/picker/assets/missing.js',
      '/picker/../package.json',
      '/healthz',
      '/readyz',
      '/favicon.ico',
      `/${encode(hostileString(rng).slice(0, 300))}`,
      '/%E0%A4%A',
      '/.env',
      '/oauth/callback',
      '/v3/events',
    ]);
    const method = rng.pick(['GET', 'GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']);
    const { headers, keyed } = keyHeader(rng);
    return {
      kind: 'elsewhere',
      method,
      path,
      headers: {
        ...headers,
        ...(rng.chance(0.3) ? { origin: rng.pick(['https://evil.example.com', 'null']), 'access-control-request-method': 'POST' } : {}),
      },
      ...(method === 'POST' || method === 'PUT' ? { body: '{}' } : {}),
      keyed,
    };
  }

  function plan(rng: Rng): Planned {
    const roll = rng.next();
    if (roll < 0.35) return graphqlPost(rng);
    if (roll < 0.45) return graphqlGet(rng);
    if (roll < 0.7) return restRequest(rng);
    if (roll < 0.82) return webhook(rng);
    if (roll < 0.9) return oauthCallback(rng);
    return elsewhere(rng);
  }

  // ---- checking answers -----------------------------------------------------------------------------------------

  function surfaceOf(path: string): Surface {
    return path.split('?')[0] === '/graphql' ? 'graphql' : 'rest';
  }

  /** Why the answer breaks a rule, or null. */
  function violation(request: Planned, status: number, headers: Headers, text: string): string | null {
    if (status >= 500) return `status ${status}`;
    const requestId = headers.get('x-request-id');
    if (!requestId || requestId.includes(',')) return `x-request-id ${JSON.stringify(requestId)}`;
    if ((headers.get('content-type') ?? '').includes(',')) return 'content-type sent twice';
    if (STACK_TRACE.test(text)) return 'a stack trace or source path in the body';
    if (request.method === 'HEAD' || status === 204 || (status >= 300 && status < 400)) return null;
    const type = headers.get('content-type') ?? '';
    const surface = surfaceOf(request.path);
    if (status < 400) {
      // Successes: GraphQL errors beside data carry codes too.
      if (surface === 'graphql' && type.includes('json')) {
        const body = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
        if (body.errors?.some((error) => typeof error.extensions?.code !== 'string')) return 'a GraphQL error without a code';
      }
      return null;
    }
    if (!/^application\/(graphql-response\+)?json/.test(type)) return `error answered as ${JSON.stringify(type)}`;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return 'error body is not JSON';
    }
    if (surface === 'graphql') {
      const errors = (body as { errors?: unknown }).errors;
      if (!Array.isArray(errors) || errors.length === 0) return 'GraphQL error without errors[]';
      if (
        errors.some(
          (error: { message?: unknown; extensions?: { code?: unknown } }) =>
            typeof error.message !== 'string' || typeof error.extensions?.code !== 'string',
        )
      ) {
        return 'GraphQL error without message or extensions.code';
      }
      return null;
    }
    const rest = body as { error?: unknown; details?: { code?: unknown } };
    if (typeof rest.error !== 'string' || typeof rest.details?.code !== 'string') return 'REST error without error and details.code';
    return null;
  }

  async function send(request: Planned): Promise<{ status: number; problem: string | null }> {
    const response = await gateway.app.fetch(`${TEST_ORIGIN}${request.path}`, {
      method: request.method,
      headers: request.headers,
      ...(request.body !== undefined && request.method !== 'GET' && request.method !== 'HEAD' ? { body: request.body } : {}),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    return { status: response.status, problem: violation(request, response.status, response.headers, text) };
  }

  /** What Node's HTTP parser refuses: headers too large, a broken request line, a bad Content-Length. */
  function refusedByParser(rng: Rng): Planned {
    const path = rng.pick(['/graphql', '/v3/connections/list', '/webhooks/github']);
    const raw = rng.pick([
      `GET ${path} HTTP/1.1\r\nHost: x\r\nX-Pad: ${'x'.repeat(20_000)}\r\n\r\n`,
      `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Length: 1, 2\r\n\r\n{}`,
      `BREW ${path} HTTP/1.1\r\nHost: x\r\n\r\n`,
      `GET ${path} HTTP/9.9\r\n\r\n`,
    ]);
    return { kind: 'raw socket', raw, method: 'POST', path, headers: {}, keyed: false };
  }

  async function sendRaw(request: Planned): Promise<{ status: number; problem: string | null }> {
    const answer = await rawRequest(gateway.app.url, request.raw!);
    const ids = answer.headers.filter(([name]) => name === 'x-request-id');
    if (ids.length !== 1) return { status: answer.status, problem: `${ids.length} request ids` };
    return { status: answer.status, problem: violation(request, answer.status, new Headers(answer.headers), answer.body) };
  }

  it(`answers ${REQUESTS} hostile requests (seed ${SEED}) with typed errors only`, { timeout: 600_000 }, async () => {
    const rng = random(SEED);
    const planned = Array.from({ length: REQUESTS }, () => (rng.chance(0.004) ? refusedByParser(rng) : plan(rng)));
    const outcomes: Outcome[] = [];
    const problems: string[] = [];
    const logStart = gateway.logs.length;
    let next = 0;
    const worker = async () => {
      while (next < planned.length) {
        const index = next++;
        const request = planned[index]!;
        const answer = await (request.raw ? sendRaw(request) : send(request)).catch((error: unknown) => ({
          status: 0,
          problem: `no answer (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)})`,
        }));
        outcomes.push({ kind: request.kind, status: answer.status, keyed: request.keyed });
        if (process.env.FUZZ_DEBUG === String(answer.status)) console.log(request.kind, JSON.stringify(request).slice(0, 600));
        if (answer.problem && problems.length < 20) {
          problems.push(
            `#${index} ${request.method} ${request.path.slice(0, 160)} ${JSON.stringify(request.headers).slice(0, 200)} ${(request.raw ?? request.body)?.slice(0, 100) ?? ''}: ${answer.status} ${answer.problem}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const logged = gateway.logs.slice(logStart).map((line) => JSON.parse(line) as { level: number; msg: string });
    const summary = new Map<string, number>();
    for (const outcome of outcomes) {
      const name = `${outcome.kind} · ${outcome.keyed ? 'with key' : 'no key'} · ${outcome.status}`;
      summary.set(name, (summary.get(name) ?? 0) + 1);
    }
    console.log(
      `fuzz: seed ${SEED}, ${outcomes.length} requests, ${outcomes.filter((outcome) => outcome.keyed).length} with a key; ` +
        `${outcomes.filter((outcome) => outcome.status >= 400).length} answered 4xx, ${outcomes.filter((outcome) => outcome.status >= 500).length} 5xx; ` +
        `log lines at error level: ${logged.filter((line) => line.level >= 50).length}\n` +
        [...summary]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, count]) => `  ${name}: ${count}`)
          .join('\n'),
    );

    expect(outcomes).toHaveLength(REQUESTS);
    expect(problems).toEqual([]);
    // Nothing was unexpected, so nothing was logged as an error; handled failures are not errors.
    expect(logged.filter((line) => line.level >= 50)).toEqual([]);
    // Every surface was reached, with and without a key, and the run did more than bounce off authentication.
    for (const kindName of ['graphql POST', 'graphql GET', 'rest', 'webhook', 'oauth callback', 'elsewhere', 'raw socket']) {
      expect(outcomes.some((outcome) => outcome.kind === kindName)).toBe(true);
    }
    expect(outcomes.filter((outcome) => outcome.keyed && outcome.status === 200).length).toBeGreaterThan(REQUESTS / 10);
    expect(outcomes.filter((outcome) => outcome.kind === 'webhook' && outcome.status === 202).length).toBeGreaterThan(0);
  });
});
