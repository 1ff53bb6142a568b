import { expect } from 'vitest';
import { graphql } from './gql';
import { describeEachDatabase, test } from './support/fixtures';

const CONNECTION = graphql(`
  query TenantConnection($id: ID!) {
    connection(id: $id) {
      __typename
      ... on Connection {
        id
        provider
      }
      ... on Error {
        message
        code
        httpStatus
      }
      ... on ConnectionNotFoundError {
        connectionId
      }
    }
  }
`);

const Listed = graphql(`
  query TenantConnections {
    connections {
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

/** Two organizations, A with a GitHub connection and B with a Notion one. */
const tenancyTest = test.extend('tenants', { scope: 'file' }, async ({ gateway }) => {
  const orgA = await gateway.createOrganization('org-a');
  const orgB = await gateway.createOrganization('org-b');
  const connectionOfA = await gateway.createConnection(orgA.organizationId, 'GITHUB');
  await gateway.createConnection(orgB.organizationId, 'NOTION');
  return { orgA, orgB, connectionOfA };
});

describeEachDatabase('organization isolation (%s)', tenancyTest, (it) => {
  it('lets an organization read its own connection', async ({ gateway, tenants: { orgA, connectionOfA } }) => {
    const response = await gateway.graphql(CONNECTION, { key: orgA.key, variables: { id: connectionOfA } });
    expect(response.body.data?.connection).toEqual({ __typename: 'Connection', id: connectionOfA, provider: 'GITHUB' });
  });

  it("answers another organization's connection id exactly like an id that does not exist", async ({
    gateway,
    tenants: { orgB, connectionOfA },
  }) => {
    const missing = '01a21200-0000-7000-8000-000000000000';
    const foreign = await gateway.graphql(CONNECTION, { key: orgB.key, variables: { id: connectionOfA } });
    const absent = await gateway.graphql(CONNECTION, { key: orgB.key, variables: { id: missing } });

    expect(foreign.status).toBe(200);
    expect(foreign.body.data?.connection).toEqual({
      __typename: 'ConnectionNotFoundError',
      message: `Connection "${connectionOfA}" was not found.`,
      code: 'NOT_FOUND',
      httpStatus: 404,
      connectionId: connectionOfA,
    });
    const withoutId = (body: unknown) => JSON.stringify(body).replaceAll(connectionOfA, 'ID').replaceAll(missing, 'ID');
    expect(withoutId(foreign.body)).toBe(withoutId(absent.body));
    expect(foreign.status).toBe(absent.status);
  });

  it('treats ids of any shape as not found rather than failing', async ({ gateway, tenants: { orgB } }) => {
    for (const id of ['', 'not-a-uuid', "' OR 1=1 --", 'x'.repeat(500)]) {
      const response = await gateway.graphql(CONNECTION, { key: orgB.key, variables: { id } });
      expect(response.body.data!.connection.__typename).toBe('ConnectionNotFoundError');
    }
  });

  it('lists and counts only the caller’s connections', async ({ gateway, tenants: { orgA, orgB, connectionOfA } }) => {
    const a = await gateway.graphql(Listed, { key: orgA.key });
    const b = await gateway.graphql(Listed, { key: orgB.key });
    expect(a.body.data?.connections).toEqual({ totalCount: 1, edges: [{ node: { id: connectionOfA, provider: 'GITHUB' } }] });
    expect(b.body.data!.connections.totalCount).toBe(1);
    expect(b.body.data!.connections.edges[0]!.node.provider).toBe('NOTION');
  });
});
