// The document change feed against real durable jobs: a consumer that reads documentChanges from the start (or
// follows it while syncs and selection changes run concurrently on several connections) ends with exactly the
// documents `documents` lists; deselecting a repository removes its documents with tombstones; a connection
// deleted with deleteDocuments: false keeps them; the documentLimit stops new documents with an event.
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { expect } from 'vitest';
import { graphql } from './gql';
import { describeEachDatabase, test } from './support/fixtures';
import { dataOf, having } from './support/graphql';

const FeedConfigure = graphql(`
  mutation FeedConfigure($input: ConfigureConnectionInput!) {
    configureConnection(input: $input) {
      __typename
    }
  }
`);

const FeedSyncNow = graphql(`
  mutation FeedSyncNow($id: ID!) {
    syncConnection(id: $id) {
      __typename
    }
  }
`);

const FeedLatest = graphql(`
  query FeedLatest($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        status
        latestSync {
          id
          status
          documentsAdded
          documentsSkipped
        }
      }
    }
  }
`);

const FeedChanges = graphql(`
  query FeedChanges($connectionId: ID!, $after: String, $first: Int) {
    documentChanges(connectionId: $connectionId, after: $after, first: $first) {
      __typename
      ... on DocumentChangeFeed {
        endCursor
        hasMore
        changes {
          cursor
          kind
          documentId
          path
          resourceId
          sha
          deletedAt
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const FeedDocuments = graphql(`
  query FeedDocuments($id: ID!, $after: String) {
    connection(id: $id) {
      ... on Connection {
        documents(first: 100, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              path
              sha
              resourceId
            }
          }
        }
      }
    }
  }
`);

const FeedConnections = graphql(`
  query FeedConnections {
    connections(first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const FeedDelete = graphql(`
  mutation FeedDelete($id: ID!, $deleteDocuments: Boolean!) {
    deleteConnection(id: $id, deleteDocuments: $deleteDocuments) {
      __typename
      ... on DeleteConnectionPayload {
        documentsKept
      }
    }
  }
`);

const FeedEvents = graphql(`
  query FeedEvents($connectionId: ID, $types: [EventType!]) {
    events(connectionId: $connectionId, types: $types, first: 500) {
      ... on EventFeed {
        events {
          type
          payload
        }
      }
    }
  }
`);

type Held = Map<string, { path: string; sha: string; resourceId: string }>;

/** A consumer of one connection's feed: applies every change it reads to what it holds. */
class FeedConsumer {
  readonly held: Held = new Map();
  cursor: string | null = null;
  readonly seen: bigint[] = [];

  constructor(private readonly read: (after: string | null) => Promise<ChangeFeedPage>) {}

  /** Reads and applies everything there is now; returns how many changes it read. */
  async drain(): Promise<number> {
    let read = 0;
    for (;;) {
      const page = await this.read(this.cursor);
      for (const change of page.changes) {
        this.seen.push(BigInt(change.cursor));
        if (change.kind === 'DELETED') this.held.delete(change.documentId);
        else this.held.set(change.documentId, { path: change.path, sha: change.sha!, resourceId: change.resourceId });
      }
      read += page.changes.length;
      this.cursor = page.endCursor;
      if (!page.hasMore) return read;
    }
  }
}

interface ChangeFeedPage {
  endCursor: string | null;
  hasMore: boolean;
  changes: { cursor: string; kind: string; documentId: string; path: string; resourceId: string; sha?: string | null }[];
}

const feedTest = test
  .extend('syncWorkers', { scope: 'file' }, true)
  .extend('repositories', { scope: 'file' }, [
    { name: 'alpha', files: { 'README.md': '# Alpha', 'docs/a.md': 'a', 'docs/b.md': 'b' } },
    { name: 'beta', files: { 'README.md': '# Beta', 'guide.md': 'guide' } },
    { name: 'gamma', files: { 'notes.txt': 'notes', 'more/notes.md': 'more' } },
    { name: 'delta', files: { 'index.md': 'index' } },
    { name: 'limited', files: { 'README.md': '# Limited', 'one.md': '1', 'two.md': '2', 'three.md': '3', 'four.md': '4' } },
    // One more than the default documentLimit allows.
    { name: 'big', files: Object.fromEntries(Array.from({ length: 10_001 }, (_, index) => [`notes/${String(index)}.md`, String(index)])) },
  ])
  .extend('resource', ({ github }) => (name: string) => {
    const repo = github.repository(`octocat/${name}`)!;
    return { id: String(repo.databaseId), name: repo.nameWithOwner };
  })
  .extend('configure', ({ gateway, organization, resource }) => async (connectionId: string, names: string[]) => {
    const response = await gateway.graphql(FeedConfigure, {
      key: organization.key,
      variables: { input: { connectionId, resources: names.map(resource) } },
    });
    expect(dataOf(response).configureConnection.__typename).toBe('ConfigureConnectionPayload');
  })
  .extend('syncNow', ({ gateway, organization }) => async (connectionId: string) => {
    const response = await gateway.graphql(FeedSyncNow, { key: organization.key, variables: { id: connectionId } });
    expect(dataOf(response).syncConnection.__typename).toBe('SyncConnectionPayload');
  })
  /** Waits until the connection's latest run has finished; returns it. */
  .extend('settled', ({ gateway, organization }) => async (connectionId: string) => {
    const latest = async () =>
      having(dataOf(await gateway.graphql(FeedLatest, { key: organization.key, variables: { id: connectionId } })).connection, 'latestSync')
        .latestSync;
    await expect.poll(async () => (await latest())?.status, { timeout: 60_000, interval: 200 }).toMatch(/SUCCEEDED|PARTIAL|FAILED/);
    return (await latest())!;
  })
  .extend('consumer', ({ gateway, organization }) => (connectionId: string) => {
    return new FeedConsumer(async (after) => {
      const response = await gateway.graphql(FeedChanges, { key: organization.key, variables: { connectionId, after, first: 7 } });
      const feed = dataOf(response).documentChanges;
      if (feed.__typename !== 'DocumentChangeFeed') return expect.fail(JSON.stringify(feed));
      return feed;
    });
  })
  /** What `documents` lists for the connection, page by page. */
  .extend('listed', ({ gateway, organization }) => async (connectionId: string): Promise<Held> => {
    const held: Held = new Map();
    let after: string | null = null;
    for (;;) {
      const response: Awaited<ReturnType<typeof gateway.graphql<ResultOf<typeof FeedDocuments>, VariablesOf<typeof FeedDocuments>>>> =
        await gateway.graphql(FeedDocuments, { key: organization.key, variables: { id: connectionId, after } });
      const { documents } = having(dataOf(response).connection, 'documents');
      for (const { node } of documents.edges) held.set(node.id, { path: node.path, sha: node.sha, resourceId: node.resourceId });
      if (!documents.pageInfo.hasNextPage) return held;
      after = documents.pageInfo.endCursor ?? null;
    }
  })
  .extend(
    'newConnection',
    ({ gateway, organization, accessToken }) =>
      (fields: { documentLimit?: number } = {}) =>
        gateway.createConnection(organization.organizationId, 'GITHUB', { accessToken, ...fields }),
  );

describeEachDatabase('the document change feed (%s)', feedTest, (it) => {
  it('replayed from the start, or followed during concurrent syncs and selection changes, equals `documents`', async ({
    github,
    configure,
    syncNow,
    settled,
    consumer,
    listed,
    newConnection,
  }) => {
    const connections = [await newConnection(), await newConnection(), await newConnection()];
    const followers = connections.map((id) => consumer(id));
    // Followers read while everything below runs, as an app polling the feed would.
    let following = true;
    const follow = Promise.all(
      followers.map(async (follower) => {
        while (following) {
          if ((await follower.drain()) === 0) await new Promise((resolve) => setImmediate(resolve));
        }
      }),
    );

    await Promise.all([
      configure(connections[0]!, ['alpha', 'beta']),
      configure(connections[1]!, ['beta', 'gamma']),
      configure(connections[2]!, ['alpha', 'gamma', 'delta']),
    ]);
    await Promise.all(connections.map(settled));
    for (let round = 1; round <= 3; round += 1) {
      github.addFiles('octocat/alpha', { 'docs/a.md': `a, round ${String(round)}`, [`docs/new-${String(round)}.md`]: 'new' });
      github.addFiles('octocat/beta', { 'guide.md': round === 2 ? null : `guide ${String(round)}` });
      github.addFiles('octocat/gamma', { [`more/round-${String(round)}.md`]: String(round) });
      // Syncs of every connection, and selection changes racing them on two of them.
      await Promise.all([
        ...connections.map(syncNow),
        configure(connections[0]!, round % 2 === 1 ? ['alpha'] : ['alpha', 'beta']),
        configure(connections[2]!, round % 2 === 1 ? ['gamma', 'delta'] : ['alpha', 'gamma', 'delta']),
      ]);
      await Promise.all(connections.map(settled));
    }
    following = false;
    await follow;

    for (const [index, connectionId] of connections.entries()) {
      const documents = await listed(connectionId);
      expect(documents.size).toBeGreaterThan(0);
      const follower = followers[index]!;
      await follower.drain();
      expect(follower.held).toEqual(documents);
      // Positions come without gaps and in order: nothing was skipped, nothing read twice.
      expect(follower.seen).toEqual(follower.seen.map((_, at) => follower.seen[0]! + BigInt(at)));
      const replay = consumer(connectionId);
      await replay.drain();
      expect(replay.held).toEqual(documents);
      expect(replay.seen[0]).toBe(1n);
    }
  });

  it('deselecting a repository removes its documents, with a tombstone for each in the feed', async ({
    gateway,
    organization,
    configure,
    settled,
    consumer,
    listed,
    newConnection,
    resource,
  }) => {
    const connectionId = await newConnection();
    await configure(connectionId, ['alpha', 'gamma']);
    await settled(connectionId);
    const before = await listed(connectionId);
    const gammaId = resource('gamma').id;
    const gammaDocuments = [...before].filter(([, document]) => document.resourceId === gammaId);
    expect(gammaDocuments.length).toBeGreaterThan(0);
    const follower = consumer(connectionId);
    await follower.drain();

    await configure(connectionId, ['alpha']);
    const after = await listed(connectionId);
    expect([...after.values()].some((document) => document.resourceId === gammaId)).toBe(false);
    expect(after.size).toBe(before.size - gammaDocuments.length);

    const tombstones = await gateway.graphql(FeedChanges, {
      key: organization.key,
      variables: { connectionId, after: follower.cursor },
    });
    const feed = dataOf(tombstones).documentChanges;
    if (feed.__typename !== 'DocumentChangeFeed') return expect.fail(JSON.stringify(feed));
    expect(feed.changes.map((change) => [change.kind, change.documentId]).sort()).toEqual(
      gammaDocuments.map(([id]) => ['DELETED', id]).sort(),
    );
    expect(feed.changes.every((change) => change.deletedAt !== null && change.resourceId === gammaId)).toBe(true);

    const events = await gateway.graphql(FeedEvents, { key: organization.key, variables: { connectionId, types: ['SELECTION_CHANGED'] } });
    const changed = having(dataOf(events).events, 'events').events.at(-1)!;
    expect(changed.payload).toMatchObject({ removed: [gammaId], documentsRemoved: gammaDocuments.length, selected: 1 });
  });

  it('deleteDocuments: false keeps the documents and the feed, readable by id; a second delete removes them', async ({
    gateway,
    organization,
    configure,
    settled,
    listed,
    consumer,
    newConnection,
  }) => {
    const connectionId = await newConnection();
    await configure(connectionId, ['beta']);
    await settled(connectionId);
    const documents = await listed(connectionId);
    expect(documents.size).toBe(2);

    const kept = await gateway.app.fetch(`http://gateway.test/v3/connections/${connectionId}?deleteDocuments=false`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${organization.key}` },
    });
    expect(kept.status).toBe(200);
    expect(await kept.json()).toMatchObject({ id: connectionId, documentsKept: true });

    const status = await gateway.graphql(FeedLatest, { key: organization.key, variables: { id: connectionId } });
    expect(having(dataOf(status).connection, 'status').status).toBe('DELETED');
    expect(await listed(connectionId)).toEqual(documents);
    const replay = consumer(connectionId);
    await replay.drain();
    expect(replay.held).toEqual(documents);
    // Left out of lists, no longer synced: its selection and credentials are gone.
    const listedIds = dataOf(await gateway.graphql(FeedConnections, { key: organization.key })).connections.edges.map(
      (edge) => edge.node.id,
    );
    expect(listedIds).not.toContain(connectionId);
    expect(await gateway.db.prisma.configuredResource.count({ where: { connectionId } })).toBe(0);
    const rest = await gateway.app.fetch(`http://gateway.test/v3/connections/${connectionId}`, {
      headers: { authorization: `Bearer ${organization.key}` },
    });
    expect(await rest.json()).toMatchObject({ status: 'DELETED', deletedAt: expect.any(String) });

    const deleted = await gateway.graphql(FeedEvents, {
      key: organization.key,
      variables: { connectionId, types: ['CONNECTION_DELETED'] },
    });
    expect(having(dataOf(deleted).events, 'events').events.map((event) => event.payload)).toEqual([
      expect.objectContaining({ documentsKept: true }),
    ]);

    const gone = await gateway.graphql(FeedDelete, { key: organization.key, variables: { id: connectionId, deleteDocuments: true } });
    expect(dataOf(gone).deleteConnection).toEqual({ __typename: 'DeleteConnectionPayload', documentsKept: false });
    expect(await gateway.db.prisma.document.count({ where: { connectionId } })).toBe(0);
    expect(
      dataOf(await gateway.graphql(FeedLatest, { key: organization.key, variables: { id: connectionId } })).connection,
    ).not.toHaveProperty('status');
  });

  it('stops adding documents at the documentLimit, records the skipped ones, and says so with documents.limit_reached', async ({
    gateway,
    organization,
    configure,
    settled,
    listed,
    newConnection,
    github,
  }) => {
    const connectionId = await newConnection({ documentLimit: 4 });
    await configure(connectionId, ['limited']);
    const run = await settled(connectionId);
    expect(run).toMatchObject({ status: 'SUCCEEDED', documentsAdded: 4, documentsSkipped: 1 });
    expect((await listed(connectionId)).size).toBe(4);
    const events = await gateway.graphql(FeedEvents, {
      key: organization.key,
      variables: { connectionId, types: ['DOCUMENTS_LIMIT_REACHED'] },
    });
    expect(having(dataOf(events).events, 'events').events.map((event) => event.payload)).toEqual([
      { runId: run.id, documentLimit: 4, skipped: 1, paths: [expect.any(String)] },
    ]);
    // Updates still apply at the limit; the new file is still skipped.
    const readme = async () => [...(await listed(connectionId)).values()].filter((document) => document.path === 'README.md');
    const before = await readme();
    github.addFiles('octocat/limited', { 'README.md': '# Limited, edited' });
    await gateway.graphql(FeedSyncNow, { key: organization.key, variables: { id: connectionId } });
    await expect.poll(async () => (await settled(connectionId)).id, { timeout: 60_000 }).not.toBe(run.id);
    expect(await settled(connectionId)).toMatchObject({ documentsAdded: 0, documentsSkipped: 1 });
    const after = await readme();
    expect(after.map((document) => document.sha)).not.toEqual(before.map((document) => document.sha));
    expect((await listed(connectionId)).size).toBe(4);
  });

  it('holds 10,000 documents by default: the 10,001st is skipped with the event', async ({
    gateway,
    organization,
    configure,
    settled,
    newConnection,
  }) => {
    const connectionId = await newConnection();
    await configure(connectionId, ['big']);
    const run = await settled(connectionId);
    expect(run).toMatchObject({ status: 'SUCCEEDED', documentsAdded: 10_000, documentsSkipped: 1 });
    expect(await gateway.db.prisma.document.count({ where: { connectionId } })).toBe(10_000);
    const events = await gateway.graphql(FeedEvents, {
      key: organization.key,
      variables: { connectionId, types: ['DOCUMENTS_LIMIT_REACHED'] },
    });
    expect(having(dataOf(events).events, 'events').events.map((event) => event.payload)).toEqual([
      { runId: run.id, documentLimit: 10_000, skipped: 1, paths: [expect.stringMatching(/^notes\/\d+\.md$/)] },
    ]);
  }, 240_000);
});
