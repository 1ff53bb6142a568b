import { describe, expect } from 'vitest';
import { graphql } from './gql';
import { eachDatabase, test } from './support/fixtures';
import { startTestGateway } from './support/gateway';

const CountConnections = graphql(`
  query CountConnectionsOrFail {
    connections {
      totalCount
    }
  }
`);

const MissingConnection = graphql(`
  query MissingConnection {
    connection(id: "x") {
      ... on Error {
        code
      }
    }
  }
`);

const ProviderIds = graphql(`
  query ProviderIds {
    providers {
      id
    }
  }
`);

// Each test breaks its gateway (a table renamed) or counts its log lines from the start: a gateway of its own per
// test, on the file's database kind, instead of the file's shared one.
const freshTest = test.extend('fresh', async ({ databaseKind }, { onCleanup }) => {
  const gateway = await startTestGateway(databaseKind);
  onCleanup(() => gateway.close());
  const { key } = await gateway.createOrganization('acme');
  return { gateway, key };
});

describe.each(eachDatabase(freshTest))('unexpected failures (%s)', (_kind, it) => {
  // Started in a hook, so that the start-up counts against the hook timeout; the test gets the same one.
  it.beforeEach(({ fresh, databaseKind }) => {
    expect(fresh.gateway.db.kind).toBe(databaseKind);
  });

  it('masks a failure the code did not anticipate, and logs it in full with the request id', async ({ fresh: { gateway, key } }) => {
    // A real fault: the table the resolver reads is gone.
    await gateway.db.prisma.$executeRawUnsafe('ALTER TABLE connections RENAME TO connections_moved');
    const response = await gateway.graphql(CountConnections, { key });

    expect(response.status).toBe(500);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
    expect(JSON.stringify(response.body)).not.toContain('connections_moved');
    expect(JSON.stringify(response.body)).not.toMatch(/relation|does not exist/);

    const requestId = response.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    const errorLines = gateway.logs.map((line) => JSON.parse(line)).filter((line) => line.level >= 50);
    expect(errorLines).toEqual([
      expect.objectContaining({
        requestId,
        path: 'connections',
        err: expect.objectContaining({ message: expect.stringMatching(/connections.*does not exist/), stack: expect.any(String) }),
      }),
    ]);
  });

  it('keeps expected failures as they are: typed errors stay typed', async ({ fresh: { gateway, key } }) => {
    const response = await gateway.graphql(MissingConnection, { key });
    expect(response.body).toEqual({ data: { connection: { code: 'NOT_FOUND' } } });
    expect(gateway.logs.filter((line) => JSON.parse(line).level >= 50)).toEqual([]);
  });

  it('uses the X-Request-Id a proxy sent, and makes one for a request without it', async ({ fresh: { gateway, key } }) => {
    const given = await gateway.graphql(ProviderIds, { key, headers: { 'x-request-id': 'edge-1234' } });
    expect(given.headers.get('x-request-id')).toBe('edge-1234');
    const made = await gateway.graphql(ProviderIds, { key, headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const access = gateway.logs.map((line) => JSON.parse(line)).filter((line) => line.msg === 'request completed');
    expect(access.map((line) => line.requestId)).toEqual(['edge-1234', made.headers.get('x-request-id')]);
  });
});
