// An in-process gateway over a test database: the real app, listening on a loopback port, called over HTTP.
import { Writable } from 'node:stream';
import { composeGateway, type Gateway } from '../../src/composition';
import { loadConfig, type Config } from '../../src/config';
import { createSecretBox, type SecretBox } from '../../src/crypto/secretBox';
import { openDatabase, type Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import type { Provider } from '../../src/providers/types';
import { createLogger } from '../../src/logger';
import { createGatewayApp, type GatewayApp, type GatewayAppOptions } from '../../src/server/app';
import { closeGracefully } from '../../src/server/http';
import { StateSigner } from '../../src/modules/connections/oauthState';
import type { Services } from '../../src/modules/services';
import { openJobQueue } from '../../src/modules/sync/jobQueue';
import type { SyncQueue } from '../../src/modules/sync/queue';
import type { SyncWorker } from '../../src/modules/sync/worker';
import type { DeliveryWorker } from '../../src/modules/appWebhooks/worker';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './databases';
import { execute, type GraphQLRequestOptions, type GraphQLResponse } from './graphql';

/** A fixed credentials key, so tests never write one into a data directory. */
export const TEST_ENCRYPTION_KEY = '5'.repeat(64);

/** The configuration a test gateway runs with: fast retries, a fixed key, and whatever `env` adds. */
export function testConfig(testDb: TestDatabase, env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
    PUBLIC_URL: 'http://gateway.test',
    UPSTREAM_RETRY_BASE_MS: '5',
    ...testDb.env,
    ...env,
  });
}

/** A sync queue that only records which connections it was asked to sync (tests without workers). */
export function recordingSyncQueue(): SyncQueue & { notified: string[] } {
  const notified: string[] = [];
  return {
    notified,
    notify: (connectionId) => {
      notified.push(connectionId);
      return Promise.resolve();
    },
  };
}

/** The origin tests write in URLs; `fetch` sends them to the app's real address. */
export const TEST_ORIGIN = 'http://gateway.test';

/** An app listening on 127.0.0.1 (a free port), with a `fetch` that takes URLs on TEST_ORIGIN. */
export interface ServedApp {
  app: GatewayApp;
  /** The real origin, e.g. http://127.0.0.1:41234. */
  url: string;
  /** Like the global fetch, but redirects are returned, not followed (as a browser's first request sees them). */
  fetch(url: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function serve(app: GatewayApp): Promise<ServedApp> {
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    url,
    fetch: (target, init) =>
      fetch(target.startsWith(TEST_ORIGIN) ? url + target.slice(TEST_ORIGIN.length) : target, { redirect: 'manual', ...init }),
    close: () => closeGracefully(app, 1_000),
  };
}

/** The real app over an open database, as `npm start` assembles it, served on a loopback port. */
export async function appOver(
  db: Database,
  config: Config,
  logger = createLogger('silent'),
  syncQueue: SyncQueue = recordingSyncQueue(),
  options: Partial<GatewayAppOptions> = {},
): Promise<{ app: ServedApp } & Gateway> {
  const gateway = await composeGateway({ db, config, logger, syncQueue });
  const app = await serve(
    await createGatewayApp({ db, services: gateway.services, logger, limits: config.limits, trustProxy: config.trustProxy, ...options }),
  );
  return { app, ...gateway };
}

export interface SeedConnection {
  provider?: Provider;
  status?: 'PENDING' | 'ACTIVE' | 'REAUTHORIZATION_REQUIRED';
  accessToken?: string | null;
  refreshToken?: string | null;
  accessTokenExpiresAt?: Date | null;
  metadata?: object;
  accountLogin?: string;
  containerTags?: string[];
  documentLimit?: number;
}

export interface TestGateway {
  app: ServedApp;
  /** The services the app serves, as the composition root built them. */
  services: Services;
  worker: SyncWorker;
  /** Delivers webhooks to the app (started with syncWorkers). */
  webhookDelivery: DeliveryWorker;
  /** Seals and opens secrets as the gateway does (tokens seeded into rows, webhook secrets read back). */
  secretBox: SecretBox;
  /** Issues and checks OAuth states as the gateway does. */
  stateSigner: StateSigner;
  config: Config;
  db: Database;
  /** Every SQL statement Prisma sent, in order; clear it to count the statements of one request. */
  queries: string[];
  /** Every log line the app wrote, as raw JSON text. */
  logs: string[];
  /** Sends a typed document (test/gql), its answer typed by it. */
  graphql<Data, Variables>(
    document: TypedDocumentNode<Data, Variables>,
    options?: GraphQLRequestOptions<Variables>,
  ): Promise<GraphQLResponse<Data>>;
  /** Sends a query text as is: for malformed, hostile or generated operations, which no typed document can be. */
  graphql<Data = Record<string, any>>(query: string, options?: GraphQLRequestOptions): Promise<GraphQLResponse<Data>>;
  createOrganization(slug: string): Promise<{ organizationId: string; key: string }>;
  createConnection(organizationId: string, provider?: Provider, data?: Omit<SeedConnection, 'provider'>): Promise<string>;
  close(): Promise<void>;
}

export async function startTestGateway(
  kind: DatabaseKind,
  env: Record<string, string> = {},
  options: { syncWorkers?: boolean } = {},
): Promise<TestGateway> {
  const testDb: TestDatabase = await createTestDatabase(kind);
  const config = testConfig(testDb, env);
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
  const logger = createLogger('debug', sink);
  // With syncWorkers, the real durable queue and a worker in this process; otherwise a recording queue.
  const jobs = options.syncWorkers
    ? await openJobQueue(db, { jobTimeoutSeconds: config.sync.jobTimeoutSeconds, syncIntervalMinutes: config.sync.intervalMinutes, logger })
    : null;
  const { app, services, worker, webhookDelivery } = await appOver(db, config, logger, jobs?.queue);
  if (jobs) {
    await jobs.startWorkers(worker, 1);
    webhookDelivery.start();
  }
  const secretBox = createSecretBox(Buffer.from(TEST_ENCRYPTION_KEY, 'hex'));
  const stateSigner = new StateSigner(Buffer.from(TEST_ENCRYPTION_KEY, 'hex'));

  return {
    app,
    services,
    worker,
    webhookDelivery,
    secretBox,
    stateSigner,
    config,
    db,
    queries,
    logs,
    graphql: (operation: TypedDocumentNode<any, any> | string, options?: GraphQLRequestOptions<any>) =>
      execute(TEST_ORIGIN, operation, options, (url, init) => app.fetch(url, init)),
    async createOrganization(slug) {
      const { key, organizationId } = await services.apiKeys.create({ organization: slug, label: 'test' });
      return { key, organizationId };
    },
    async createConnection(organizationId, provider = 'GITHUB', data = {}) {
      const { accessToken, refreshToken, ...fields } = data;
      const connection = await db.prisma.connection.create({
        data: {
          organizationId,
          provider,
          status: 'ACTIVE',
          ...fields,
          accessTokenEncrypted: accessToken ? secretBox.seal(accessToken) : null,
          refreshTokenEncrypted: refreshToken ? secretBox.seal(refreshToken) : null,
        },
      });
      return connection.id;
    },
    async close() {
      await app.close();
      await Promise.all([jobs?.stop(), webhookDelivery.stop()]);
      await db.close();
      await testDb.drop();
    },
  };
}
