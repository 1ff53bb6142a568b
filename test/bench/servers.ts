// The two servers the benchmark compares, each started in its own process by resourcesComparison.ts:
//   gateway: the real gateway app (authentication, caches, plugins) over the database in the environment;
//   bare:    graphql-yoga with a minimal schema answering the same query with the same 30 items from memory.
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { createLogger } from '../../src/logger';
import { createGatewayApp } from '../../src/server/app';
import { composeGateway } from '../../src/composition';
import { openJobQueue } from '../../src/modules/sync/jobQueue';
import { answer, cpuUsageHandler } from './ipc';

const role = process.argv[2];

async function gatewayHandler() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config.database);
  const jobs = await openJobQueue(db, {
    jobTimeoutSeconds: config.sync.jobTimeoutSeconds,
    syncIntervalMinutes: config.sync.intervalMinutes,
    logger,
  });
  const { services } = await composeGateway({ db, config, logger, syncQueue: jobs.queue });
  return createGatewayApp({ db, services, logger, limits: config.limits });
}

function bareHandler() {
  const updatedAt = new Date('2026-01-01T00:00:00Z');
  const nodes = Array.from({ length: 30 }, (_, index) => ({
    id: String(100001 + index),
    name: `bench/repo-${index}`,
    fullName: `bench/repo-${index}`,
    description: index % 2 ? null : 'A repository',
    private: index % 3 === 0,
    defaultBranch: 'main',
    updatedAt,
    configured: false,
  }));
  const schema = createSchema({
    typeDefs: /* GraphQL */ `
      scalar DateTime
      type Query {
        connection(id: ID!): ConnectionResult!
      }
      union ConnectionResult = Connection | NotFound
      type NotFound {
        message: String!
      }
      type Connection {
        id: ID!
        resources(page: Int = 1, perPage: Int = 30): ResourcesResult!
      }
      union ResourcesResult = ResourcePage | Failure
      type Failure {
        message: String!
      }
      type ResourcePage {
        totalCount: Int!
        hasNextPage: Boolean!
        page: Int!
        perPage: Int!
        nodes: [Resource!]!
      }
      type Resource {
        id: ID!
        name: String!
        fullName: String!
        description: String
        private: Boolean!
        defaultBranch: String
        updatedAt: DateTime!
        configured: Boolean!
      }
    `,
    resolvers: {
      DateTime: { serialize: (value: unknown) => (value as Date).toISOString() } as never,
      ConnectionResult: { __resolveType: () => 'Connection' },
      ResourcesResult: { __resolveType: () => 'ResourcePage' },
      Query: { connection: (_root: unknown, { id }: { id: string }) => ({ id }) },
      Connection: {
        resources: (_connection: unknown, { page, perPage }: { page: number; perPage: number }) => ({
          totalCount: 100,
          hasNextPage: true,
          page,
          perPage,
          nodes: nodes.slice(0, perPage),
        }),
      },
    },
  });
  return createYoga({ schema, logging: false, graphiql: false, landingPage: false });
}

if (role === 'gateway') {
  const app = await gatewayHandler();
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.send!({ port: (app.server.address() as { port: number }).port });
} else {
  const yoga = bareHandler();
  // The adapter answers every request itself, failures included: nothing is left to await here.
  const server = createServer((request, response) => void yoga(request, response));
  server.listen(0, '127.0.0.1', () => {
    process.send!({ port: (server.address() as { port: number }).port });
  });
}
// The benchmark asks for CPU time around each measured window: per-request server cost, unaffected by the client.
answer({ cpu: cpuUsageHandler });
process.on('SIGTERM', () => process.exit(0));
