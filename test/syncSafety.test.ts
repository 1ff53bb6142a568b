// A sync deletes a document only on positive evidence that its file is gone (issue 10). Each way GitHub can
// answer one lookup badly — a tree or blob that is null without an error, a blob cut short, a request that
// fails part-way through — is injected into a full and an incremental run over documents an earlier run
// stored. The run keeps everything it could not confirm, does not read as a success, and names the reason and
// the paths; once the fault is lifted, the next run succeeds and deletes exactly what was removed upstream.
import { describe, expect } from 'vitest';
import { graphql } from './gql';
import { describeEachDatabase, test } from './support/fixtures';
import { having } from './support/graphql';
import type { GitHubFake, RequestInfo } from '@connections-gateway/github-fake';

interface Fault {
  name: string;
  /** Breaks the fake for `fullName`, after its files changed. */
  inject(github: GitHubFake, fullName: string): void;
  /** The failure the run records about the repository; null when the gateway recovers from the fault. */
  failure: { reason: RegExp; paths: string[] } | null;
  /** Whether the fault leaves the file listing complete: then a file removed upstream is deleted even so. */
  listingComplete: boolean;
}

/** Fails (502) the GraphQL requests that ask for this oid, retries included. */
const failRequestsFor = (github: GitHubFake, oid: string) =>
  github.failNext((request: RequestInfo) => request.kind === 'graphql' && JSON.stringify(request.body).includes(oid), 100, 502);

const faults: Fault[] = [
  {
    name: 'a null root tree',
    inject: (github, fullName) => github.breakObjects(github.oidAt(fullName, ''), 'null'),
    failure: { reason: /^GitHub returned no file list for a folder, so which files still exist there is unknown/, paths: ['/'] },
    listingComplete: false,
  },
  {
    name: 'a null subtree',
    inject: (github, fullName) => github.breakObjects(github.oidAt(fullName, 'guide/deep'), 'null'),
    failure: { reason: /^GitHub returned no file list for a folder/, paths: ['guide/deep/'] },
    listingComplete: false,
  },
  {
    name: 'HTTP 502 part-way through the tree',
    inject: (github, fullName) => failRequestsFor(github, github.oidAt(fullName, 'guide')),
    failure: { reason: /^GitHub failed to read the file tree for octocat\/\S+ \(HTTP 502\)\.$/, paths: ['guide/'] },
    listingComplete: false,
  },
  {
    name: 'a GraphQL error part-way through the tree',
    inject: (github, fullName) => github.breakObjects(github.oidAt(fullName, 'guide/deep'), 'error'),
    // Octokit retries GitHub's "Something went wrong" GraphQL errors as HTTP 500s, then reports them so.
    failure: { reason: /^GitHub failed to read the file tree for octocat\/\S+ \(HTTP 500\)\.$/, paths: ['guide/deep/'] },
    listingComplete: false,
  },
  {
    name: 'a null blob of a changed file',
    inject: (github, fullName) => github.breakObjects(github.oidAt(fullName, 'guide/intro.md'), 'null'),
    failure: {
      reason: /^1 file could not be read; its document was not changed\. GitHub returned no content for the file\.$/,
      paths: ['guide/intro.md'],
    },
    listingComplete: true,
  },
  {
    name: 'HTTP 502 for the changed blobs',
    inject: (github, fullName) => failRequestsFor(github, github.oidAt(fullName, 'guide/intro.md')),
    failure: {
      reason:
        /^2 files could not be read; their documents were not changed\. GitHub failed to read file contents for octocat\/\S+ \(HTTP 502\)\.$/,
      paths: ['guide/intro.md', 'guide/new.md'],
    },
    listingComplete: true,
  },
  {
    name: 'a truncated blob, downloaded whole through REST',
    inject: (github, fullName) => github.breakObjects(github.oidAt(fullName, 'guide/intro.md'), 'truncated'),
    failure: null,
    listingComplete: true,
  },
  {
    name: 'a truncated blob whose REST download fails too',
    inject: (github, fullName) => {
      github.breakObjects(github.oidAt(fullName, 'guide/intro.md'), 'truncated');
      github.failNext('git.blob', 100, 502);
    },
    failure: {
      reason: /GitHub failed to download the full text of a file it cut short for octocat\/\S+ \(HTTP 502\)\.$/,
      paths: ['guide/intro.md'],
    },
    listingComplete: true,
  },
];

type Contents = Record<string, string>;

const LatestSyncFailures = graphql(`
  query LatestSyncFailures($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        latestSync {
          status
          failures {
            resource
            reason
            paths
          }
        }
      }
    }
  }
`);

/** A connection to a fresh repository (plus a healthy second one), synced once: the documents are stored. */
const safetyTest = test.extend('syncedRepository', ({ github, gateway, organization, accessToken }) => async () => {
  // Each case adds two repositories: the first is handbook-1, the next handbook-2, …
  const name = `handbook-${github.repositoriesOf('octocat').length / 2 + 1}`;
  const fullName = `octocat/${name}`;
  // Every content names the repository, so no oid is shared with another case's repository.
  const upstream: Contents = {
    'README.md': `# ${name}`,
    'guide/intro.md': `Intro to ${name}`,
    'guide/old.md': `Old ${name}`,
    'guide/deep/notes.md': `Notes on ${name}`,
  };
  github.addRepositories('octocat', [
    { name, files: { ...upstream, 'logo.png': Buffer.concat([Buffer.from([0x89, 0x50, 0, 0]), Buffer.from(name)]) } },
    { name: `${name}-site`, files: { 'index.md': `Home of ${name}` } },
  ]);
  const connectionId = await gateway.createConnection(organization.organizationId, 'GITHUB', { accessToken });
  for (const repository of [fullName, `${fullName}-site`].map((each) => github.repository(each)!)) {
    await gateway.db.prisma.configuredResource.create({
      data: {
        connectionId,
        providerResourceId: String(repository.databaseId),
        fullName: repository.nameWithOwner,
        defaultBranch: 'main',
      },
    });
  }
  const resourceId = String(github.repository(fullName)!.databaseId);
  const sync = async (scope: 'full' | 'incremental') => {
    // As syncConnection queues a full run, and a webhook push a run scoped to the pushed repository.
    const queued = await gateway.services.sync.request(
      connectionId,
      scope === 'full' ? 'MANUAL' : 'WEBHOOK',
      scope === 'full' ? null : { resourceId },
    );
    return gateway.worker.run(queued.id);
  };
  const stored = async (): Promise<Contents> => {
    const documents = await gateway.db.prisma.document.findMany({ where: { connectionId, resourceId }, orderBy: { path: 'asc' } });
    return Object.fromEntries(documents.map((document) => [document.path, document.content]));
  };
  /** Commits `files` (null removes) and keeps `upstream` in step. */
  const commit = (files: Record<string, string | null>) => {
    github.addFiles(fullName, files);
    for (const [path, content] of Object.entries(files)) {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- upstream stays a plain object: it is spread into the fake's files and compared with toEqual.
      if (content === null) delete upstream[path];
      else upstream[path] = content;
    }
  };

  expect(await sync('full')).toMatchObject({ status: 'SUCCEEDED', documentsAdded: 5 });
  expect(await stored()).toEqual(upstream);
  return { connectionId, fullName, upstream, sync, stored, commit };
});

describeEachDatabase('sync safety (%s)', safetyTest, (it) => {
  describe.each(['full', 'incremental'] as const)('a %s run', (scope) => {
    it.for(faults)('keeps every document it cannot confirm gone under $name', async (fault, { github, syncedRepository }) => {
      const { fullName, upstream, sync, stored, commit } = await syncedRepository();
      const before = await stored();
      // Long enough that GraphQL's cut is visible; the cut half alone must never be stored.
      commit({
        'guide/intro.md': `Intro to ${fullName}, revised. ${'More words. '.repeat(40)}`,
        'guide/old.md': null,
        'guide/new.md': `New in ${fullName}`,
      });
      fault.inject(github, fullName);
      github.resetCounters();

      const run = await sync(scope);

      // Whatever could not be confirmed is as it was; only what was read in full (and a complete listing) counts.
      const unconfirmed = new Set(fault.failure?.paths ?? []);
      const expected: Contents = fault.listingComplete
        ? Object.fromEntries(
            Object.entries(upstream)
              .map(([path, content]) => [path, unconfirmed.has(path) ? before[path] : content] as const)
              .filter((entry): entry is readonly [string, string] => entry[1] !== undefined),
          )
        : before;
      expect(await stored()).toEqual(expected);
      if (fault.failure) {
        expect(run.status).toBe(scope === 'full' ? 'PARTIAL' : 'FAILED');
        expect(run.failures).toEqual([
          { resource: fullName, reason: expect.stringMatching(fault.failure.reason), paths: fault.failure.paths },
        ]);
      } else {
        expect(run).toMatchObject({ status: 'SUCCEEDED', failures: [] });
        expect(
          github.requests.some((request) => request.kind === 'git.blob' && request.headers.accept === 'application/vnd.github.raw+json'),
        ).toBe(true);
      }
      // The removed file goes only when the listing was complete.
      expect(run.documentsDeleted).toBe(fault.listingComplete ? 1 : 0);

      // Lifted: the next run succeeds, and deletes exactly what is gone upstream (one more file removed meanwhile).
      github.resetBehaviour();
      commit({ 'guide/deep/notes.md': null });
      const removedSince = Object.keys(await stored()).filter((path) => !(path in upstream));
      const next = await sync(scope);
      expect(next).toMatchObject({ status: 'SUCCEEDED', failures: [], documentsDeleted: removedSince.length });
      expect(removedSince).toContain('guide/deep/notes.md');
      expect(await stored()).toEqual(upstream);
    });
  });

  it('shows the failure’s paths over GraphQL and REST, and [] for failures stored before paths existed', async ({
    github,
    gateway,
    organization,
    syncedRepository,
  }) => {
    const { connectionId, fullName, sync } = await syncedRepository();
    github.breakObjects(github.oidAt(fullName, 'guide/deep'), 'null');
    await sync('incremental');
    github.resetBehaviour();
    const latest = async () =>
      having(
        (await gateway.graphql(LatestSyncFailures, { key: organization.key, variables: { id: connectionId } })).body.data!.connection,
        'latestSync',
      ).latestSync;
    const restRuns = async () =>
      (
        await (
          await gateway.app.fetch(`http://gateway.test/v3/connections/${connectionId}/sync-runs`, {
            headers: { authorization: `Bearer ${organization.key}` },
          })
        ).json()
      ).syncRuns;
    const failure = { resource: fullName, reason: expect.stringMatching(/^GitHub returned no file list/), paths: ['guide/deep/'] };
    expect(await latest()).toEqual({ status: 'FAILED', failures: [failure] });
    expect((await restRuns())[0]).toMatchObject({ status: 'FAILED', failures: [failure] });

    // A run recorded by an older gateway: its failures have no paths.
    await gateway.db.prisma.syncRun.create({
      data: {
        connectionId,
        trigger: 'MANUAL',
        status: 'PARTIAL',
        finishedAt: new Date(),
        failures: [{ resource: fullName, reason: 'the repository is empty' }],
      },
    });
    const older = { resource: fullName, reason: 'the repository is empty', paths: [] };
    expect(await latest()).toEqual({ status: 'PARTIAL', failures: [older] });
    expect((await restRuns())[0]).toMatchObject({ status: 'PARTIAL', failures: [older] });
  });
});
