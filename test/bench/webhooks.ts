// Webhook delivery throughput for `npm run bench`: 2,000 events over 20 connections recorded in the log, then
// fanned out and delivered by one process's DeliveryWorker to a receiver on 127.0.0.1, in order per connection.
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { createLogger } from '../../src/logger';
import { composeGateway } from '../../src/composition';
import type { NewEvent } from '../../src/modules/events/eventTypes';
import { createApiKey } from '../support/apiKeys';
import { createTestDatabase, type DatabaseKind } from '../support/databases';
import { recordingSyncQueue, TEST_ENCRYPTION_KEY } from '../support/gateway';
import { startWebhookReceiver } from '../support/webhookReceiver';

export const WEBHOOK_EVENTS = 2_000;
export const WEBHOOK_CONNECTIONS = 20;
/** The bench gives up after this long rather than hang. */
const DEADLINE_MS = 120_000;

export async function benchWebhooks(kind: DatabaseKind): Promise<string> {
  const testDb = await createTestDatabase(kind);
  const db = await openDatabase(testDb.config);
  const receiver = await startWebhookReceiver();
  try {
    await migrate(db);
    const config = loadConfig({
      ...testDb.env,
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      NODE_ENV: 'production',
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    });
    const { services, webhookDelivery } = await composeGateway({
      db,
      config,
      logger: createLogger('warn'),
      syncQueue: recordingSyncQueue(),
    });
    const { organizationId } = await createApiKey(db.prisma, { organization: 'bench' });
    await services.webhookEndpoints.create(organizationId, { url: `${receiver.url}/bench` });
    const connections = await Promise.all(
      Array.from(
        { length: WEBHOOK_CONNECTIONS },
        async () => (await db.prisma.connection.create({ data: { organizationId, provider: 'GITHUB', status: 'ACTIVE' } })).id,
      ),
    );
    const events: NewEvent[] = Array.from({ length: WEBHOOK_EVENTS }, (_, index) => ({
      organizationId,
      connectionId: connections[index % WEBHOOK_CONNECTIONS]!,
      type: 'sync.finished',
      payload: { n: index },
    }));
    for (let start = 0; start < events.length; start += 500) await services.events.record(events.slice(start, start + 500));

    const started = performance.now();
    webhookDelivery.start();
    const deadline = started + DEADLINE_MS;
    while (receiver.delivered().length < WEBHOOK_EVENTS && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const seconds = (performance.now() - started) / 1000;
    await webhookDelivery.stop();
    const delivered = receiver.delivered();
    if (delivered.length !== WEBHOOK_EVENTS) throw new Error(`webhook benchmark delivered ${delivered.length} of ${WEBHOOK_EVENTS} events`);
    // In order per connection: each connection's `n` only grows.
    const last = new Map<unknown, number>();
    for (const request of delivered) {
      const n = request.json.data.n as number;
      if ((last.get(request.json.data.connectionId) ?? -1) > n) throw new Error('webhook benchmark delivered out of order');
      last.set(request.json.data.connectionId, n);
    }
    return `  webhooks  ${(WEBHOOK_EVENTS / seconds).toFixed(0).padStart(6)} events/s   ${seconds.toFixed(2)} s for ${WEBHOOK_EVENTS} events over ${WEBHOOK_CONNECTIONS} connections, signed, in order per connection`;
  } finally {
    await receiver.close();
    await db.close();
    await testDb.drop();
  }
}
