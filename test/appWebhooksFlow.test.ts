// Webhooks to the app from real changes: configuring a connection sends selection.changed, sync.started and
// sync.finished, signed (verified with the standardwebhooks package) and in order; a receiver that was down reads
// what it missed from the event log by cursor, and gets the same events delivered once it is back.
import { Webhook } from 'standardwebhooks';
import { expect } from 'vitest';
import { graphql } from './gql';
import { describeEachDatabase, test } from './support/fixtures';
import { dataOf, having } from './support/graphql';
import { startWebhookReceiver, type ReceivedWebhook } from './support/webhookReceiver';

const FlowCreateEndpoint = graphql(`
  mutation FlowCreateEndpoint($url: String!) {
    createWebhookEndpoint(url: $url) {
      ... on WebhookEndpointSecretPayload {
        secret
        endpoint {
          id
        }
      }
    }
  }
`);

const FlowConfigure = graphql(`
  mutation FlowConfigure($input: ConfigureConnectionInput!) {
    configureConnection(input: $input) {
      __typename
    }
  }
`);

const FlowSyncNow = graphql(`
  mutation FlowSyncNow($id: ID!) {
    syncConnection(id: $id) {
      __typename
    }
  }
`);

const FlowEvents = graphql(`
  query FlowEvents($after: String, $connectionId: ID) {
    events(after: $after, connectionId: $connectionId, first: 500) {
      ... on EventFeed {
        events {
          id
          type
          cursor
        }
      }
    }
  }
`);

const flowTest = test
  .extend('syncWorkers', { scope: 'file' }, true)
  .extend('gatewayEnv', { scope: 'file' }, { WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_RETRY_BASE_MS: '200' })
  .extend('repositories', { scope: 'file' }, [{ name: 'wiki', files: { 'README.md': '# Wiki', 'pages/home.md': 'Home' } }]);

/** Of a connection's deliveries answered 2xx, the event types in the order they arrived. */
const typesOf = (delivered: ReceivedWebhook[], connectionId: string) =>
  delivered.filter((request) => request.json.data.connectionId === connectionId).map((request) => request.json.type);

describeEachDatabase('webhooks to the app from real changes (%s)', flowTest, (it) => {
  it('sends a configure’s events signed and in order; a receiver that was down replays what it missed from the log', async ({
    gateway,
    github,
    organization: { key },
    connection: { id: connectionId },
  }) => {
    let receiver = await startWebhookReceiver();
    const created = dataOf(await gateway.graphql(FlowCreateEndpoint, { key, variables: { url: `${receiver.url}/hooks` } }));
    const { secret } = having(created.createWebhookEndpoint, 'secret');
    const repo = github.repository('octocat/wiki')!;
    await gateway.graphql(FlowConfigure, {
      key,
      variables: { input: { connectionId, resources: [{ id: String(repo.databaseId), name: repo.nameWithOwner }] } },
    });

    await expect
      .poll(() => typesOf(receiver.delivered(), connectionId), { timeout: 60_000, interval: 100 })
      .toEqual(['selection.changed', 'sync.started', 'sync.finished']);
    const verifier = new Webhook(secret);
    for (const request of receiver.delivered()) {
      expect(verifier.verify(request.body, request.headers)).toEqual(JSON.parse(request.body));
      expect(request.headers['webhook-id']).toBe(request.json.data.eventId);
    }
    const [selected, started, finished] = receiver.delivered();
    expect(selected!.json.data).toMatchObject({ connectionId, selected: 1, added: [String(repo.databaseId)] });
    expect(started!.json.data).toMatchObject({ runId: selected!.json.data.runId, trigger: 'CONFIGURE' });
    expect(finished!.json.data).toMatchObject({ runId: selected!.json.data.runId, status: 'SUCCEEDED', added: 2, failed: 0 });
    // Tampered bodies do not verify.
    expect(() => verifier.verify(finished!.body.replace('"added":2', '"added":3'), finished!.headers)).toThrow();

    // The receiver goes down; a sync happens meanwhile.
    const lastSeen = finished!.json.data.cursor;
    const { port } = receiver;
    await receiver.close();
    github.addFiles('octocat/wiki', { 'pages/news.md': 'News' });
    await gateway.graphql(FlowSyncNow, { key, variables: { id: connectionId } });
    const missed = async () => {
      const feed = having(
        dataOf(await gateway.graphql(FlowEvents, { key, variables: { after: lastSeen, connectionId } })).events,
        'events',
      );
      return feed.events;
    };
    await expect
      .poll(async () => (await missed()).map((event) => event.type), { timeout: 60_000 })
      .toEqual(['sync.started', 'sync.finished'].map(enumName));

    // Back up on the same address: the events it missed arrive, once each, in order, and are the ones the log gave.
    receiver = await startWebhookReceiver(() => 200, port);
    try {
      const expected = (await missed()).map((event) => event.id);
      await expect
        .poll(() => receiver.delivered().map((request) => request.json.data.eventId), { timeout: 60_000, interval: 100 })
        .toEqual(expected);
      expect(receiver.delivered().map((request) => request.json.data.cursor)).toEqual((await missed()).map((event) => event.cursor));
      expect(receiver.delivered()[1]!.json.data).toMatchObject({ status: 'SUCCEEDED', added: 1 });
    } finally {
      await receiver.close();
    }
  });
});

function enumName(type: string): string {
  return type.toUpperCase().replaceAll('.', '_');
}
