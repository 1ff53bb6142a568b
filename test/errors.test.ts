import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from './support/databases';
import { startTestGateway, type TestGateway } from './support/gateway';

describe.each(databaseKinds)('unexpected failures (%s)', (kind) => {
  let gateway: TestGateway;
  let key: string;

  beforeEach(async () => {
    gateway = await startTestGateway(kind);
    ({ key } = await gateway.createOrganization('acme'));
  });
  afterEach(() => gateway?.close());

  it('masks a failure the code did not anticipate, and logs it in full with the request id', async () => {
    // A real fault: the table the resolver reads is gone.
    await gateway.db.prisma.$executeRawUnsafe('ALTER TABLE connections RENAME TO connections_moved');
    const response = await gateway.graphql('{ connections { totalCount } }', { key });

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

  it('keeps expected failures as they are: typed errors stay typed', async () => {
    const response = await gateway.graphql('{ connection(id: "x") { ... on Error { code } } }', { key });
    expect(response.body).toEqual({ data: { connection: { code: 'NOT_FOUND' } } });
    expect(gateway.logs.filter((line) => JSON.parse(line).level >= 50)).toEqual([]);
  });

  it('uses the X-Request-Id a proxy sent, and makes one for a request without it', async () => {
    const given = await gateway.graphql('{ providers { id } }', { key, headers: { 'x-request-id': 'edge-1234' } });
    expect(given.headers.get('x-request-id')).toBe('edge-1234');
    const made = await gateway.graphql('{ providers { id } }', { key, headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const access = gateway.logs.map((line) => JSON.parse(line)).filter((line) => line.msg === 'request completed');
    expect(access.map((line) => line.requestId)).toEqual(['edge-1234', made.headers.get('x-request-id')]);
  });
});
