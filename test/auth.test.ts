import { describe, expect } from 'vitest';
import { graphql } from './gql';
import { describeEachDatabase, startGatewayFirst, test } from './support/fixtures';

const QUERY = graphql(`
  query CountConnections {
    connections {
      totalCount
    }
  }
`);

describeEachDatabase('API keys and authentication (%s)', test, (it) => {
  const unauthorizedCases: [string, Record<string, string>][] = [
    ['no Authorization header', {}],
    ['an empty Authorization header', { authorization: '' }],
    ['a scheme other than Bearer', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['Bearer without a key', { authorization: 'Bearer ' }],
    ['a malformed key', { authorization: 'Bearer not-a-key' }],
    ['an unknown, well-formed key', { authorization: `Bearer cgw_0123456789ab_${'A'.repeat(43)}` }],
  ];

  it.for(unauthorizedCases)('answers 401 UNAUTHENTICATED for %s', async ([_case, headers], { gateway }) => {
    const response = await gateway.graphql(QUERY, { headers });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]);
  });

  it('rejects a key whose secret part is wrong even when its prefix exists', async ({ gateway, organization: { key } }) => {
    const forged = `${key.slice(0, 'cgw_'.length + 12)}_${'B'.repeat(43)}`;
    const response = await gateway.graphql(QUERY, { key: forged });
    expect(response.status).toBe(401);
  });

  it('accepts a valid key and records when it was last used', async ({ gateway, organization: { key } }) => {
    const before = await gateway.db.prisma.apiKey.findUniqueOrThrow({ where: { prefix: key.slice(0, 16) } });
    expect(before.lastUsedAt).toBeNull();
    const response = await gateway.graphql(QUERY, { key });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { connections: { totalCount: 0 } } });
    const after = await gateway.db.prisma.apiKey.findUniqueOrThrow({ where: { prefix: key.slice(0, 16) } });
    expect(after.lastUsedAt).toBeInstanceOf(Date);
  });

  it('answers 401 within 5 seconds of the key being revoked', { timeout: 15_000 }, async ({ gateway }) => {
    const { key: doomed } = await gateway.createOrganization('acme');
    expect((await gateway.graphql(QUERY, { key: doomed })).status).toBe(200);
    await gateway.db.prisma.apiKey.update({ where: { prefix: doomed.slice(0, 16) }, data: { revokedAt: new Date() } });
    // Verified keys are cached briefly; a revocation (by any process) takes effect within 5 seconds.
    const revokedAt = Date.now();
    await expect.poll(async () => (await gateway.graphql(QUERY, { key: doomed })).status, { timeout: 6_000, interval: 250 }).toBe(401);
    expect(Date.now() - revokedAt).toBeLessThan(5_500);
    const response = await gateway.graphql(QUERY, { key: doomed });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stores only a hash of the key', async ({ gateway, organization: { key } }) => {
    const stored = await gateway.db.prisma.apiKey.findUniqueOrThrow({ where: { prefix: key.slice(0, 16) } });
    expect(JSON.stringify(stored)).not.toContain(key.slice(17));
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('serves GraphiQL to a browser and the health probes without a key', async ({ gateway }) => {
    const page = await gateway.app.fetch('http://gateway.test/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Connections Gateway');
    // Self-contained: no script or stylesheet from a CDN, so it works without internet access.
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=["']?https?:/i);
    expect((await gateway.app.fetch('http://gateway.test/healthz')).status).toBe(200);
    expect((await gateway.app.fetch('http://gateway.test/readyz')).status).toBe(200);
  });

  it('never writes a key into the logs', async ({ gateway, organization: { key } }) => {
    await gateway.graphql(QUERY, { key });
    await gateway.graphql(QUERY, { headers: { authorization: `Bearer ${key}x` } });
    expect(gateway.logs.length).toBeGreaterThan(0);
    const secret = key.slice(17);
    for (const line of gateway.logs) expect(line).not.toContain(secret);
  });
});

// Behind a proxy, the client is the address X-Forwarded-For names.
const limitedTest = test.extend('gatewayEnv', { scope: 'file' }, { AUTH_FAILURES_PER_MINUTE: '3', TRUST_PROXY: 'true' });

describe('failed API-key attempts per client address', () => {
  startGatewayFirst(limitedTest);

  const from = (address: string, authorization?: string) => ({ 'x-forwarded-for': address, ...(authorization ? { authorization } : {}) });

  limitedTest(
    'answers 429 with Retry-After once an address has used up its failures, on GraphQL and REST, before any key lookup',
    async ({ gateway, organization: { key } }) => {
      for (let attempt = 0; attempt < 3; attempt++) {
        expect((await gateway.graphql(QUERY, { headers: from('203.0.113.7', 'Bearer wrong') })).status).toBe(401);
      }
      const limited = await gateway.graphql(QUERY, { headers: from('203.0.113.7', 'Bearer wrong') });
      expect(limited.status).toBe(429);
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(limited.body.errors).toEqual([
        expect.objectContaining({ extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: retryAfter } }),
      ]);

      const queriesBefore = gateway.queries.length;
      const rest = await gateway.app.fetch('http://gateway.test/v3/connections/list', {
        method: 'POST',
        headers: from('203.0.113.7', `Bearer ${key}`),
      });
      expect(rest.status).toBe(429);
      expect(await rest.json()).toEqual({
        error: expect.stringMatching(/try again in \d+ seconds/),
        details: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) },
      });
      expect(gateway.queries.length).toBe(queriesBefore); // not even the valid key was looked up
    },
  );

  limitedTest('limits only the address that failed', async ({ gateway, organization: { key } }) => {
    expect((await gateway.graphql(QUERY, { headers: from('198.51.100.1', `Bearer ${key}`) })).status).toBe(200);
    expect((await gateway.graphql(QUERY, { headers: from('198.51.100.2', 'Bearer wrong') })).status).toBe(401);
  });
});
