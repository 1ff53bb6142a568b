// Webhooks to the app, end to end: endpoints registered over the API, events recorded in the log, and a real
// HTTP receiver on 127.0.0.1 that verifies every delivery with the standardwebhooks package.
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretBox } from '../src/crypto/secretBox';
import { openDatabase, type Database } from '../src/db/database';
import type { NewEvent } from '../src/modules/events/eventTypes';
import { EventStorage } from '../src/modules/events/storage';
import { createSender } from '../src/modules/appWebhooks/sender';
import { graphql } from './gql';
import { seedConnection } from './support/apiKeys';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { describeEachDatabase, test } from './support/fixtures';
import { startTestGateway, TEST_ENCRYPTION_KEY, type TestGateway } from './support/gateway';
import { dataOf, execute, expectTypename, having } from './support/graphql';
import { startServer, type ServerProcess } from './support/processes';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from './support/webhookReceiver';

const CreateEndpoint = graphql(`
  mutation CreateAppWebhookEndpoint($url: String!, $events: [EventType!], $description: String) {
    createWebhookEndpoint(url: $url, events: $events, description: $description) {
      __typename
      ... on WebhookEndpointSecretPayload {
        secret
        endpoint {
          id
          url
          events
          enabled
        }
      }
      ... on ValidationError {
        argument
        message
        code
        httpStatus
      }
    }
  }
`);

const RotateSecret = graphql(`
  mutation RotateAppWebhookSecret($id: ID!) {
    rotateWebhookEndpointSecret(id: $id) {
      __typename
      ... on WebhookEndpointSecretPayload {
        secret
        endpoint {
          id
          previousSecretExpiresAt
        }
      }
    }
  }
`);

const Endpoints = graphql(`
  query AppWebhookEndpoints {
    webhookEndpoints {
      id
      url
      enabled
      disabledReason
      failingSince
      events
    }
  }
`);

const Deliveries = graphql(`
  query AppWebhookDeliveries($endpointId: ID!, $first: Int, $after: String) {
    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {
      __typename
      ... on WebhookDeliveryConnection {
        totalCount
        edges {
          node {
            id
            eventId
            eventType
            status
            attemptCount
            nextAttemptAt
            attempts {
              statusCode
              latencyMs
              responseExcerpt
              error
              attemptedAt
            }
          }
        }
      }
      ... on WebhookEndpointNotFoundError {
        endpointId
        code
      }
    }
  }
`);

const Redeliver = graphql(`
  mutation RedeliverAppWebhook($endpointId: ID!, $eventId: ID!) {
    redeliverWebhookEvent(endpointId: $endpointId, eventId: $eventId) {
      __typename
      ... on RedeliverWebhookEventPayload {
        delivery {
          eventId
          status
        }
      }
      ... on WebhookEventNotFoundError {
        eventId
        code
        httpStatus
      }
    }
  }
`);

// Fast retries (50 ms, 200 ms, 800 ms, …) and a 3 s window, so the failure paths take seconds.
const webhookTest = test.extend('syncWorkers', { scope: 'file' }, true).extend(
  'gatewayEnv',
  { scope: 'file' },
  {
    WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    WEBHOOK_RETRY_BASE_MS: '50',
    WEBHOOK_DISABLE_AFTER_SECONDS: '3',
    WEBHOOK_TIMEOUT_SECONDS: '2',
  },
);

const receivers: WebhookReceiver[] = [];
afterAll(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()));
});

async function receiver(answer?: Parameters<typeof startWebhookReceiver>[0]): Promise<WebhookReceiver> {
  const started = await startWebhookReceiver(answer);
  receivers.push(started);
  return started;
}

function verify(secret: string, request: ReceivedWebhook): unknown {
  return new Webhook(secret).verify(request.body, request.headers);
}

let organizations = 0;

/** A fresh organization (so endpoints of other tests hear nothing) with an endpoint on `target`. */
async function endpointFor(gateway: TestGateway, target: WebhookReceiver, events?: ('SYNC_FINISHED' | 'SYNC_STARTED')[]) {
  organizations += 1;
  const { organizationId, key } = await gateway.createOrganization(`hooks-${String(organizations)}`);
  const created = dataOf(await gateway.graphql(CreateEndpoint, { key, variables: { url: `${target.url}/hooks`, events } }));
  const payload = having(created.createWebhookEndpoint, 'secret');
  expect(payload.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
  return { organizationId, key, endpointId: payload.endpoint.id, secret: payload.secret };
}

function syncEvent(organizationId: string, connectionId: string | null, type: NewEvent['type'], payload: object = {}): NewEvent {
  return { organizationId, connectionId, type, payload: { ...payload } };
}

/** Polls until `check` passes or `timeout` ms are over. */
async function until(check: () => void, timeout = 20_000): Promise<void> {
  await expect
    .poll(
      () => {
        try {
          check();
          return true;
        } catch {
          return false;
        }
      },
      { timeout, interval: 50 },
    )
    .toBe(true);
  check();
}

describeEachDatabase('webhooks to the app (%s)', webhookTest, (it) => {
  it('delivers recorded events signed, in order per connection, only of the types asked for', async ({ gateway }) => {
    const target = await receiver();
    const { organizationId, secret, key } = await endpointFor(gateway, target, ['SYNC_STARTED', 'SYNC_FINISHED']);
    const connections = [await gateway.createConnection(organizationId), await gateway.createConnection(organizationId)];
    const recorded: { connectionId: string; run: number; type: string }[] = [];
    for (let run = 0; run < 5; run++) {
      for (const connectionId of connections) {
        for (const type of ['sync.started', 'sync.finished'] as const) {
          await gateway.services.events.record([syncEvent(organizationId, connectionId, type, { run })]);
          recorded.push({ connectionId, run, type });
        }
      }
      // Not asked for: never sent.
      await gateway.services.events.record([syncEvent(organizationId, connections[0]!, 'connection.recovered')]);
    }
    await until(() => expect(target.delivered()).toHaveLength(recorded.length));

    for (const request of target.received) {
      expect(verify(secret, request)).toEqual(request.json);
      expect(request.headers['webhook-id']).toBe(request.json.data.eventId);
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.json).toMatchObject({ data: { organizationId, cursor: expect.stringMatching(/^\d+$/) } });
      expect(new Date(request.json.timestamp).toISOString()).toBe(request.json.timestamp);
    }
    for (const connectionId of connections) {
      const got = target.received.filter((request) => request.json.data.connectionId === connectionId);
      expect(got.map((request) => [request.json.type, request.json.data.run])).toEqual(
        recorded.filter((event) => event.connectionId === connectionId).map((event) => [event.type, event.run]),
      );
      const cursors = got.map((request) => Number(request.json.data.cursor));
      expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    }
    expect(target.received.some((request) => request.json.type === 'connection.recovered')).toBe(false);
    // A tampered body does not verify.
    expect(() => verify(secret, { ...target.received[0]!, body: target.received[0]!.body.replace('sync', 'sink') })).toThrow();
    const listed = dataOf(await gateway.graphql(Endpoints, { key }));
    expect(listed.webhookEndpoints).toEqual([
      expect.objectContaining({ enabled: true, failingSince: null, events: ['SYNC_STARTED', 'SYNC_FINISHED'] }),
    ]);
  });

  it('retries a receiver that fails three times, delivers once more, and shows the four attempts', async ({ gateway }) => {
    const target = await receiver((_request, index) => (index < 3 ? 500 : 200));
    const { organizationId, key, endpointId, secret } = await endpointFor(gateway, target);
    await gateway.services.events.record([syncEvent(organizationId, null, 'sync.finished', { runStatus: 'SUCCEEDED' })]);
    await until(() => expect(target.delivered()).toHaveLength(1));
    expect(target.received.map((request) => request.answeredWith)).toEqual([500, 500, 500, 200]);
    expect(new Set(target.received.map((request) => request.headers['webhook-id'])).size).toBe(1);
    expect(verify(secret, target.received[3]!)).toMatchObject({
      type: 'sync.finished',
      data: { runStatus: 'SUCCEEDED', connectionId: null },
    });

    const page = dataOf(await gateway.graphql(Deliveries, { key, variables: { endpointId } })).webhookDeliveries;
    expectTypename(page, 'WebhookDeliveryConnection');
    expect(page.totalCount).toBe(1);
    const delivery = page.edges[0]!.node;
    expect(delivery).toMatchObject({ eventType: 'SYNC_FINISHED', status: 'DELIVERED', attemptCount: 4, nextAttemptAt: null });
    expect(delivery.attempts.map((attempt) => attempt.statusCode)).toEqual([500, 500, 500, 200]);
    expect(delivery.attempts[0]!.responseExcerpt).toBe('failed with 500');
    expect(delivery.attempts.every((attempt) => attempt.latencyMs >= 0 && attempt.error === null)).toBe(true);
    // The waits grow: 50 ms, then 200 ms, then 800 ms (at least).
    const times = delivery.attempts.map((attempt) => Date.parse(attempt.attemptedAt));
    expect(times[3]! - times[2]!).toBeGreaterThanOrEqual(700);
    // Nothing more comes: the event is delivered.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(target.received).toHaveLength(4);

    const unknown = dataOf(await gateway.graphql(Deliveries, { key, variables: { endpointId: '0193aaaa-0000-7000-8000-000000000000' } }));
    expect(unknown.webhookDeliveries).toMatchObject({ __typename: 'WebhookEndpointNotFoundError', code: 'WEBHOOK_ENDPOINT_NOT_FOUND' });
  });

  it('signs with both the old and the new secret while a rotation overlaps', async ({ gateway }) => {
    const target = await receiver();
    const { organizationId, key, endpointId, secret: oldSecret } = await endpointFor(gateway, target);
    const rotated = having(
      dataOf(await gateway.graphql(RotateSecret, { key, variables: { id: endpointId } })).rotateWebhookEndpointSecret,
      'secret',
    );
    expect(rotated.secret).not.toBe(oldSecret);
    expect(Date.parse(rotated.endpoint.previousSecretExpiresAt!)).toBeGreaterThan(Date.now() + 23 * 3600_000);
    await gateway.services.events.record([syncEvent(organizationId, null, 'sync.started')]);
    await until(() => expect(target.delivered()).toHaveLength(1));
    const [request] = target.received;
    expect(request!.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(verify(rotated.secret, request!)).toEqual(request!.json);
    expect(verify(oldSecret, request!)).toEqual(request!.json);
    expect(() => verify(`whsec_${Buffer.alloc(32, 7).toString('base64')}`, request!)).toThrow();
  });

  it('disables an endpoint that failed for the whole window, and logs webhook_endpoint.disabled', async ({ gateway }) => {
    const target = await receiver(() => 503);
    const { organizationId, key, endpointId } = await endpointFor(gateway, target);
    await gateway.services.events.record([syncEvent(organizationId, null, 'sync.finished')]);
    let lastEndpoints = { data: { webhookEndpoints: [] as { enabled: boolean; disabledReason: string | null }[] } };
    await expect
      .poll(
        async () => {
          lastEndpoints = (await gateway.graphql(Endpoints, { key })).body as typeof lastEndpoints;
          return lastEndpoints.data.webhookEndpoints[0]?.enabled;
        },
        { timeout: 30_000, interval: 100 },
      )
      .toBe(false);
    expect(lastEndpoints.data.webhookEndpoints[0]!.disabledReason).toMatch(/^Every delivery attempt failed since /);
    const log = await gateway.services.events.page(organizationId, {});
    const disabled = log.events.find((event) => event.type === 'webhook_endpoint.disabled');
    expect(disabled).toMatchObject({ connectionId: null, payload: { endpointId, url: `${target.url}/hooks` } });
    // Attempts across the window (0, 50 ms, 250 ms, 1.05 s, then at 3 s), then nothing more.
    const attempts = target.received.length;
    expect(attempts).toBeGreaterThanOrEqual(4);
    const page = dataOf(await gateway.graphql(Deliveries, { key, variables: { endpointId } })).webhookDeliveries;
    expectTypename(page, 'WebhookDeliveryConnection');
    expect(page.edges[0]!.node).toMatchObject({ status: 'FAILED', attemptCount: attempts, nextAttemptAt: null });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(target.received).toHaveLength(attempts);
  });

  it('redelivers an event as a new delivery with the same webhook-id', async ({ gateway }) => {
    const target = await receiver();
    const { organizationId, key, endpointId, secret } = await endpointFor(gateway, target);
    await gateway.services.events.record([syncEvent(organizationId, null, 'sync.finished', { n: 1 })]);
    await until(() => expect(target.delivered()).toHaveLength(1));
    const eventId = target.received[0]!.json.data.eventId;
    const redelivered = dataOf(await gateway.graphql(Redeliver, { key, variables: { endpointId, eventId } })).redeliverWebhookEvent;
    expect(redelivered).toMatchObject({ __typename: 'RedeliverWebhookEventPayload', delivery: { eventId, status: 'PENDING' } });
    await until(() => expect(target.delivered()).toHaveLength(2));
    expect(target.received[1]!.headers['webhook-id']).toBe(eventId);
    expect(target.received[1]!.body).toBe(target.received[0]!.body);
    expect(verify(secret, target.received[1]!)).toMatchObject({ data: { eventId, n: 1 } });
    const page = dataOf(await gateway.graphql(Deliveries, { key, variables: { endpointId } })).webhookDeliveries;
    expectTypename(page, 'WebhookDeliveryConnection');
    expect(page.edges.map((edge) => edge.node.status)).toEqual(['DELIVERED', 'DELIVERED']);

    // Past the retention period the settled deliveries go (their events are gone from the log by then too).
    const thirtyOneDays = new Date(Date.now() + 31 * 86_400_000);
    expect(await gateway.webhookDelivery.prune(thirtyOneDays)).toBeGreaterThanOrEqual(2);
    expect(await gateway.db.prisma.webhookMessage.count({ where: { endpointId } })).toBe(0);
    // With no delivery of it left, the event is read from the log itself: same webhook-id, same body.
    const fromLog = dataOf(await gateway.graphql(Redeliver, { key, variables: { endpointId, eventId } })).redeliverWebhookEvent;
    expect(fromLog).toMatchObject({ __typename: 'RedeliverWebhookEventPayload', delivery: { eventId, status: 'PENDING' } });
    await until(() => expect(target.delivered()).toHaveLength(3));
    expect(target.received[2]!.headers['webhook-id']).toBe(eventId);
    expect(target.received[2]!.body).toBe(target.received[0]!.body);

    const unknown = dataOf(await gateway.graphql(Redeliver, { key, variables: { endpointId, eventId: 'no-such-event' } }));
    expect(unknown.redeliverWebhookEvent).toMatchObject({
      __typename: 'WebhookEventNotFoundError',
      code: 'WEBHOOK_EVENT_NOT_FOUND',
      httpStatus: 404,
    });
  });

  it('serves the endpoints over REST', async ({ gateway }) => {
    const target = await receiver();
    organizations += 1;
    const { organizationId, key } = await gateway.createOrganization(`rest-hooks-${String(organizations)}`);
    const rest = async (method: string, path: string, body?: object) => {
      const response = await gateway.app.fetch(`http://gateway.test/v3/webhooks/endpoints${path}`, {
        method,
        headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { status: response.status, body: (await response.json()) as Record<string, any> };
    };
    const created = await rest('POST', '', { url: `${target.url}/rest`, events: ['sync.finished'], description: 'rest' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ url: `${target.url}/rest`, events: ['sync.finished'], enabled: true, description: 'rest' });
    expect(created.body.secret).toMatch(/^whsec_/);
    const id = created.body.id as string;
    expect((await rest('GET', '')).body.endpoints).toEqual([expect.objectContaining({ id, url: `${target.url}/rest` })]);
    expect((await rest('POST', '', { url: 'ftp://example.com/' })).body).toMatchObject({
      details: { code: 'BAD_USER_INPUT', argument: 'url' },
    });
    expect((await rest('POST', '', { url: `${target.url}/x`, events: ['no.such'] })).status).toBe(400);

    await gateway.services.events.record([syncEvent(organizationId, null, 'sync.finished')]);
    await until(() => expect(target.delivered()).toHaveLength(1));
    const deliveries = await rest('GET', `/${id}/deliveries?limit=10`);
    expect(deliveries.body.deliveries).toEqual([
      expect.objectContaining({
        eventType: 'sync.finished',
        status: 'DELIVERED',
        attempts: 1,
        attemptLog: [expect.objectContaining({ statusCode: 200 })],
      }),
    ]);
    const eventId = deliveries.body.deliveries[0].eventId as string;
    const again = await rest('POST', `/${id}/redeliver`, { eventId });
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ eventId, status: 'PENDING' });
    await until(() => expect(target.delivered()).toHaveLength(2));

    const rotated = await rest('POST', `/${id}/rotate-secret`);
    expect(rotated.body.secret).not.toBe(created.body.secret);
    const disabled = await rest('PATCH', `/${id}`, { enabled: false, events: ['sync.started', 'sync.finished'] });
    expect(disabled.body).toMatchObject({
      enabled: false,
      disabledReason: 'Disabled through the API.',
      events: ['sync.started', 'sync.finished'],
    });
    expect((await rest('PATCH', `/${id}`, { enabled: true })).body).toMatchObject({ enabled: true, disabledReason: null });
    expect((await rest('DELETE', `/${id}`)).body).toMatchObject({ id });
    const gone = await rest('PATCH', `/${id}`, { enabled: false });
    expect(gone).toMatchObject({ status: 404, body: { details: { code: 'WEBHOOK_ENDPOINT_NOT_FOUND', endpointId: id } } });
    expect((await rest('POST', `/${id}/rotate-secret`)).status).toBe(404);
  });
});

describe.each(databaseKinds)('endpoint addresses without WEBHOOK_ALLOW_PRIVATE_URLS (%s)', (kind) => {
  let gateway: TestGateway;
  let key: string;
  let organizationId: string;

  beforeAll(async () => {
    gateway = await startTestGateway(kind, { WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_TIMEOUT_SECONDS: '2' });
    gateway.webhookDelivery.start();
    ({ key, organizationId } = await gateway.createOrganization('acme'));
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it.each([
    ['http://example.com/hooks', 'url must use https.'],
    ['https://127.0.0.1/hooks', /127\.0\.0\.1, a loopback, private/],
    ['https://[::1]:8443/hooks', /::1, a loopback/],
    ['https://169.254.169.254/latest', /169\.254\.169\.254/],
    ['https://localhost/hooks', /localhost is (127\.0\.0\.1|::1)/],
  ])('refuses %s with a ValidationError', async (url, message) => {
    const answer = dataOf(await gateway.graphql(CreateEndpoint, { key, variables: { url } })).createWebhookEndpoint;
    expectTypename(answer, 'ValidationError');
    expect(answer).toMatchObject({ argument: 'url', code: 'BAD_USER_INPUT', httpStatus: 400 });
    expect(answer.message).toMatch(message);
  });

  it('refuses at connect time a name that now resolves to loopback, and records the refusal as a failed attempt', async () => {
    const target = await receiver();
    // As if registered while the name resolved to a public address: now it resolves to loopback.
    const endpoint = await gateway.db.prisma.webhookEndpoint.create({
      data: {
        organizationId,
        url: `http://localhost:${String(target.port)}/rebound`,
        eventTypes: [],
        secretSealed: gateway.secretBox.seal(`whsec_${Buffer.alloc(32, 1).toString('base64')}`),
      },
    });
    await gateway.services.events.record([syncEvent(organizationId, null, 'sync.finished')]);
    const attempts = async () => gateway.db.prisma.webhookAttempt.findMany({ where: { message: { endpointId: endpoint.id } } });
    await expect.poll(async () => (await attempts()).length, { timeout: 20_000, interval: 100 }).toBeGreaterThanOrEqual(1);
    const [first] = await attempts();
    expect(first).toMatchObject({ statusCode: null, error: expect.stringMatching(/is not allowed\. Because, It is private IP address/) });
    expect(target.received).toHaveLength(0);
  });

  it('the sender alone: refuses loopback unless private addresses are allowed', async () => {
    const target = await receiver();
    const request = {
      url: `${target.url}/direct`,
      messageId: 'msg_1',
      body: '{}',
      secrets: [`whsec_${Buffer.alloc(32, 2).toString('base64')}`],
    };
    const strict = createSender({ timeoutMs: 2_000, allowPrivate: false });
    const open = createSender({ timeoutMs: 2_000, allowPrivate: true });
    try {
      expect(await strict.send(request)).toMatchObject({ ok: false, statusCode: null, error: expect.stringMatching(/not allowed/) });
      expect(await open.send(request)).toMatchObject({ ok: true, statusCode: 200, responseExcerpt: 'ok', error: null });
      expect(target.received).toHaveLength(1);
    } finally {
      strict.close();
      open.close();
    }
  });
});

describe.runIf(databaseKinds.includes('postgres'))('a gateway killed (-9) in the middle of a delivery', () => {
  let testDb: TestDatabase;
  let db: Database;
  let target: WebhookReceiver;
  let servers: ServerProcess[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase('postgres');
    target = await receiver((_request, index) => (index === 0 ? 'hang' : 200));
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop('SIGKILL')));
    await db?.close();
    await testDb?.drop();
  });

  it('delivers the event exactly once more after the restart', { timeout: 90_000 }, async () => {
    const { key } = await seedConnection(testDb.config, { accessToken: 'unused' });
    const env = {
      ...testDb.env,
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
      WEBHOOK_TIMEOUT_SECONDS: '2',
      WEBHOOK_RETRY_BASE_MS: '100',
    };
    const first = await startServer(env);
    servers.push(first);
    await first.ready;
    const created = await execute(first.url, CreateEndpoint, { key, variables: { url: `${target.url}/killed` } });
    const { secret } = having(dataOf(created).createWebhookEndpoint, 'secret');

    db = await openDatabase(testDb.config);
    const organization = await db.prisma.organization.findFirstOrThrow({ where: { slug: 'acme' } });
    // No API call records an event on this branch yet: write one into the log as a change would (unannounced: the
    // sweep finds it).
    await new EventStorage(db.prisma).appendNow([syncEvent(organization.id, null, 'sync.finished', { killed: true })]);
    await until(() => expect(target.received).toHaveLength(1), 30_000);
    first.signal('SIGKILL');
    await first.stop('SIGKILL');

    const second = await startServer({ ...env, PORT: String(first.port) });
    servers.push(second);
    await second.ready;
    // The dead process's lease runs out (2 × timeout + 1 s), then the message is claimed and delivered.
    await until(() => expect(target.delivered()).toHaveLength(1), 30_000);
    const eventId = target.received[0]!.json.data.eventId;
    expect(target.delivered()[0]!.json.data.eventId).toBe(eventId);
    expect(verify(secret, target.delivered()[0]!)).toMatchObject({ data: { killed: true } });
    // And no more: wait a few sweeps.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(target.received).toHaveLength(2);
    const message = await db.prisma.webhookMessage.findFirstOrThrow({ where: { eventId } });
    expect(message).toMatchObject({ status: 'DELIVERED', attempts: 1 });
    await second.stop();
    servers = [];
  });

  it('shares deliveries between two processes: every event once, in order per connection', { timeout: 90_000 }, async () => {
    const shared = await receiver();
    const env = { ...testDb.env, ENCRYPTION_KEY: TEST_ENCRYPTION_KEY, WEBHOOK_ALLOW_PRIVATE_URLS: 'true' };
    servers = [await startServer(env), await startServer(env)];
    await Promise.all(servers.map((server) => server.ready));
    const organization = await db.prisma.organization.findFirstOrThrow({ where: { slug: 'acme' } });
    const endpoint = await db.prisma.webhookEndpoint.create({
      data: {
        organizationId: organization.id,
        url: `${shared.url}/shared`,
        eventTypes: [],
        secretSealed: createSecretBox(Buffer.from(TEST_ENCRYPTION_KEY, 'hex')).seal(`whsec_${Buffer.alloc(32, 3).toString('base64')}`),
        cursor:
          (await db.prisma.event.aggregate({ where: { organizationId: organization.id }, _max: { position: true } }))._max.position ?? 0n,
      },
    });
    const connections = Array.from({ length: 5 }, (_, index) => `connection-${String(index)}`);
    const events = new EventStorage(db.prisma);
    const total = 200;
    for (let start = 0; start < total; start += 20) {
      await events.appendNow(
        Array.from({ length: 20 }, (_, offset) =>
          syncEvent(organization.id, connections[(start + offset) % 5]!, 'sync.finished', { n: start + offset }),
        ),
      );
    }
    await until(() => expect(shared.delivered()).toHaveLength(total), 60_000);
    expect(new Set(shared.received.map((request) => request.json.data.eventId)).size).toBe(total);
    for (const connectionId of connections) {
      const numbers = shared.received
        .filter((request) => request.json.data.connectionId === connectionId)
        .map((request) => request.json.data.n as number);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
    // One attempt each: neither process sent a message the other held.
    const attempts = await db.prisma.webhookMessage.count({ where: { endpointId: endpoint.id, status: 'DELIVERED', attempts: 1 } });
    expect(attempts).toBe(total);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(shared.received).toHaveLength(total);
    await Promise.all(servers.map((server) => server.stop()));
    servers = [];
  });
});
