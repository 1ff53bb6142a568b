import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './support/databases';
import { startTestGateway, type TestGateway } from './support/gateway';

const CONNECTION = `query ($id: ID!) {
  connection(id: $id) {
    __typename
    ... on Connection { id provider }
    ... on Error { message code httpStatus }
    ... on ConnectionNotFoundError { connectionId }
  }
}`;

describe.each(databaseKinds)('organization isolation (%s)', (kind) => {
  let gateway: TestGateway;
  let orgA: { organizationId: string; key: string };
  let orgB: { organizationId: string; key: string };
  let connectionOfA: string;

  beforeAll(async () => {
    gateway = await startTestGateway(kind);
    orgA = await gateway.createOrganization('org-a');
    orgB = await gateway.createOrganization('org-b');
    connectionOfA = await gateway.createConnection(orgA.organizationId, 'GITHUB');
    await gateway.createConnection(orgB.organizationId, 'NOTION');
  });
  afterAll(() => gateway?.close());

  it('lets an organization read its own connection', async () => {
    const response = await gateway.graphql(CONNECTION, { key: orgA.key, variables: { id: connectionOfA } });
    expect(response.body.data?.connection).toEqual({ __typename: 'Connection', id: connectionOfA, provider: 'GITHUB' });
  });

  it("answers another organization's connection id exactly like an id that does not exist", async () => {
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

  it('treats ids of any shape as not found rather than failing', async () => {
    for (const id of ['', 'not-a-uuid', "' OR 1=1 --", 'x'.repeat(500)]) {
      const response = await gateway.graphql(CONNECTION, { key: orgB.key, variables: { id } });
      expect(response.body.data?.connection.__typename).toBe('ConnectionNotFoundError');
    }
  });

  it('lists and counts only the caller’s connections', async () => {
    const query = '{ connections { totalCount edges { node { id provider } } } }';
    const a = await gateway.graphql(query, { key: orgA.key });
    const b = await gateway.graphql(query, { key: orgB.key });
    expect(a.body.data?.connections).toEqual({ totalCount: 1, edges: [{ node: { id: connectionOfA, provider: 'GITHUB' } }] });
    expect(b.body.data?.connections.totalCount).toBe(1);
    expect(b.body.data?.connections.edges[0].node.provider).toBe('NOTION');
  });
});
