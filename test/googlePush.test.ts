// Push notifications from Google end to end, against the Google fake with sync workers on. Gmail with a Pub/Sub
// topic: selecting labels watches the mailbox (one subscription for the connection); a push, verified by its
// Google-signed token, queues one incremental run with exactly the new message; a forged push is refused and queues
// nothing; deselecting everything stops the watch; a watch near its end is renewed.
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

  it('watches the mailbox for its selected labels, syncs on a verified push, refuses a forged one, and stops the watch', async ({
    gateway,
    google,
    connect,
    configure,
    runs,
    finishedRuns,
  }) => {
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
