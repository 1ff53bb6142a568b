// The sync engine against the GitHub fake: configured repositories become documents, incrementally.
import { describe, expect, it } from 'vitest';
import { validate } from '@octokit/graphql-schema';
import { BLOB_SELECTION } from '../src/providers/github/blobTexts';
import { HEAD_QUERY } from '../src/providers/github/documents';
import { objectsQuery } from '../src/providers/github/objects';
import { TREE_SELECTION } from '../src/providers/github/treeWalk';
import { graphql } from './gql';
import { describeEachDatabase, test } from './support/fixtures';
import { having } from './support/graphql';

const ConfigureForSync = graphql(`
  mutation ConfigureForSync($input: ConfigureConnectionInput!) {
    configureConnection(input: $input) {
      ... on ConfigureConnectionPayload {
        connection {
          latestSync {
            id
            status
            trigger
          }
        }
      }
    }
  }
`);

describe('the sync’s GraphQL documents', () => {
  it('are valid against GitHub’s published schema', () => {
    expect(validate(HEAD_QUERY)).toEqual([]);
    expect(validate(objectsQuery('GatewayTrees', 3, TREE_SELECTION))).toEqual([]);
    expect(validate(objectsQuery('GatewayBlobs', 50, BLOB_SELECTION))).toEqual([]);
  });
});

const big = `# Big\n${'x'.repeat(1024 * 1024)}`;

const syncTest = test
  .extend('repositories', { scope: 'file' }, [
    {
      name: 'docs',
      files: {
        'README.md': '# Docs\n',
        'guide/intro.mdx': 'Intro',
        'guide/deep/nested/notes.txt': 'deep notes',
        'guide/setup.rst': 'Setup\n=====',
        'guide/changelog.markdown': 'Changes',
        'src/index.ts': 'export {}',
        'logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
        'huge.md': big,
      },
    },
    { name: 'api', files: { 'docs/api.md': '# API', Makefile: 'all:' } },
    { name: 'empty', empty: true },
  ])
  /** The connection's documents, in a stable order. */
  .extend(
    'documents',
    ({ gateway, connection }) =>
      () =>
        gateway.db.prisma.document.findMany({
          where: { connectionId: connection.id },
          orderBy: [{ resourceName: 'asc' }, { path: 'asc' }],
        }),
  )
  /** A queued run of the connection, for the worker to run. */
  .extend(
    'newRun',
    ({ gateway, connection }) =>
      (trigger: 'MANUAL' | 'WEBHOOK' = 'MANUAL', scope?: object) =>
        gateway.db.prisma.syncRun.create({ data: { connectionId: connection.id, trigger, ...(scope ? { scope } : {}) } }),
  );

describeEachDatabase('syncing a connection (%s)', syncTest, (it) => {
  it('stores every text document of the configured repositories, and nothing else', async ({
    github,
    gateway,
    organization: { key },
    connection: { id: connectionId },
    documents,
  }) => {
    const repos = ['docs', 'api'].map((name) => github.repository(`octocat/${name}`)!);
    const configured = await gateway.graphql(ConfigureForSync, {
      key,
      variables: { input: { connectionId, resources: repos.map((repo) => ({ id: String(repo.databaseId), name: repo.nameWithOwner })) } },
    });
    const queued = having(configured.body.data!.configureConnection, 'connection').connection.latestSync!;
    expect(queued).toMatchObject({ status: 'QUEUED', trigger: 'CONFIGURE' });

    github.resetCounters();
    const run = await gateway.worker.run(queued.id);
    expect(run).toMatchObject({ status: 'SUCCEEDED', documentsAdded: 6, documentsUpdated: 0, documentsDeleted: 0, failures: [] });
    expect((await documents()).map((document) => `${document.resourceName}:${document.path}`)).toEqual([
      'octocat/api:docs/api.md',
      'octocat/docs:README.md',
      'octocat/docs:guide/changelog.markdown',
      'octocat/docs:guide/deep/nested/notes.txt',
      'octocat/docs:guide/intro.mdx',
      'octocat/docs:guide/setup.rst',
    ]);
    const readme = (await documents()).find((document) => document.path === 'README.md')!;
    expect(readme).toMatchObject({ content: '# Docs\n', size: 7, resourceId: String(repos[0]!.databaseId) });
    expect(readme.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(readme.commitSha).toMatch(/^[0-9a-f]{40}$/);
    // Batched: per repository a head query, one tree query per directory level, one blob query.
    // docs: head + 4 levels (/, guide, deep, nested) + blobs = 6; api: head + 2 levels + blobs = 4.
    expect(github.count('graphql')).toBe(10);
  });

  it('syncs incrementally: one changed file is fetched, a removed one deleted, the rest untouched', async ({
    github,
    gateway,
    documents,
    newRun,
  }) => {
    github.addFiles('octocat/docs', { 'guide/intro.mdx': 'Intro, revised', 'guide/setup.rst': null });
    github.resetCounters();
    const run = await gateway.worker.run((await newRun()).id);
    expect(run).toMatchObject({ status: 'SUCCEEDED', documentsAdded: 0, documentsUpdated: 1, documentsDeleted: 1 });
    const blobRequests = github.requests.filter((request) => JSON.stringify(request.body).includes('GatewayBlobs'));
    expect(blobRequests).toHaveLength(1);
    expect(Object.keys((blobRequests[0]!.body as { variables: object }).variables).filter((name) => /^o\d+$/.test(name))).toHaveLength(1);
    const paths = (await documents()).map((document) => document.path);
    expect(paths).not.toContain('guide/setup.rst');
    expect((await documents()).find((document) => document.path === 'guide/intro.mdx')!.content).toBe('Intro, revised');
  });

  it('running the same run again (after a crash) creates no duplicates', async ({ gateway, documents, newRun }) => {
    const run = await newRun();
    await gateway.worker.run(run.id);
    const before = await documents();
    const again = await gateway.worker.run(run.id);
    expect(again.status).toBe('SUCCEEDED');
    expect(await documents()).toEqual(before);
  });

  it('records a failing repository and still syncs the others (PARTIAL)', async ({
    github,
    gateway,
    connection: { id: connectionId },
    newRun,
  }) => {
    const empty = github.repository('octocat/empty')!;
    await gateway.db.prisma.configuredResource.create({
      data: { connectionId, providerResourceId: String(empty.databaseId), fullName: empty.nameWithOwner },
    });
    github.addFiles('octocat/api', { 'docs/new.md': 'new' });
    const run = await gateway.worker.run((await newRun()).id);
    expect(run).toMatchObject({
      status: 'PARTIAL',
      documentsAdded: 1,
      failures: [{ resource: 'octocat/empty', reason: 'the repository is empty', paths: [] }],
    });
  });

  it('pauses for a rate limit until the provider’s reset instead of failing the repository', async ({
    github,
    gateway,
    documents,
    newRun,
  }) => {
    github.addFiles('octocat/api', { 'docs/limited.md': 'after the pause' });
    github.rateLimit('graphql', { style: 'secondary', retryAfterSeconds: 7, count: 1 });
    const slept: number[] = [];
    const run = await gateway.worker.run((await newRun()).id, {
      sleep: (ms) => {
        slept.push(ms);
        return Promise.resolve();
      },
    });
    expect(slept).toEqual([7000]);
    expect(run.status).toBe('PARTIAL'); // the empty repository still fails, as before
    expect(run.failures).toEqual([{ resource: 'octocat/empty', reason: 'the repository is empty', paths: [] }]);
    expect((await documents()).some((document) => document.path === 'docs/limited.md')).toBe(true);
  });

  it('syncs only the pushed repository for a webhook-scoped run', async ({ github, gateway, newRun }) => {
    const api = github.repository('octocat/api')!;
    github.addFiles('octocat/api', { 'docs/api.md': '# API v2' });
    github.resetCounters();
    const run = await gateway.worker.run((await newRun('WEBHOOK', { resourceId: String(api.databaseId) })).id);
    expect(run).toMatchObject({ status: 'SUCCEEDED', documentsUpdated: 1 });
    expect(github.requests.every((request) => JSON.stringify(request.body).includes('"name":"api"'))).toBe(true);
  });
});
