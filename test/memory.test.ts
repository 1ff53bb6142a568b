// Memory a request can pin is bounded by bytes, not entries: a request without a key is refused before its body is
// read or parsed, so nothing of it is kept; a request with one fills caches whose size is capped in bytes.
import { randomBytes } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_CACHE_BYTES, PARSE_ERROR_CACHE_BYTES } from '../src/server/documentCache';
import { TOKEN_LIMIT_CACHE_BYTES } from '../src/server/requestLimits';
import { startTestGateway, TEST_ORIGIN, type TestGateway } from './support/gateway';

const MB = 1024 * 1024;

// The collector, for a measurement after garbage is gone (vitest's workers start without --expose-gc).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

async function heapAfterGc(): Promise<number> {
  for (let round = 0; round < 3; round++) {
    collect();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

/** A distinct query of about 1 MB: a long comment (which costs no tokens), then a trivial operation. */
function megabyteQuery(): string {
  return `# ${randomBytes(375_000).toString('base64')}\n{ __typename }`;
}

describe('memory a request can pin', () => {
  let gateway: TestGateway;
  let key: string;

  beforeAll(async () => {
    gateway = await startTestGateway('embedded', { AUTH_FAILURES_PER_MINUTE: '0', LOG_LEVEL: 'silent' });
    ({ key } = await gateway.createOrganization('acme'));
  });
  afterAll(() => gateway?.close());

  async function post(query: string, authorization?: string): Promise<number> {
    const response = await gateway.app.fetch(`${TEST_ORIGIN}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query }),
    });
    await response.arrayBuffer();
    return response.status;
  }

  /** Sends `count` distinct 1 MB queries, four at a time, and returns the statuses. */
  async function flood(count: number, authorization?: string): Promise<number[]> {
    const statuses: number[] = [];
    for (let sent = 0; sent < count; sent += 4) {
      statuses.push(...(await Promise.all(Array.from({ length: Math.min(4, count - sent) }, () => post(megabyteQuery(), authorization)))));
    }
    return statuses;
  }

  it(
    'keeps nothing of 200 distinct 1 MB queries without a key: the heap after GC grows by less than 20 MB',
    { timeout: 180_000 },
    async () => {
      // Warm up: the first requests build the schema's caches, compile validation rules, open pools.
      await flood(8);
      await post('{ __typename }', `Bearer ${key}`);
      const before = await heapAfterGc();

      const statuses = await flood(200);
      expect(statuses).toEqual(Array(200).fill(401));
      const grown = (await heapAfterGc()) - before;
      console.log(`heap after 200 unauthenticated 1 MB queries: ${(grown / MB).toFixed(1)} MB more than before`);
      expect(grown).toBeLessThan(20 * MB);
    },
  );

  it('bounds what queries with a key can pin by the documented cache sizes', { timeout: 180_000 }, async () => {
    await flood(4, `Bearer ${key}`);
    const before = await heapAfterGc();

    const statuses = await flood(100, `Bearer ${key}`);
    expect(statuses).toEqual(Array(100).fill(200));
    const grown = (await heapAfterGc()) - before;
    const bound = DOCUMENT_CACHE_BYTES + PARSE_ERROR_CACHE_BYTES + TOKEN_LIMIT_CACHE_BYTES;
    console.log(`heap after 100 authenticated 1 MB queries: ${(grown / MB).toFixed(1)} MB more (caches bounded at ${bound / MB} MB)`);
    // 100 MB of distinct documents went through; the caches keep at most their bound of them.
    expect(grown).toBeLessThan(bound + 8 * MB);
  });
});
