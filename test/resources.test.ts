// Connection.resources over HTTP against the GitHub fake: paging, fields, errors, and exact upstream costs.
import type { ResultOf } from '@graphql-typed-document-node/core';
import { validate } from '@octokit/graphql-schema';
import { describe, expect, it } from 'vitest';
import { LIST_REPOSITORIES_QUERY } from '../src/providers/github/repositories';
import { graphql } from './gql';
import { describeEachDatabase, startGatewayFirst, test } from './support/fixtures';
import { dataOf, expectTypename, having } from './support/graphql';

const ConnectionResources = graphql(`
  query ConnectionResources($id: ID!, $page: Int, $perPage: Int, $search: String) {
    connection(id: $id) {
      ... on Connection {
        resources(page: $page, perPage: $perPage, search: $search) {
          __typename
          ... on ResourcePage {
            totalCount
            page
            perPage
            hasNextPage
            nodes {
              id
              name
              fullName
              description
              private
              defaultBranch
              updatedAt
              configured
            }
          }
          ... on Error {
            message
            code
            httpStatus
          }
          ... on ValidationError {
            argument
          }
          ... on ProviderNotSupportedError {
            provider
            operation
          }
          ... on RateLimitedError {
            retryAfterSeconds
          }
          ... on UpstreamError {
            provider
            resource
          }
        }
      }
    }
  }
`);

const ConnectionStatusOnly = graphql(`
  query ConnectionStatusOnly($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        status
      }
    }
  }
`);

/** The total count of a ConnectionResources answer that is a page. */
const totalOf = (data: ResultOf<typeof ConnectionResources>) =>
  having(having(data.connection, 'resources').resources, 'totalCount').totalCount;

describe('the GitHub adapter’s GraphQL documents', () => {
  it('are valid against GitHub’s published schema', () => {
    expect(validate(LIST_REPOSITORIES_QUERY)).toEqual([]);
  });
});

const resourcesTest = test
  .extend('repositories', { scope: 'file' }, [
    ...Array.from({ length: 44 }, (_, index) => ({ name: `repo-${String(index + 1).padStart(3, '0')}`, private: index % 3 === 0 })),
    { name: 'empty-one', empty: true },
  ])
  .extend('connectionFields', { scope: 'file' }, { accountLogin: 'octocat' })
  .extend('resources', ({ gateway, organization }) => async (id: string, page?: number, perPage?: number, search?: string) => {
    const response = await gateway.graphql(ConnectionResources, { key: organization.key, variables: { id, page, perPage, search } });
    return having(dataOf(response).connection, 'resources').resources;
  });

describeEachDatabase('Connection.resources (%s)', resourcesTest, (it) => {
  it.beforeEach(({ gateway, github, organization: { organizationId }, connection }) => {
    gateway.services.resources.forget({ id: connection.id, organizationId });
    github.resetCounters();
  });

  it('pages 45 repositories with the defaults: 30, then 15, then an empty page with the true total', async ({
    github,
    connection: { id: connectionId },
    resources,
  }) => {
    const first = await resources(connectionId);
    expect(first).toMatchObject({ __typename: 'ResourcePage', totalCount: 45, page: 1, perPage: 30, hasNextPage: true });
    expectTypename(first, 'ResourcePage');
    expect(first.nodes).toHaveLength(30);
    const second = await resources(connectionId, 2);
    expect(second).toMatchObject({ totalCount: 45, page: 2, perPage: 30, hasNextPage: false });
    expectTypename(second, 'ResourcePage');
    expect(second.nodes).toHaveLength(15);
    const past = await resources(connectionId, 3);
    expect(past).toMatchObject({ totalCount: 45, page: 3, hasNextPage: false, nodes: [] });

    const ids = [...first.nodes, ...second.nodes].map((node) => node.id);
    expect(new Set(ids).size).toBe(45);
    // Stable order: creation order, oldest first.
    expect([...first.nodes, ...second.nodes].map((node) => node.name)).toEqual([
      ...Array.from({ length: 44 }, (_, index) => `octocat/repo-${String(index + 1).padStart(3, '0')}`),
      'octocat/empty-one',
    ]);
    // All of it came from one upstream request of 100.
    expect(github.count('graphql')).toBe(1);
  });

  it('returns all 45 in one page with perPage 100', async ({ connection: { id: connectionId }, resources }) => {
    const page = await resources(connectionId, 1, 100);
    expect(page).toMatchObject({ totalCount: 45, perPage: 100, hasNextPage: false });
    expectTypename(page, 'ResourcePage');
    expect(page.nodes).toHaveLength(45);
  });

  it('describes each repository as GitHub does', async ({ github, connection: { id: connectionId }, resources }) => {
    const { nodes } = having(await resources(connectionId, 1, 100), 'nodes');
    const first = nodes[0]!;
    expect(first).toMatchObject({
      name: 'octocat/repo-001',
      fullName: 'octocat/repo-001',
      private: true,
      defaultBranch: 'main',
      configured: false,
    });
    expect(first.id).toMatch(/^\d+$/);
    expect(Number(first.id)).toBe(github.repository('octocat/repo-001')!.databaseId);
    expect(new Date(first.updatedAt).toString()).not.toBe('Invalid Date');
    expect(nodes.find((node) => node.name === 'octocat/empty-one')!.defaultBranch).toBeNull();
    expect(nodes[1]!.private).toBe(false);
  });

  it('costs one upstream request cold, none warm, and one for concurrent identical requests', async ({
    github,
    gateway,
    organization: { organizationId },
    connection: { id: connectionId },
    resources,
  }) => {
    await resources(connectionId, 1, 30);
    expect(github.count('graphql')).toBe(1);
    await resources(connectionId, 2, 10);
    await resources(connectionId, 1, 45);
    expect(github.count('graphql')).toBe(1);

    gateway.services.resources.forget({ id: connectionId, organizationId });
    github.resetCounters();
    github.setLatency(100);
    try {
      await Promise.all(Array.from({ length: 6 }, () => resources(connectionId, 1, 30)));
    } finally {
      github.setLatency(0);
    }
    expect(github.count('graphql')).toBe(1);
  });

  it('filters by search across the whole listing, ignoring case, and pages and counts the matches', async ({
    github,
    connection: { id: connectionId },
    resources,
  }) => {
    // " REPO-01 " matches repo-010 … repo-019 (trimmed, any case).
    const matches = await resources(connectionId, 1, 4, '  REPO-01 ');
    expect(matches).toMatchObject({ __typename: 'ResourcePage', totalCount: 10, page: 1, perPage: 4, hasNextPage: true });
    expectTypename(matches, 'ResourcePage');
    expect(matches.nodes.map((node) => node.name)).toEqual(['010', '011', '012', '013'].map((n) => `octocat/repo-${n}`));
    const last = await resources(connectionId, 3, 4, 'repo-01');
    expect(last).toMatchObject({ totalCount: 10, hasNextPage: false });
    expectTypename(last, 'ResourcePage');
    expect(last.nodes.map((node) => node.name)).toEqual(['octocat/repo-018', 'octocat/repo-019']);
    expect(await resources(connectionId, 1, 30, 'octocat/empty')).toMatchObject({
      totalCount: 1,
      nodes: [{ fullName: 'octocat/empty-one' }],
    });
    expect(await resources(connectionId, 1, 30, 'nothing-like-this')).toMatchObject({ totalCount: 0, hasNextPage: false, nodes: [] });
    // An empty search is no search.
    expect(await resources(connectionId, 1, 30, '')).toMatchObject({ totalCount: 45 });
    // The whole listing was fetched once (45 repositories: one batch) and then served from the cache.
    expect(github.count('graphql')).toBe(1);

    expect(await resources(connectionId, 1, 30, 'x'.repeat(101))).toMatchObject({ __typename: 'ValidationError', argument: 'search' });
  });

  it('rejects page and perPage out of range with ValidationError naming the argument', async ({
    github,
    connection: { id: connectionId },
    resources,
  }) => {
    for (const [page, perPage, argument] of [
      [0, 30, 'page'],
      [-2, 30, 'page'],
      [1, 0, 'perPage'],
      [1, 101, 'perPage'],
    ] as const) {
      expect(await resources(connectionId, page, perPage)).toMatchObject({
        __typename: 'ValidationError',
        code: 'BAD_USER_INPUT',
        httpStatus: 400,
        argument,
      });
    }
    expect(github.count('graphql')).toBe(0);
  });

  it('answers 501 for a provider without resources, before looking at credentials', async ({
    gateway,
    organization: { organizationId },
    resources,
  }) => {
    const notion = await gateway.createConnection(organizationId, 'NOTION', { status: 'PENDING' });
    expect(await resources(notion)).toEqual({
      __typename: 'ProviderNotSupportedError',
      message: 'Notion connections do not support listing resources.',
      code: 'NOT_IMPLEMENTED',
      httpStatus: 501,
      provider: 'Notion',
      operation: 'listResources',
    });
  });

  it('answers MissingRefreshTokenError for a connection without usable credentials', async ({
    github,
    gateway,
    organization: { organizationId },
    resources,
  }) => {
    const pending = await gateway.createConnection(organizationId, 'GITHUB', { status: 'PENDING' });
    const expired = await gateway.createConnection(organizationId, 'GITHUB', {
      accessToken: 'ghu_expired',
      accessTokenExpiresAt: new Date(Date.now() - 1000),
    });
    for (const id of [pending, expired]) {
      expect(await resources(id)).toMatchObject({ __typename: 'MissingRefreshTokenError', code: 'MISSING_REFRESH_TOKEN', httpStatus: 400 });
    }
    expect(github.count('graphql')).toBe(0);
  });

  it('marks the connection REAUTHORIZATION_REQUIRED when GitHub rejects its token', async ({
    github,
    gateway,
    organization: { organizationId, key },
    resources,
  }) => {
    const { accessToken: doomed } = github.issueToken('octocat');
    const id = await gateway.createConnection(organizationId, 'GITHUB', { accessToken: doomed });
    github.expireToken(doomed);
    expect(await resources(id)).toMatchObject({ __typename: 'MissingRefreshTokenError', httpStatus: 400 });
    const status = await gateway.graphql(ConnectionStatusOnly, { key, variables: { id } });
    expect(having(status.body.data!.connection, 'status').status).toBe('REAUTHORIZATION_REQUIRED');
  });

  it.for(['primary', 'secondary', 'graphql'] as const)(
    'reports a %s rate limit as RateLimitedError with retryAfterSeconds',
    async (style, { github, connection: { id: connectionId }, resources }) => {
      github.rateLimit('graphql', { retryAfterSeconds: 42, style });
      try {
        const result = await resources(connectionId);
        expect(result).toMatchObject({ __typename: 'RateLimitedError', code: 'RATE_LIMITED', httpStatus: 429 });
        expectTypename(result, 'RateLimitedError');
        expect(result.retryAfterSeconds).toBeGreaterThanOrEqual(41);
        expect(result.retryAfterSeconds).toBeLessThanOrEqual(43);
      } finally {
        github.clearRateLimit();
      }
      // Rate limits are reported, not retried.
      expect(github.count('graphql')).toBe(1);
    },
  );

  it('retries a failing upstream, and reports UpstreamError (502) when the retries run out', async ({
    github,
    gateway,
    organization: { organizationId },
    connection: { id: connectionId },
    resources,
  }) => {
    github.failNext('graphql', 1, 502);
    expect((await resources(connectionId)).__typename).toBe('ResourcePage');
    expect(github.count('graphql')).toBe(2);

    gateway.services.resources.forget({ id: connectionId, organizationId });
    github.resetCounters();
    github.failNext('graphql', 10, 503);
    expect(await resources(connectionId)).toMatchObject({
      __typename: 'UpstreamError',
      code: 'UPSTREAM_ERROR',
      httpStatus: 502,
      provider: 'GitHub',
    });
    expect(github.count('graphql')).toBe(3); // the first try and UPSTREAM_RETRIES (2) retries
    github.failNext('graphql', 0);
  });

  it('keeps listings apart per connection and organization', async ({ github, gateway, connection: { id: connectionId }, resources }) => {
    github.addUser({ login: 'hubot' });
    github.addRepositories('hubot', 3);
    const other = await gateway.createOrganization('globex');
    const hubotConnection = await gateway.createConnection(other.organizationId, 'GITHUB', {
      accessToken: github.issueToken('hubot').accessToken,
    });
    await resources(connectionId);
    const response = await gateway.graphql(ConnectionResources, { key: other.key, variables: { id: hubotConnection } });
    expect(totalOf(response.body.data!)).toBe(3);
    expect(github.count('graphql')).toBe(2);
    // Org B cannot reach org A's connection (or its cached listing) at all.
    const foreign = await gateway.graphql(ConnectionResources, { key: other.key, variables: { id: connectionId } });
    expect(foreign.body.data!.connection).toEqual({});
  });
});

const bigAccountTest = test.extend('githubLogin', { scope: 'file' }, 'big').extend('repositories', { scope: 'file' }, 250);

describe('upstream cost without a warm cache', () => {
  startGatewayFirst(bigAccountTest);

  bigAccountTest(
    'costs at most ceil(N·perPage/100) requests for a cold page N, and one for a page past the end',
    async ({ github, gateway, organization: { key, organizationId }, connection: { id: connectionId } }) => {
      const fetchPage = (page: number, perPage: number) =>
        gateway.graphql(ConnectionResources, { key, variables: { id: connectionId, page, perPage } });
      const cases: [page: number, perPage: number, expected: number][] = [
        [3, 50, 2],
        [5, 50, 3],
        [3, 100, 3],
        [9, 100, 1],
      ];
      for (const [page, perPage, expected] of cases) {
        gateway.services.resources.forget({ id: connectionId, organizationId });
        github.resetCounters();
        const response = await fetchPage(page, perPage);
        expect(totalOf(response.body.data!)).toBe(250);
        expect(github.count('graphql')).toBe(expected);
      }
    },
  );
});

const enterpriseTest = test
  .extend('githubOptions', { scope: 'file' }, { enterprise: true })
  .extend('githubLogin', { scope: 'file' }, 'ghe-user')
  .extend('repositories', { scope: 'file' }, 2)
  .extend('gatewayEnv', { scope: 'file' }, { RESOURCES_CACHE_TTL_SECONDS: '0' });

describe('no resources cache (RESOURCES_CACHE_TTL_SECONDS=0) and GitHub Enterprise Server', () => {
  startGatewayFirst(enterpriseTest);

  enterpriseTest('asks upstream every time, through /api/v3 and /api/graphql', async ({ github, gateway, organization, connection }) => {
    expect(github.apiUrl).toMatch(/\/api\/v3$/);
    for (let round = 0; round < 3; round += 1) {
      const response = await gateway.graphql(ConnectionResources, { key: organization.key, variables: { id: connection.id } });
      expect(totalOf(response.body.data!)).toBe(2);
    }
    expect(github.count('graphql')).toBe(3);
    expect(github.requests.every((request) => request.path.startsWith('/api/'))).toBe(true);
  });
});
