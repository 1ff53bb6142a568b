// The event log as an app reads it: every change it cares about (connecting through OAuth, a selection, its sync,
// a grant that stopped working) is an event, in order, replayable by cursor over GraphQL and REST, only to its own
// organization, and kept for the retention period.
import { expect } from 'vitest';
import { graphql } from './gql';
import { describeEachDatabase, test } from './support/fixtures';
import { dataOf, having } from './support/graphql';

const CLIENT = { clientId: 'Iv1.eventstest', clientSecret: 'events-client-secret-0123456789' };

const EventsCreate = graphql(`
  mutation EventsCreate($input: CreateConnectionInput!) {
    createConnection(input: $input) {
      ... on CreateConnectionPayload {
        authLink
        connection {
          id
          documentLimit
        }
      }
    }
  }
`);

const EventsConfigure = graphql(`
  mutation EventsConfigure($input: ConfigureConnectionInput!) {
    configureConnection(input: $input) {
      __typename
    }
  }
`);

const EventsRead = graphql(`
  query EventsRead($after: String, $first: Int, $types: [EventType!], $connectionId: ID) {
    events(after: $after, first: $first, types: $types, connectionId: $connectionId) {
      __typename
      ... on EventFeed {
        endCursor
        hasMore
        events {
          id
          type
          cursor
          connectionId
          payload
          createdAt
        }
      }
      ... on ValidationError {
        argument
        message
      }
    }
  }
`);

const EventsChanges = graphql(`
  query EventsChanges($connectionId: ID!) {
    documentChanges(connectionId: $connectionId, first: 1000) {
      ... on DocumentChangeFeed {
        changes {
          cursor
        }
      }
    }
  }
`);

const EventsResources = graphql(`
  query EventsResources($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        resources(page: 1, perPage: 10) {
          __typename
        }
      }
    }
  }
`);

interface ReadEvent {
  id: string;
  type: string;
  cursor: string;
  connectionId?: string | null;
  payload: any;
}

const eventsTest = test
  .extend('syncWorkers', { scope: 'file' }, true)
  .extend('repositories', { scope: 'file' }, [{ name: 'notes', files: { 'README.md': '# Notes', 'a.md': 'a', 'b.txt': 'b' } }])
  .extend('gatewayEnv', { scope: 'file' }, { GITHUB_CLIENT_ID: CLIENT.clientId, GITHUB_CLIENT_SECRET: CLIENT.clientSecret })
  .extend('oauthApp', { scope: 'file', auto: true }, ({ github }) => {
    github.addOAuthApp({ ...CLIENT, expiringTokens: true });
    return CLIENT;
  })
  /** Reads the log through GraphQL, with the organization's key unless another is given. */
  .extend('read', ({ gateway, organization }) => async (variables: Record<string, unknown>, key = organization.key) => {
    const response = await gateway.graphql(EventsRead, { key, variables });
    return dataOf(response).events;
  })
  /** Connects the fake's user through the real OAuth round trip; returns the connection's id. */
  .extend('connect', ({ gateway, github, organization }) => async () => {
    github.setAuthorizingUser('octocat');
    const created = dataOf(
      await gateway.graphql(EventsCreate, {
        key: organization.key,
        variables: { input: { provider: 'GITHUB', redirectUrl: 'https://app.example.com/back', documentLimit: 500 } },
      }),
    ).createConnection;
    const { authLink, connection } = having(created, 'authLink');
    expect(connection.documentLimit).toBe(500);
    const atProvider = await fetch(authLink, { redirect: 'manual' });
    const back = await gateway.app.fetch(atProvider.headers.get('location')!);
    expect(new URL(back.headers.get('location')!).searchParams.get('status')).toBe('success');
    return connection.id;
  });

/** Every event of the feed read `first` at a time from `after`. */
async function readAll(
  read: (
    variables: Record<string, unknown>,
  ) => Promise<{ __typename: string; events?: ReadEvent[]; endCursor?: string | null; hasMore?: boolean }>,
  variables: Record<string, unknown> = {},
): Promise<{ events: ReadEvent[]; endCursor: string | null }> {
  const events: ReadEvent[] = [];
  let after: string | null = (variables.after as string | undefined) ?? null;
  for (;;) {
    const page = await read({ ...variables, after, first: 2 });
    expect(page.__typename).toBe('EventFeed');
    events.push(...page.events!);
    after = page.endCursor ?? null;
    if (!page.hasMore) return { events, endCursor: after };
  }
}

describeEachDatabase('the event log (%s)', eventsTest, (it) => {
  it('records connecting, a selection and its sync, in order, and replays them from any cursor', async ({
    gateway,
    github,
    organization,
    connect,
    read,
  }) => {
    const start = await readAll(read);
    const connectionId = await connect();
    const repo = github.repository('octocat/notes')!;
    await gateway.graphql(EventsConfigure, {
      key: organization.key,
      variables: { input: { connectionId, resources: [{ id: String(repo.databaseId), name: repo.nameWithOwner }] } },
    });
    await expect
      .poll(async () => (await readAll(read, { connectionId })).events.map((event) => event.type), { timeout: 60_000, interval: 200 })
      .toEqual(['CONNECTION_CREATED', 'CONNECTION_AUTHORIZED', 'SELECTION_CHANGED', 'SYNC_STARTED', 'SYNC_FINISHED']);

    const { events, endCursor } = await readAll(read, { after: start.endCursor });
    expect(events.map((event) => event.type)).toEqual([
      'CONNECTION_CREATED',
      'CONNECTION_AUTHORIZED',
      'SELECTION_CHANGED',
      'SYNC_STARTED',
      'SYNC_FINISHED',
    ]);
    // Cursors grow by one, in the order the changes committed.
    const cursors = events.map((event) => BigInt(event.cursor));
    expect(cursors).toEqual(cursors.map((_, index) => cursors[0]! + BigInt(index)));
    expect(endCursor).toBe(events.at(-1)!.cursor);
    expect(events.every((event) => event.connectionId === connectionId)).toBe(true);

    const [created, authorized, selected, started, finished] = events as [ReadEvent, ReadEvent, ReadEvent, ReadEvent, ReadEvent];
    expect(created.payload).toMatchObject({ provider: 'GITHUB', documentLimit: 500 });
    expect(authorized.payload).toMatchObject({ accountLogin: 'octocat' });
    expect(selected.payload).toMatchObject({ selected: 1, added: [String(repo.databaseId)], removed: [], documentsRemoved: 0 });
    expect(started.payload).toMatchObject({ runId: selected.payload.runId, trigger: 'CONFIGURE' });
    expect(finished.payload).toMatchObject({
      runId: selected.payload.runId,
      status: 'SUCCEEDED',
      added: 3,
      updated: 0,
      deleted: 0,
      skipped: 0,
      failed: 0,
      failures: [],
    });
    // The run's change-feed range is exactly the changes it wrote.
    const feed = having(
      dataOf(await gateway.graphql(EventsChanges, { key: organization.key, variables: { connectionId } })).documentChanges,
      'changes',
    );
    expect(finished.payload.changes).toEqual({ from: feed.changes[0]!.cursor, to: feed.changes.at(-1)!.cursor });

    // Caught up: an empty page keeps the cursor, so the reader keeps its place.
    expect(await read({ after: endCursor })).toMatchObject({ events: [], endCursor, hasMore: false });
    // Replaying from the middle gives what came after.
    expect((await readAll(read, { after: authorized.cursor })).events.map((event) => event.id)).toEqual(
      [selected, started, finished].map((event) => event.id),
    );
    expect((await readAll(read, { types: ['SYNC_FINISHED'], connectionId })).events.map((event) => event.id)).toEqual([finished.id]);
  });

  it('serves the same log over REST, and refuses cursors and types it does not know', async ({ gateway, organization, read }) => {
    const graph = await readAll(read);
    const rest = await gateway.app.fetch('http://gateway.test/v3/events?limit=500&types=sync.finished,selection.changed', {
      headers: { authorization: `Bearer ${organization.key}` },
    });
    expect(rest.status).toBe(200);
    const body = (await rest.json()) as {
      events: { id: string; type: string; cursor: string; payload: unknown }[];
      endCursor: string;
      hasMore: boolean;
    };
    expect(body.events.map((event) => event.id)).toEqual(
      graph.events.filter((event) => ['SYNC_FINISHED', 'SELECTION_CHANGED'].includes(event.type)).map((event) => event.id),
    );
    expect(body.events[0]).toMatchObject({ type: 'selection.changed', cursor: expect.stringMatching(/^\d+$/) });
    const after = await gateway.app.fetch(`http://gateway.test/v3/events?after=${body.endCursor}`, {
      headers: { authorization: `Bearer ${organization.key}` },
    });
    expect(((await after.json()) as { events: unknown[] }).events.length).toBe(
      graph.events.filter((event) => BigInt(event.cursor) > BigInt(body.endCursor)).length,
    );

    for (const query of ['after=abc', 'after=-1', 'limit=0', 'limit=501', 'types=sync.exploded']) {
      const refused = await gateway.app.fetch(`http://gateway.test/v3/events?${query}`, {
        headers: { authorization: `Bearer ${organization.key}` },
      });
      expect(refused.status, query).toBe(400);
      expect(await refused.json(), query).toMatchObject({ details: { code: 'BAD_USER_INPUT' } });
    }
    expect(await read({ after: 'not-a-cursor' })).toMatchObject({ __typename: 'ValidationError', argument: 'after' });
    expect((await gateway.app.fetch('http://gateway.test/v3/events')).status).toBe(401);
  });

  it('shows an organization only its own events', async ({ gateway, read }) => {
    const other = await gateway.createOrganization('other-org');
    expect(await read({}, other.key)).toMatchObject({ __typename: 'EventFeed', events: [], endCursor: null, hasMore: false });
  });

  it('records connection.reauthorization_required once when the grant stops working', async ({ gateway, github, organization, read }) => {
    const issued = github.issueToken('octocat', { expiresInSeconds: 1, refreshToken: true, clientId: CLIENT.clientId });
    const id = await gateway.createConnection(organization.organizationId, 'GITHUB', {
      accessToken: issued.accessToken,
      refreshToken: 'ghr_never_issued_by_github',
      accessTokenExpiresAt: new Date(Date.now() - 1000),
    });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await gateway.graphql(EventsResources, { key: organization.key, variables: { id } });
      expect(having(dataOf(response).connection, 'resources').resources.__typename).toBe('MissingRefreshTokenError');
    }
    const { events } = await readAll(read, { connectionId: id });
    expect(events.map((event) => [event.type, event.payload.reason])).toEqual([
      ['CONNECTION_REAUTHORIZATION_REQUIRED', 'the provider refused its refresh token'],
    ]);
  });

  it('prunes events older than the retention period, and keeps the rest', async ({ gateway, read }) => {
    const before = await readAll(read);
    const old = new Date(Date.now() - 31 * 86_400_000);
    await gateway.db.prisma.event.updateMany({ where: { id: before.events[0]!.id }, data: { createdAt: old } });
    expect(await gateway.services.events.prune()).toBe(1);
    expect((await readAll(read)).events.map((event) => event.id)).toEqual(before.events.slice(1).map((event) => event.id));
  });
});
