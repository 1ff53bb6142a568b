// Push notifications from Google end to end, against the Google fake with sync workers on. Drive: selecting files
// and folders opens one changes channel for the connection; a change upstream is notified and synced (edit, new
// file in the folder, move out, trash) by one run; a notification with a forged channel token is refused and queues
// nothing; the channel is renewed before it expires and stopped when the selection is emptied or the connection
// deleted. Gmail with a Pub/Sub
// topic: selecting labels watches the mailbox (one subscription for the connection); a push, verified by its
// Google-signed token, queues one incremental run with exactly the new message; a forged push is refused and queues
// nothing; deselecting everything stops the watch; a watch near its end is renewed.
import { googleMimeTypes } from '@connections-gateway/google-fake';
import { expect } from 'vitest';
import { graphql } from './gql';
import { describeEachDatabase } from './support/fixtures';
import { GOOGLE_USER as USER, googleTest } from './support/google';
import { dataOf, having } from './support/graphql';

const TOPIC = 'projects/gateway-test/topics/gmail';
const AUDIENCE = 'https://gateway.example/webhooks/gmail';
const SERVICE_ACCOUNT = 'gmail-push@gateway-test.iam.gserviceaccount.com';

const PushConfigure = graphql(`
  mutation PushConfigure($input: ConfigureConnectionInput!) {
    configureConnection(input: $input) {
      __typename
      ... on ConfigureConnectionPayload {
        webhooksRegistered
      }
    }
  }
`);

const PushRuns = graphql(`
  query PushRuns($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        syncRuns(first: 20) {
          edges {
            node {
              id
              status
              trigger
              documentsAdded
              documentsUpdated
              documentsDeleted
            }
          }
        }
      }
    }
  }
`);

const PushDelete = graphql(`
  mutation PushDelete($id: ID!) {
    deleteConnection(id: $id) {
      __typename
      ... on DeleteConnectionPayload {
        webhooksRemoved
      }
    }
  }
`);

const PushCapabilities = graphql(`
  query PushCapabilities {
    providers {
      id
      capabilities {
        webhooks
        changeDelivery
      }
    }
  }
`);

const pushTest = googleTest
  .extend(
    'googleEnv',
    { scope: 'file' },
    {
      GMAIL_PUBSUB_TOPIC: TOPIC,
      GMAIL_PUBSUB_AUDIENCE: AUDIENCE,
      GMAIL_PUBSUB_SERVICE_ACCOUNT: SERVICE_ACCOUNT,
    },
  )
  .extend('syncWorkers', { scope: 'file' }, true)
  // Pub/Sub pushes to the gateway's public address, which in tests is a name: the fake sends them to its port.
  .extend('pushRoute', { scope: 'file', auto: true }, ({ google, gateway }) => {
    google.setPubSubPush(TOPIC, 'http://gateway.test/webhooks/gmail', { audience: AUDIENCE, serviceAccountEmail: SERVICE_ACCOUNT });
    google.routeNotifications('http://gateway.test', gateway.app.url);
  })
  .extend('configure', ({ gateway, organization }) => async (connectionId: string, resources: { id: string; name: string }[]) => {
    const payload = having(
      dataOf(await gateway.graphql(PushConfigure, { key: organization.key, variables: { input: { connectionId, resources } } }))
        .configureConnection,
      'webhooksRegistered',
    );
    return payload.webhooksRegistered;
  })
  .extend('runs', ({ gateway, organization }) => async (id: string) => {
    const connection = having(dataOf(await gateway.graphql(PushRuns, { key: organization.key, variables: { id } })).connection, 'syncRuns');
    return connection.syncRuns.edges.map(({ node }) => node);
  })
  /** Waits (with a deadline) until the connection has `count` runs, all finished; returns them, newest first. */
  .extend('finishedRuns', ({ runs }) => async (id: string, count: number) => {
    await expect
      .poll(async () => (await runs(id)).filter((run) => /SUCCEEDED|PARTIAL|FAILED/.test(run.status)).length, {
        timeout: 60_000,
        interval: 100,
      })
      .toBe(count);
    return runs(id);
  });

describeEachDatabase('Google push notifications (%s)', pushTest, (it) => {
  it('says Gmail is pushed to when a Pub/Sub topic is configured', async ({ gateway, organization }) => {
    const providers = dataOf(await gateway.graphql(PushCapabilities, { key: organization.key })).providers;
    expect(providers.find((provider) => provider.id === 'GMAIL')?.capabilities).toEqual({ webhooks: true, changeDelivery: 'PUSH' });
    expect(providers.find((provider) => provider.id === 'GITHUB')?.capabilities).toEqual({ webhooks: true, changeDelivery: 'WEBHOOKS' });
  });

  it('opens one Drive channel for the selection, syncs what a notification announces, refuses a forged token, renews and stops it', async ({
    gateway,
    google,
    organization,
    connect,
    configure,
    runs,
    finishedRuns,
    documents,
  }) => {
    const folder = google.addFolder(USER, { name: 'Handbook' });
    const intro = google.addFile(USER, { name: 'Intro', parent: folder.id, mimeType: googleMimeTypes.document, text: '# Intro' });
    const leaving = google.addFile(USER, { name: 'leaving.txt', parent: folder.id, text: 'moving out' });
    const trashed = google.addFile(USER, { name: 'old.txt', parent: folder.id, text: 'to the bin' });
    const elsewhere = google.addFolder(USER, { name: 'Elsewhere' });
    const budget = google.addFile(USER, { name: 'Budget', mimeType: googleMimeTypes.spreadsheet, text: 'item,cost\nrent,10' });
    const id = await connect('GOOGLE_DRIVE');
    expect(
      await configure(id, [
        { id: folder.id, name: 'Handbook' },
        { id: budget.id, name: 'Budget' },
      ]),
    ).toBe(1);
    const channels = () => google.channels(USER);
    expect(channels()).toHaveLength(1);
    const [channel] = channels();
    expect(channel).toMatchObject({ address: 'http://gateway.test/webhooks/google-drive', stopped: false });
    expect(channel!.token).toMatch(/^[0-9a-f]{64}$/);
    const [initial] = await finishedRuns(id, 1);
    expect(initial).toMatchObject({ trigger: 'CONFIGURE', status: 'SUCCEEDED', documentsAdded: 4 });
    // The channel's opening handshake is accepted and queues nothing.
    expect((await google.deliverPendingNotifications()).map((delivery) => delivery.status)).toEqual([200]);

    // Upstream: an edit, a new file in the folder, a move out of it, a trash. Drive notifies; the gateway syncs.
    google.updateFile(intro.id, { text: '# Intro\n\nRevised.' });
    google.addFile(USER, { name: 'New page', parent: folder.id, mimeType: googleMimeTypes.document, text: '# New page' });
    google.moveFile(leaving.id, elsewhere.id);
    google.trashFile(trashed.id);
    const notified = await google.deliverPendingNotifications();
    expect(notified.length).toBeGreaterThan(0);
    expect(new Set(notified.map((delivery) => delivery.status))).toEqual(new Set([202]));
    // Notifications that arrive while a run waits join it; one that arrives after it started may queue another, which
    // then finds nothing new. Either way the first run has exactly the four changes.
    await expect
      .poll(async () => (await runs(id)).every((run) => /SUCCEEDED|PARTIAL|FAILED/.test(run.status)), { timeout: 60_000 })
      .toBe(true);
    const pushed = (await runs(id)).filter((run) => run.trigger === 'WEBHOOK').reverse();
    expect(pushed[0]).toMatchObject({ status: 'SUCCEEDED', documentsAdded: 1, documentsUpdated: 1, documentsDeleted: 2 });
    for (const later of pushed.slice(1)) expect(later).toMatchObject({ documentsAdded: 0, documentsUpdated: 0, documentsDeleted: 0 });
    const stored = new Map((await documents(id)).map((document) => [document.path, document.content]));
    expect([...stored.keys()].sort()).toEqual(['Budget', 'Intro', 'New page']);
    expect(stored.get('Intro')).toContain('Revised.');

    // A notification with the channel's id but not its token: 401, and no run is queued.
    const before = (await runs(id)).length;
    const forged = await gateway.app.fetch('http://gateway.test/webhooks/google-drive', {
      method: 'POST',
      headers: {
        'x-goog-channel-id': channel!.id,
        'x-goog-channel-token': 'f'.repeat(64),
        'x-goog-resource-id': channel!.resourceId,
        'x-goog-resource-state': 'change',
        'x-goog-message-number': '999',
      },
    });
    expect(forged.status).toBe(401);
    expect(await runs(id)).toHaveLength(before);

    // Past half its life the channel is replaced by a new one, and the old one stopped.
    const subscription = await gateway.db.prisma.pushSubscription.findUniqueOrThrow({ where: { connectionId: id } });
    expect(await gateway.services.pushSubscriptions.renewDue(new Date(subscription.expiresAt.getTime() - 60_000))).toBe(1);
    expect(channels().map((each) => each.stopped)).toEqual([true, false]);
    const renewed = await gateway.db.prisma.pushSubscription.findUniqueOrThrow({ where: { connectionId: id } });
    expect(renewed.subscriptionId).toBe(channels()[1]!.id);
    expect(renewed.expiresAt.getTime()).toBeGreaterThan(Date.now());

    // Deselecting everything stops it; selecting again opens a new one, which deleting the connection stops.
    expect(await configure(id, [])).toBe(0);
    expect(channels().every((each) => each.stopped)).toBe(true);
    expect(await configure(id, [{ id: budget.id, name: 'Budget' }])).toBe(1);
    expect(channels().filter((each) => !each.stopped)).toHaveLength(1);
    const deleted = dataOf(await gateway.graphql(PushDelete, { key: organization.key, variables: { id } })).deleteConnection;
    expect(deleted).toEqual({ __typename: 'DeleteConnectionPayload', webhooksRemoved: 1 });
    expect(channels().every((each) => each.stopped)).toBe(true);
  });

  it('watches the mailbox for its selected labels, syncs on a verified push, refuses a forged one, and stops the watch', async ({
    gateway,
    google,
    connect,
    configure,
    runs,
    finishedRuns,
  }) => {
    // What earlier tests left queued (notifications of channels since stopped: 401s) goes out first.
    await google.deliverPendingNotifications();
    const travel = google.addLabel(USER, 'Trips');
    const bills = google.addLabel(USER, 'Invoices');
    google.addMessage(USER, { from: 'a@example.com', subject: 'Flight', text: 'Gate 4', labels: ['Trips'] });
    const id = await connect('GMAIL');
    // Two labels, one watch: the subscription covers the whole mailbox.
    expect(
      await configure(
        id,
        [travel, bills].map(({ id: labelId, name }) => ({ id: labelId, name })),
      ),
    ).toBe(1);
    expect(google.watchOf(USER)).toMatchObject({ topicName: TOPIC });
    const [initial] = await finishedRuns(id, 1);
    expect(initial).toMatchObject({ trigger: 'CONFIGURE', status: 'SUCCEEDED', documentsAdded: 1 });

    // A new message in a selected label: Gmail publishes, Pub/Sub pushes, the gateway syncs exactly that message.
    google.addMessage(USER, { from: 'b@example.com', subject: 'Invoice 7', text: '42 EUR', labels: ['Invoices'] });
    const delivered = await google.deliverPendingNotifications();
    expect(delivered.map((delivery) => delivery.status)).toEqual([202]);
    const [pushed] = await finishedRuns(id, 2);
    expect(pushed).toMatchObject({ trigger: 'WEBHOOK', status: 'SUCCEEDED', documentsAdded: 1, documentsUpdated: 0, documentsDeleted: 0 });

    // A push whose token was not signed by Google: 401, and no run is queued.
    const genuine = delivered[0]!;
    const [header, payload] = genuine.headers.authorization!.slice('Bearer '.length).split('.');
    const forged = `${header!}.${payload!}.${Buffer.from('not Google’s signature').toString('base64url')}`;
    const refused = await gateway.app.fetch('http://gateway.test/webhooks/gmail', {
      method: 'POST',
      headers: { authorization: `Bearer ${forged}`, 'content-type': 'application/json' },
      body: genuine.body.replace(/"messageId":"[^"]+"/, '"messageId":"forged-1"'),
    });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ details: { code: 'INVALID_SIGNATURE' } });
    // Nor does a redelivery of the genuine push queue a second run.
    const again = await gateway.app.fetch('http://gateway.test/webhooks/gmail', {
      method: 'POST',
      headers: genuine.headers,
      body: genuine.body,
    });
    expect(await again.json()).toEqual({ duplicate: true });
    expect(await runs(id)).toHaveLength(2);

    // A watch past half its life is renewed by the scheduled maintenance (the same mailbox, a later end).
    const before = await gateway.db.prisma.pushSubscription.findUniqueOrThrow({ where: { connectionId: id } });
    const later = new Date(before.expiresAt.getTime() - 60_000);
    expect(await gateway.services.pushSubscriptions.renewDue(later)).toBe(1);
    const renewed = await gateway.db.prisma.pushSubscription.findUniqueOrThrow({ where: { connectionId: id } });
    expect(renewed.subscriptionId).toBe(USER);
    expect(renewed.createdAt.getTime()).toBeGreaterThan(before.createdAt.getTime());
    expect(google.watchOf(USER)).not.toBeNull();

    // Nothing selected any more: the watch is stopped and the subscription forgotten.
    expect(await configure(id, [])).toBe(0);
    expect(google.watchOf(USER)).toBeNull();
    expect(await gateway.db.prisma.pushSubscription.count({ where: { connectionId: id } })).toBe(0);
  });
});
