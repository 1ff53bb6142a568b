// A client's view: operations typed by graphql-codegen from the checked-in schema.graphql. `npm test` runs
// codegen and then the type checker over this file, so a schema change that breaks clients fails the build.
import { describe, expect } from 'vitest';
import { graphql } from './gql';
import { startGatewayFirst, test } from './support/fixtures';

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

/** A GitHub connection seeded without credentials: the operations read it, never its provider. */
const typedTest = test.extend('connectionId', { scope: 'file' }, ({ gateway, organization }) =>
  gateway.createConnection(organization.organizationId, 'GITHUB', { accountLogin: 'octocat' }),
);

describe('typed operations generated from schema.graphql', () => {
  startGatewayFirst(typedTest);

  typedTest('runs a typed list query', async ({ gateway, organization: { key }, connectionId }) => {
    const response = await gateway.graphql(ConnectionsOverview, { key, variables: { first: 5, provider: 'GITHUB' } });
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

  typedTest('narrows a result union by __typename', async ({ gateway, organization: { key } }) => {
    const response = await gateway.graphql(ConnectionById, { key, variables: { id: 'missing' } });
    const result = response.body.data!.connection;
    if (result.__typename !== 'ConnectionNotFoundError') throw new Error(`expected not found, got ${result.__typename}`);
    const status: number = result.httpStatus;
    expect([result.code, status]).toEqual(['NOT_FOUND', 404]);
  });
});
