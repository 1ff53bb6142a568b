// An in-process gateway over a test database: the real yoga app, called through `app.fetch`.
import { Writable } from 'node:stream';
import { createApiKey } from '../../src/auth/apiKeys';
import { openDatabase, type Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import type { Provider } from '../../src/generated/prisma/enums';
import { createLogger } from '../../src/logger';
import { createGatewayApp, type GatewayApp } from '../../src/server/app';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './databases';

export interface GraphQLResponse<Data = Record<string, any>> {
  status: number;
  headers: Headers;
  body: { data?: Data | null; errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[] };
}

export interface TestGateway {
  app: GatewayApp;
  db: Database;
  /** Every SQL statement Prisma sent, in order; clear it to count the statements of one request. */
  queries: string[];
  /** Every log line the app wrote, as raw JSON text. */
  logs: string[];
  graphql<Data = Record<string, any>>(
    query: string,
    options?: { key?: string | null; variables?: Record<string, unknown>; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<Data>>;
  createOrganization(slug: string): Promise<{ organizationId: string; key: string }>;
  createConnection(organizationId: string, provider?: Provider, data?: { metadata?: object; accountLogin?: string }): Promise<string>;
  close(): Promise<void>;
}

export async function startTestGateway(kind: DatabaseKind): Promise<TestGateway> {
  const testDb: TestDatabase = await createTestDatabase(kind);
  const queries: string[] = [];
  const logs: string[] = [];
  const db = await openDatabase(testDb.config, { onQuery: (sql) => queries.push(sql) });
  await migrate(db);
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const app = createGatewayApp({ db, logger: createLogger('debug', sink) });

  return {
    app,
    db,
    queries,
    logs,
    async graphql(query, { key, variables, headers } = {}) {
      const response = await app.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: await response.json() };
    },
    async createOrganization(slug) {
      const { key, organizationId } = await createApiKey(db.prisma, { organization: slug, label: 'test' });
      return { key, organizationId };
    },
    async createConnection(organizationId, provider = 'GITHUB', data = {}) {
      const connection = await db.prisma.connection.create({
        data: { organizationId, provider, status: 'ACTIVE', ...data },
      });
      return connection.id;
    },
    async close() {
      await db.close();
      await testDb.drop();
    },
  };
}
