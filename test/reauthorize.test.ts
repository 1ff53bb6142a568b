// Connecting a connection again, in place (reauthorizeConnection, POST /v3/connections/:id/reauthorize), end to end
// against the Google fake with sync workers: a Drive connection whose grant was revoked goes REAUTHORIZATION_REQUIRED
// on its next sync, is connected again through Google's consent screen, and comes back ACTIVE as the same connection,
// with its selection, push channel and documents, and syncs again. Also: a new consent of an ACTIVE connection over
// REST, single-use links, another organization's id, a deleted connection, and another Google account at consent.
import { expect } from 'vitest';
import { graphql } from './gql';
import { describeEachDatabase } from './support/fixtures';
import { GOOGLE_USER as USER, googleTest } from './support/google';
import { dataOf, having } from './support/graphql';

const APP_URL = 'https://app.example.com/connected';
const OTHER_USER = 'eve@example.com';

const Reauthorize = graphql(`
  mutation Reauthorize($id: ID!, $redirectUrl: String) {
    reauthorizeConnection(id: $id, redirectUrl: $redirectUrl) {
      __typename
      ... on ReauthorizeConnectionPayload {
        authLink
        expiresIn
        connection {
          id
          status
        }
      }
      ... on Error {
        message
        code
        httpStatus
      }
      ... on ValidationError {
        argument
      }
      ... on ProviderNotConfiguredError {
        variables
      }
    }
  }
`);

const ReauthorizeState = graphql(`
  query ReauthorizeState($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        id
        status
        accountLogin
        configuredResources {
          resourceId
          name
          webhookActive
        }
        documents(first: 100) {
          edges {
            node {
              id
              path
              sha
            }
          }
        }
      }
    }
  }
`);

const ReauthorizeConfigure = graphql(`
  mutation ReauthorizeConfigure($input: ConfigureConnectionInput!) {
    configureConnection(input: $input) {
      __typename
      ... on ConfigureConnectionPayload {
        webhooksRegistered
      }
    }
  }
`);

const ReauthorizeSync = graphql(`
  mutation ReauthorizeSync($id: ID!) {
    syncConnection(id: $id) {
      __typename
      ... on Error {
        code
      }
    }
  }
`);

const ReauthorizeEvents = graphql(`
  query ReauthorizeEvents($connectionId: ID!) {
    events(connectionId: $connectionId, first: 100) {
      ... on EventFeed {
        events {
          type
          payload
        }
      }
    }
  }
`);

const ReauthorizeDelete = graphql(`
  mutation ReauthorizeDelete($id: ID!) {
    deleteConnection(id: $id, deleteDocuments: false) {
      __typename
    }
  }
`);

const reauthorizeTest = googleTest
  .extend('syncWorkers', { scope: 'file' }, true)
  .extend('otherAccount', { scope: 'file', auto: true }, ({ google }) => google.addDriveUser(OTHER_USER))
  /** reauthorizeConnection's result, with the organization's key unless another is given. */
  .extend(
    'reauthorize',
    ({ gateway, organization }) =>
      async (id: string, redirectUrl?: string, key = organization.key) =>
        dataOf(await gateway.graphql(Reauthorize, { key, variables: { id, ...(redirectUrl ? { redirectUrl } : {}) } }))
          .reauthorizeConnection,
  )
  /** Follows an authLink through the fake's consent screen to the gateway's callback: the callback's answer. */
  .extend('consent', ({ gateway }) => async (authLink: string) => {
    const atGoogle = await fetch(authLink, { redirect: 'manual' });
    expect(atGoogle.status).toBe(302);
    return gateway.app.fetch(atGoogle.headers.get('location')!);
  })
  .extend(
    'state',
    ({ gateway, organization }) =>
      async (id: string) =>
        having(dataOf(await gateway.graphql(ReauthorizeState, { key: organization.key, variables: { id } })).connection, 'status'),
  )
  .extend(
    'row',
    ({ gateway }) =>
      (id: string) =>
        gateway.db.prisma.connection.findUniqueOrThrow({ where: { id } }),
  )
  .extend('eventsOf', ({ gateway, organization }) => async (id: string) => {
    const feed = having(
      dataOf(await gateway.graphql(ReauthorizeEvents, { key: organization.key, variables: { connectionId: id } })).events,
      'events',
    );
    return feed.events;
  });

/** Where the callback sent the browser, as `{ path, connectionId, status, error }`. */
function landing(response: Response) {
  expect(response.status).toBe(302);
  const url = new URL(response.headers.get('location')!);
  return {
    at: `${url.origin}${url.pathname}`,
    connectionId: url.searchParams.get('connectionId'),
    status: url.searchParams.get('status'),
    error: url.searchParams.get('error'),
  };
}

describeEachDatabase('reconnecting a connection in place (%s)', reauthorizeTest, (it) => {
  it('brings a connection whose grant was revoked back as the same connection, with its selection and documents', async ({
    gateway,
    google,
    organization: { key },
    connect,
    settled,
    reauthorize,
    consent,
    state,
    row,
    eventsOf,
  }) => {
    const notes = google.addFolder(USER, { name: 'Notes' });
    const first = google.addFile(USER, { name: 'first.txt', parent: notes.id, text: 'one' });
    google.addFile(USER, { name: 'second.txt', parent: notes.id, text: 'two' });
    const id = await connect('GOOGLE_DRIVE');
    const configured = dataOf(
      await gateway.graphql(ReauthorizeConfigure, {
        key,
        variables: { input: { connectionId: id, resources: [{ id: notes.id, name: 'Notes' }] } },
      }),
    ).configureConnection;
    expect(configured).toEqual({ __typename: 'ConfigureConnectionPayload', webhooksRegistered: 1 });
    const initial = await settled(id);
    expect(initial).toMatchObject({ status: 'SUCCEEDED', documentsAdded: 2 });
    const before = await state(id);
    expect(before.documents.edges).toHaveLength(2);
    const [channel] = google.channels(USER).filter((open) => !open.stopped);
    expect(channel).toBeDefined();

    // The user revokes the gateway's access at Google: the next sync's refresh is refused.
    google.revokeToken(gateway.secretBox.open((await row(id)).refreshTokenEncrypted!));
    expect(dataOf(await gateway.graphql(ReauthorizeSync, { key, variables: { id } })).syncConnection.__typename).toBe(
      'SyncConnectionPayload',
    );
    expect((await settled(id, initial.id)).status).toBe('FAILED');
    await expect.poll(async () => (await state(id)).status, { timeout: 30_000 }).toBe('REAUTHORIZATION_REQUIRED');
    expect(dataOf(await gateway.graphql(ReauthorizeSync, { key, variables: { id } })).syncConnection).toEqual({
      __typename: 'MissingRefreshTokenError',
      code: 'MISSING_REFRESH_TOKEN',
    });
    const failedRun = (await settled(id)).id;

    // Reconnect in place: no redirectUrl, so the user returns where connecting returned them.
    const again = having(await reauthorize(id), 'authLink');
    expect(again).toMatchObject({ expiresIn: 3600, connection: { id, status: 'REAUTHORIZATION_REQUIRED' } });
    expect(gateway.stateSigner.verify(new URL(again.authLink).searchParams.get('state')!)?.connectionId).toBe(id);
    expect(landing(await consent(again.authLink))).toEqual({ at: APP_URL, connectionId: id, status: 'success', error: null });

    const after = await state(id);
    expect(after).toEqual({ ...before, status: 'ACTIVE' });
    expect(after.accountLogin).toBe(USER);
    const stored = await row(id);
    expect(stored.refreshTokenEncrypted).not.toBeNull();
    expect([stored.oauthStateHash, stored.oauthStateExpiresAt]).toEqual([null, null]);
    expect(google.channels(USER).find((open) => open.id === channel!.id)?.stopped).toBe(false);
    const events = await eventsOf(id);
    expect(events.map((event) => event.type).filter((type) => type.startsWith('CONNECTION_'))).toEqual([
      'CONNECTION_CREATED',
      'CONNECTION_AUTHORIZED',
      'CONNECTION_REAUTHORIZATION_REQUIRED',
      'CONNECTION_RECOVERED',
    ]);
    expect(events.at(-1)!.payload).toMatchObject({ accountLogin: USER, previousStatus: 'REAUTHORIZATION_REQUIRED' });

    // It syncs again with the new tokens: an edit made meanwhile arrives, on the same documents.
    google.updateFile(first.id, { text: 'one, edited' });
    expect(dataOf(await gateway.graphql(ReauthorizeSync, { key, variables: { id } })).syncConnection.__typename).toBe(
      'SyncConnectionPayload',
    );
    expect(await settled(id, failedRun)).toMatchObject({
      status: 'SUCCEEDED',
      documentsUpdated: 1,
      documentsAdded: 0,
      documentsDeleted: 0,
    });
    const synced = await state(id);
    expect(synced.documents.edges.map(({ node }) => node.id).sort()).toEqual(before.documents.edges.map(({ node }) => node.id).sort());
  });

  it('asks an ACTIVE connection for consent again over REST; every link is single-use and replaces the one before', async ({
    gateway,
    organization: { key },
    connect,
    consent,
    row,
    eventsOf,
  }) => {
    const id = await connect('GOOGLE_DRIVE');
    const tokensBefore = (await row(id)).accessTokenEncrypted;
    const post = (connectionId: string, body?: object) =>
      gateway.app.fetch(`http://gateway.test/v3/connections/${connectionId}/reauthorize`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });

    const earlier = await post(id);
    expect(earlier.status).toBe(200);
    const earlierLink = ((await earlier.json()) as { authLink: string }).authLink;
    const response = await post(id, { redirectUrl: 'https://app.example.com/reconnected' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { id: string; authLink: string; expiresIn: string };
    expect(body).toEqual({ id, authLink: expect.stringContaining('/o/oauth2/v2/auth?') as string, expiresIn: '3600' });

    // The earlier link's state was replaced: its callback finds nothing to spend.
    expect((await consent(earlierLink)).status).toBe(400);
    // Two callbacks with the same state at once: one completes the connection, the other is refused.
    const atGoogle = await fetch(body.authLink, { redirect: 'manual' });
    const callback = atGoogle.headers.get('location')!;
    const answers = await Promise.all([gateway.app.fetch(callback), gateway.app.fetch(callback)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([302, 400]);
    expect(landing(answers.find((answer) => answer.status === 302)!)).toEqual({
      at: 'https://app.example.com/reconnected',
      connectionId: id,
      status: 'success',
      error: null,
    });
    const stored = await row(id);
    expect(stored.status).toBe('ACTIVE');
    expect(stored.accessTokenEncrypted).not.toBe(tokensBefore);
    const reconsented = (await eventsOf(id)).filter((event) => event.type === 'CONNECTION_AUTHORIZED');
    expect(reconsented.map((event) => (event.payload as { previousStatus: string }).previousStatus)).toEqual(['PENDING', 'ACTIVE']);

    // A provider's slug where the id goes is an unknown connection, not the create route.
    const slug = await post('google-drive');
    expect([slug.status, ((await slug.json()) as { details: { code: string } }).details.code]).toEqual([404, 'NOT_FOUND']);
    const badUrl = await post(id, { redirectUrl: 'ftp://app.example.com/x' });
    expect([badUrl.status, ((await badUrl.json()) as { details: { argument: string } }).details.argument]).toEqual([400, 'redirectUrl']);
  });

  it('refuses another organization’s connection, a deleted one, and what it cannot link', async ({
    gateway,
    organization: { key, organizationId },
    connect,
    reauthorize,
  }) => {
    const id = await connect('GOOGLE_DRIVE');
    const other = await gateway.createOrganization('elsewhere');
    expect(await reauthorize(id, undefined, other.key)).toMatchObject({
      __typename: 'ConnectionNotFoundError',
      code: 'NOT_FOUND',
      httpStatus: 404,
    });
    const rest = await gateway.app.fetch(`http://gateway.test/v3/connections/${id}/reauthorize`, {
      method: 'POST',
      headers: { authorization: `Bearer ${other.key}` },
    });
    expect(rest.status).toBe(404);
    expect(await reauthorize(id, 'not a url')).toMatchObject({ __typename: 'ValidationError', argument: 'redirectUrl' });

    // Made outside OAuth, it stores no redirectUrl: one must be given.
    const seeded = await gateway.createConnection(organizationId, 'GOOGLE_DRIVE', {
      status: 'REAUTHORIZATION_REQUIRED',
      accountLogin: USER,
    });
    expect(await reauthorize(seeded)).toMatchObject({ __typename: 'ValidationError', argument: 'redirectUrl' });
    expect(await reauthorize(seeded, APP_URL)).toMatchObject({ __typename: 'ReauthorizeConnectionPayload' });
    // GitHub's OAuth app is not configured on this gateway.
    const github = await gateway.createConnection(organizationId, 'GITHUB', { accessToken: 'ghu_seeded' });
    expect(await reauthorize(github, APP_URL)).toMatchObject({
      __typename: 'ProviderNotConfiguredError',
      code: 'PROVIDER_NOT_CONFIGURED',
      variables: ['GITHUB_CLIENT_ID', 'GITHUB_CLIENT_SECRET'],
    });

    expect(dataOf(await gateway.graphql(ReauthorizeDelete, { key, variables: { id } })).deleteConnection.__typename).toBe(
      'DeleteConnectionPayload',
    );
    expect(await reauthorize(id)).toEqual({
      __typename: 'ConnectionDeletedError',
      message: `Connection ${id} was deleted; create a new connection instead.`,
      code: 'CONNECTION_DELETED',
      httpStatus: 409,
    });
    const deleted = await gateway.app.fetch(`http://gateway.test/v3/connections/${id}/reauthorize`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}` },
    });
    expect(deleted.status).toBe(409);
    expect(await deleted.json()).toMatchObject({ details: { code: 'CONNECTION_DELETED', connectionId: id } });
  });

  it('refuses another Google account at consent and leaves the connection as it was', async ({
    gateway,
    google,
    connect,
    reauthorize,
    consent,
    row,
    state,
    eventsOf,
  }) => {
    const id = await connect('GOOGLE_DRIVE');
    const before = await row(id);
    const again = having(await reauthorize(id), 'authLink');
    google.setAuthorizingUser(OTHER_USER);
    try {
      expect(landing(await consent(again.authLink))).toEqual({ at: APP_URL, connectionId: id, status: 'error', error: 'account_mismatch' });
    } finally {
      google.setAuthorizingUser(USER);
    }
    const after = await row(id);
    expect(after).toMatchObject({
      status: 'ACTIVE',
      accountLogin: USER,
      accountId: before.accountId,
      accessTokenEncrypted: before.accessTokenEncrypted,
      refreshTokenEncrypted: before.refreshTokenEncrypted,
    });
    expect((await state(id)).accountLogin).toBe(USER);
    expect((await eventsOf(id)).map((event) => event.type)).toEqual(['CONNECTION_CREATED', 'CONNECTION_AUTHORIZED']);
    // Its own tokens still work.
    const userinfo = await fetch(`${google.apiUrl}/oauth2/v3/userinfo`, {
      headers: { authorization: `Bearer ${gateway.secretBox.open(after.accessTokenEncrypted!)}` },
    });
    expect(((await userinfo.json()) as { email: string }).email).toBe(USER);
  });
});
