import type { ResultOf } from '@graphql-typed-document-node/core';
import { expect } from 'vitest';
import { graphql } from './gql';
import { describeEachDatabase, test } from './support/fixtures';
import { having, type GraphQLResponse } from './support/graphql';

const Providers = graphql(`
  query ProviderCapabilities {
    providers {
      id
      name
      capabilities {
        listResources
        configureResources
        webhooks
      }
    }
  }
`);

const ConnectionFields = graphql(`
  query ConnectionFields($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        id
        provider
        status
        accountLogin
        metadata
        createdAt
        updatedAt
        capabilities {
          listResources
        }
      }
    }
  }
`);

const ConnectionsPage = graphql(`
  query ConnectionsPage($after: String) {
    connections(first: 3, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const GitHubConnections = graphql(`
  query GitHubConnections {
    connections(provider: GITHUB) {
      totalCount
      edges {
        node {
          id
          provider
        }
      }
    }
  }
`);

const FirstConnections = graphql(`
  query FirstConnections($first: Int) {
    connections(first: $first) {
      totalCount
    }
  }
`);

const SevenConnectionsById = graphql(`
  query SevenConnectionsById($c0: ID!, $c1: ID!, $c2: ID!, $c3: ID!, $c4: ID!, $c5: ID!, $c6: ID!) {
    c0: connection(id: $c0) {
      ...IdAndProvider
    }
    c1: connection(id: $c1) {
      ...IdAndProvider
    }
    c2: connection(id: $c2) {
      ...IdAndProvider
    }
    c3: connection(id: $c3) {
      ...IdAndProvider
    }
    c4: connection(id: $c4) {
      ...IdAndProvider
    }
    c5: connection(id: $c5) {
      ...IdAndProvider
    }
    c6: connection(id: $c6) {
      ...IdAndProvider
    }
    absent: connection(id: "01a21200-0000-7000-8000-000000000000") {
      __typename
    }
  }

  fragment IdAndProvider on ConnectionResult {
    ... on Connection {
      id
      provider
    }
  }
`);

const connectionsTest = test
  /** Seven connections of the organization, their ids in creation order. */
  .extend('ids', { scope: 'file' }, async ({ gateway, organization }) => {
    const ids: string[] = [];
    const providers = ['GITHUB', 'NOTION', 'GITHUB', 'GOOGLE_DRIVE', 'GITHUB', 'S3', 'GITHUB'] as const;
    for (const [index, provider] of providers.entries()) {
      ids.push(
        await gateway.createConnection(organization.organizationId, provider, {
          metadata: { userId: `user-${index}` },
          accountLogin: `login-${index}`,
        }),
      );
    }
    return ids;
  });

describeEachDatabase('connections and providers (%s)', connectionsTest, (it) => {
  it('lists every provider with its capabilities: GitHub and Google Drive list, configure and hear of changes; Gmail lists and configures (polled without a Pub/Sub topic); the rest nothing yet', async ({
    gateway,
    organization: { key },
  }) => {
    const response = await gateway.graphql(Providers, { key });
    const providers = response.body.data!.providers;
    expect(providers.map((provider) => provider.id)).toEqual([
      'GITHUB',
      'NOTION',
      'GOOGLE_DRIVE',
      'ONEDRIVE',
      'GMAIL',
      'WEB_CRAWLER',
      'S3',
    ]);
    expect(providers.find((provider) => provider.id === 'GOOGLE_DRIVE')?.name).toBe('Google Drive');
    for (const provider of providers) {
      const lists = ['GITHUB', 'GOOGLE_DRIVE', 'GMAIL'].includes(provider.id);
      const hears = provider.id === 'GITHUB' || provider.id === 'GOOGLE_DRIVE';
      expect(provider.capabilities).toEqual({ listResources: lists, configureResources: lists, webhooks: hears });
    }
  });

  it('returns a connection with all its fields', async ({ gateway, organization: { key }, ids }) => {
    const response = await gateway.graphql(ConnectionFields, { key, variables: { id: ids[1]! } });
    const connection = having(response.body.data!.connection, 'createdAt');
    expect(connection).toMatchObject({
      id: ids[1],
      provider: 'NOTION',
      status: 'ACTIVE',
      accountLogin: 'login-1',
      metadata: { userId: 'user-1' },
      capabilities: { listResources: false },
    });
    expect(new Date(connection.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(connection.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('pages through all connections newest first, each exactly once', async ({ gateway, organization: { key }, ids }) => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const response: GraphQLResponse<ResultOf<typeof ConnectionsPage>> = await gateway.graphql(ConnectionsPage, {
        key,
        variables: { after },
      });
      const page = response.body.data!.connections;
      expect(page.totalCount).toBe(ids.length);
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());
  });

  it('filters by provider, and counts what the filter matches', async ({ gateway, organization: { key }, ids }) => {
    const response = await gateway.graphql(GitHubConnections, { key });
    const page = response.body.data!.connections;
    expect(page.totalCount).toBe(4);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([ids[6], ids[4], ids[2], ids[0]]);
  });

  it.for([0, -1, 101])('rejects first: %i with BAD_USER_INPUT naming the argument', async (first, { gateway, organization: { key } }) => {
    const response = await gateway.graphql(FirstConnections, { key, variables: { first } });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]).toMatchObject({
      message: 'first must be between 1 and 100.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });

  it('loads N connections by id in one SQL query', async ({ gateway, organization: { key }, ids }) => {
    const [c0, c1, c2, c3, c4, c5, c6] = ids as [string, string, string, string, string, string, string];
    gateway.queries.length = 0;
    const response = await gateway.graphql(SevenConnectionsById, { key, variables: { c0, c1, c2, c3, c4, c5, c6 } });
    const connectionQueries = gateway.queries.filter((sql) => sql.includes('"connections"'));

    expect(connectionQueries).toHaveLength(1);
    const data = response.body.data!;
    expect(data.absent).toEqual({ __typename: 'ConnectionNotFoundError' });
    const byAlias = [data.c0, data.c1, data.c2, data.c3, data.c4, data.c5, data.c6];
    ids.forEach((id, index) => expect(having(byAlias[index]!, 'id').id).toBe(id));
  });
});
