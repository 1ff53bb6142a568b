// API keys over GraphQL: an organization lists, creates and revokes its own keys, and only its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql';
import { databaseKinds } from './support/databases';
import { startTestGateway, type TestGateway } from './support/gateway';
import { dataOf, expectTypename } from './support/graphql';

const ListKeys = graphql(`
  query ListKeys {
    apiKeys {
      prefix
      label
      current
      revokedAt
      lastUsedAt
      createdAt
    }
  }
`);

const CreateKey = graphql(`
  mutation CreateKey($label: String) {
    createApiKey(label: $label) {
      __typename
      ... on CreateApiKeyPayload {
        key
        apiKey {
          prefix
          label
          current
          revokedAt
        }
      }
      ... on ValidationError {
        argument
        message
        code
      }
    }
  }
`);

const RevokeKeyByPrefix = graphql(`
  mutation RevokeKeyByPrefix($prefix: String!) {
    revokeApiKey(prefix: $prefix) {
      __typename
      ... on RevokeApiKeyPayload {
        apiKey {
          prefix
          current
          revokedAt
        }
      }
      ... on ApiKeyNotFoundError {
        prefix
        message
        code
        httpStatus
      }
    }
  }
`);

describe.each(databaseKinds)('API keys over GraphQL (%s)', (kind) => {
  let gateway: TestGateway;
  let key: string;
  let otherKey: string;

  beforeAll(async () => {
    gateway = await startTestGateway(kind);
    ({ key } = await gateway.createOrganization('acme'));
    ({ key: otherKey } = await gateway.createOrganization('globex'));
  });
  afterAll(async () => {
    await gateway?.close();
  });

  const prefixOf = (whole: string) => whole.slice(0, 'cgw_'.length + 12);

  it('creates a key shown once, which works at once and is listed without its secret', async () => {
    const created = dataOf(await gateway.graphql(CreateKey, { key, variables: { label: 'ci' } })).createApiKey;
    expectTypename(created, 'CreateApiKeyPayload');
    expect(created.key).toMatch(/^cgw_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(created.apiKey).toEqual({ prefix: prefixOf(created.key), label: 'ci', current: false, revokedAt: null });

    const listed = await gateway.graphql(ListKeys, { key: created.key });
    const keys = dataOf(listed).apiKeys;
    expect(keys.map((each) => each.prefix)).toEqual([prefixOf(key), prefixOf(created.key)]);
    expect(keys.find((each) => each.current)?.prefix).toBe(prefixOf(created.key));
    expect(JSON.stringify(listed.body)).not.toContain(created.key.slice(-43));
  });

  it('lists only the organization’s own keys, and cannot revoke another organization’s', async () => {
    const listed = dataOf(await gateway.graphql(ListKeys, { key: otherKey })).apiKeys;
    expect(listed.map((each) => each.prefix)).toEqual([prefixOf(otherKey)]);
    const refused = dataOf(await gateway.graphql(RevokeKeyByPrefix, { key: otherKey, variables: { prefix: prefixOf(key) } })).revokeApiKey;
    expect(refused).toEqual({
      __typename: 'ApiKeyNotFoundError',
      prefix: prefixOf(key),
      message: `No API key with prefix "${prefixOf(key)}".`,
      code: 'API_KEY_NOT_FOUND',
      httpStatus: 404,
    });
    expect((await gateway.graphql(ListKeys, { key })).status).toBe(200);
  });

  it('revokes a key: refused at once, listed as revoked, revoking again keeps the first time', async () => {
    const created = dataOf(await gateway.graphql(CreateKey, { key, variables: { label: 'doomed' } })).createApiKey;
    expectTypename(created, 'CreateApiKeyPayload');
    const doomed = created.key;
    expect((await gateway.graphql(ListKeys, { key: doomed })).status).toBe(200);
    const revoked = dataOf(await gateway.graphql(RevokeKeyByPrefix, { key, variables: { prefix: prefixOf(doomed) } })).revokeApiKey;
    expectTypename(revoked, 'RevokeApiKeyPayload');
    expect(revoked.apiKey.revokedAt).not.toBeNull();
    // The key was cached as valid a moment ago; the revocation drops it from the cache.
    expect((await gateway.graphql(ListKeys, { key: doomed })).status).toBe(401);
    const again = dataOf(await gateway.graphql(RevokeKeyByPrefix, { key, variables: { prefix: prefixOf(doomed).slice(4) } })).revokeApiKey;
    expectTypename(again, 'RevokeApiKeyPayload');
    expect(again.apiKey.revokedAt).toBe(revoked.apiKey.revokedAt);
  });

  it('refuses a label that is empty or longer than 100 characters, creating nothing', async () => {
    const before = dataOf(await gateway.graphql(ListKeys, { key })).apiKeys.length;
    for (const label of ['', ' ', 'x'.repeat(101)]) {
      const refused = dataOf(await gateway.graphql(CreateKey, { key, variables: { label } })).createApiKey;
      expect(refused).toEqual({
        __typename: 'ValidationError',
        argument: 'label',
        message: 'label must be 1 to 100 characters.',
        code: 'BAD_USER_INPUT',
      });
    }
    expect(dataOf(await gateway.graphql(ListKeys, { key })).apiKeys).toHaveLength(before);
  });

  it('needs a key, like every other operation', async () => {
    expect((await gateway.graphql(ListKeys, { key: null })).status).toBe(401);
  });
});
