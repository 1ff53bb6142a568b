// A client's view: operations typed by graphql-codegen from the checked-in schema.graphql. `npm test` runs
// codegen and then the type checker over this file, so a schema change that breaks clients fails the build.
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { startTestGateway, type TestGateway } from './support/gateway';

const ConnectionsOverview = graphql(`
  query ConnectionsOverview($first: Int, $provider: Provider) {
    connections(first: $first, provider: $provider) {
      totalCount
      edges {
        node {
          id
          provider
          status
          accountLogin
          capabilities {
            listResources
            configureResources
            webhooks
          }
        }
      }
    }
  }
`);

const ConnectionById = graphql(`
  query ConnectionById($id: ID!) {
    connection(id: $id) {
      __typename
      ... on Connection {
        id
        provider
        metadata
      }
      ... on Error {
        message
        code
        httpStatus
      }
    }
  }
`);

describe('typed operations generated from schema.graphql', () => {
  let gateway: TestGateway;
  let key: string;
  let connectionId: string;

  beforeAll(async () => {
    gateway = await startTestGateway('embedded');
    const org = await gateway.createOrganization('typed');
    key = org.key;
    connectionId = await gateway.createConnection(org.organizationId, 'GITHUB', { accountLogin: 'octocat' });
  });
  afterAll(() => gateway?.close());

  it('runs a typed list query', async () => {
    const response = await gateway.graphql<ResultOf<typeof ConnectionsOverview>>(print(ConnectionsOverview), {
      key,
      variables: { first: 5, provider: 'GITHUB' },
    });
    const connections = response.body.data!.connections;
    const total: number = connections.totalCount;
    expect(total).toBe(1);
    expect(connections.edges[0]?.node).toEqual({
      id: connectionId,
      provider: 'GITHUB',
      status: 'ACTIVE',
      accountLogin: 'octocat',
      capabilities: { listResources: true, configureResources: true, webhooks: true },
    });
  });

  it('narrows a result union by __typename', async () => {
    const response = await gateway.graphql<ResultOf<typeof ConnectionById>>(print(ConnectionById), {
      key,
      variables: { id: 'missing' },
    });
    const result = response.body.data!.connection;
    if (result.__typename !== 'ConnectionNotFoundError') throw new Error(`expected not found, got ${result.__typename}`);
    const status: number = result.httpStatus;
    expect([result.code, status]).toEqual(['NOT_FOUND', 404]);
  });
});
