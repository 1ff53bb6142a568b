import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './support/databases';
import { startTestGateway, type GraphQLResponse, type TestGateway } from './support/gateway';

describe.each(databaseKinds)('connections and providers (%s)', (kind) => {
  let gateway: TestGateway;
  let key: string;
  let ids: string[]; // in creation order

  beforeAll(async () => {
    gateway = await startTestGateway(kind);
    const org = await gateway.createOrganization('acme');
    key = org.key;
    ids = [];
    const providers = ['GITHUB', 'NOTION', 'GITHUB', 'GOOGLE_DRIVE', 'GITHUB', 'S3', 'GITHUB'] as const;
    for (const [index, provider] of providers.entries()) {
      ids.push(
        await gateway.createConnection(org.organizationId, provider, {
          metadata: { userId: `user-${index}` },
          accountLogin: `login-${index}`,
        }),
      );
    }
  });
  afterAll(() => gateway?.close());

  it('lists every provider with its capabilities: GitHub lists, configures and has webhooks; the rest nothing yet', async () => {
    const response = await gateway.graphql('{ providers { id name capabilities { listResources configureResources webhooks } } }', { key });
    const providers = response.body.data?.providers as { id: string; name: string; capabilities: object }[];
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
      const on = provider.id === 'GITHUB';
      expect(provider.capabilities).toEqual({ listResources: on, configureResources: on, webhooks: on });
    }
  });

  it('returns a connection with all its fields', async () => {
    const response = await gateway.graphql(
      `query ($id: ID!) { connection(id: $id) { ... on Connection {
         id provider status accountLogin metadata createdAt updatedAt capabilities { listResources } } } }`,
      { key, variables: { id: ids[1] } },
    );
    const connection = response.body.data?.connection;
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

  it('pages through all connections newest first, each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const response: GraphQLResponse = await gateway.graphql(
        `query ($after: String) { connections(first: 3, after: $after) {
           totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        { key, variables: { after } },
      );
      const page: any = response.body.data?.connections;
      expect(page.totalCount).toBe(ids.length);
      seen.push(...page.edges.map((edge: { node: { id: string } }) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());
  });

  it('filters by provider, and counts what the filter matches', async () => {
    const response = await gateway.graphql('{ connections(provider: GITHUB) { totalCount edges { node { id provider } } } }', { key });
    const page = response.body.data?.connections;
    expect(page.totalCount).toBe(4);
    expect(page.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([ids[6], ids[4], ids[2], ids[0]]);
  });

  it.each([0, -1, 101])('rejects first: %i with BAD_USER_INPUT naming the argument', async (first) => {
    const response = await gateway.graphql(`{ connections(first: ${first}) { totalCount } }`, { key });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]).toMatchObject({
      message: 'first must be between 1 and 100.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });

  it('loads N connections by id in one SQL query', async () => {
    const aliases = ids.map((id, index) => `c${index}: connection(id: "${id}") { ... on Connection { id provider } }`);
    const missing = 'absent: connection(id: "01a21200-0000-7000-8000-000000000000") { __typename }';
    gateway.queries.length = 0;
    const response = await gateway.graphql(`{ ${aliases.join('\n')} ${missing} }`, { key });
    const connectionQueries = gateway.queries.filter((sql) => sql.includes('"connections"'));

    expect(connectionQueries).toHaveLength(1);
    expect(response.body.data?.absent).toEqual({ __typename: 'ConnectionNotFoundError' });
    ids.forEach((id, index) => expect(response.body.data?.[`c${index}`].id).toBe(id));
  });
});
