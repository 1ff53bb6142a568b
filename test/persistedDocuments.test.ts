// Persisted documents (src/server/persistedDocuments.ts) over HTTP: clients send the hash graphql-codegen gave a
// document, the gateway runs the text its manifest holds; PERSISTED_DOCUMENTS=require refuses texts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config';
import { createLogger } from '../src/logger';
import { createGatewayApp } from '../src/server/app';
import { loadPersistedDocuments, pickerManifest } from '../src/server/persistedDocuments';
import { defaultRequestLimits, requestLimitsFromEnv, type RequestLimits } from '../src/server/requestLimits';
import { graphql } from './gql';
import { serve, startTestGateway, type ServedApp, type TestGateway } from './support/gateway';

const testManifest = new URL('./gql/persisted-documents.json', import.meta.url).pathname;

const Providers = graphql(`
  query PersistedProviders {
    providers {
      id
      name
    }
  }
`);

/** The hash codegen embedded in the document, as the picker's client sends it. */
const hash = (Providers as unknown as { __meta__: { hash: string } }).__meta__.hash;

interface Answer {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[] };
}

describe('persisted documents', () => {
  let test: TestGateway;
  let key: string;
  const served: ServedApp[] = [];

  async function app(overrides: Partial<RequestLimits> = {}): Promise<ServedApp> {
    const limits = { ...defaultRequestLimits, ...overrides };
    const persistedDocuments = loadPersistedDocuments([pickerManifest, testManifest]);
    const served_ = await serve(
      await createGatewayApp({ db: test.db, services: test.services, logger: createLogger('silent'), limits, persistedDocuments }),
    );
    served.push(served_);
    return served_;
  }

  async function post(to: ServedApp, body: Record<string, unknown>): Promise<Answer> {
    const response = await to.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${key}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }

  const byHash = (sha256Hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash } } });

  beforeAll(async () => {
    test = await startTestGateway('embedded');
    ({ key } = await test.createOrganization('acme'));
  });
  afterAll(async () => {
    await Promise.all(served.splice(0).map((app) => app.close()));
    await test?.close();
  });

  it('runs a document sent by its hash, with or without the sha256: prefix, and plain documents too (allow)', async () => {
    const gateway = await app();
    const expected = (await post(gateway, { query: '{ providers { id name } }' })).body;
    expect(expected.data?.providers.length).toBeGreaterThan(0);
    expect(await post(gateway, byHash(hash))).toEqual({ status: 200, body: expected });
    expect(await post(gateway, byHash(hash.replace(/^sha256:/, '')))).toEqual({ status: 200, body: expected });
  });

  it('answers an unknown hash with 404 PERSISTED_DOCUMENT_NOT_FOUND', async () => {
    const answer = await post(await app(), byHash(`sha256:${'0'.repeat(64)}`));
    expect(answer.status).toBe(404);
    expect(answer.body.errors).toEqual([
      { message: 'No persisted document has this hash; send the document itself.', extensions: { code: 'PERSISTED_DOCUMENT_NOT_FOUND' } },
    ]);
  });

  it('refuses a plain document with 403 PERSISTED_DOCUMENT_REQUIRED when they are required, and runs a hash', async () => {
    const gateway = await app({ persistedDocuments: 'require' });
    const refused = await post(gateway, { query: '{ providers { id name } }' });
    expect(refused.status).toBe(403);
    expect(refused.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'PERSISTED_DOCUMENT_REQUIRED' } })]);
    const accepted = await post(gateway, byHash(hash));
    expect(accepted.status).toBe(200);
    expect(accepted.body.data?.providers.length).toBeGreaterThan(0);
  });

  it('asks for a document when a request has neither text nor hash', async () => {
    for (const gateway of [await app(), await app({ persistedDocuments: 'off' })]) {
      const answer = await post(gateway, { variables: {} });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
    }
  });

  it('takes only hashes it knows: with PERSISTED_DOCUMENTS=off a hash alone is not a document', async () => {
    const answer = await post(await app({ persistedDocuments: 'off' }), byHash(hash));
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('reads PERSISTED_DOCUMENTS: allow by default, off or require, anything else stops start-up', () => {
    expect(requestLimitsFromEnv({}).persistedDocuments).toBe('allow');
    expect(requestLimitsFromEnv({ PERSISTED_DOCUMENTS: 'require' }).persistedDocuments).toBe('require');
    expect(() => requestLimitsFromEnv({ PERSISTED_DOCUMENTS: 'always' })).toThrow(ConfigError);
  });
});
