// POST /webhooks/:provider — deliveries from providers. The signature is checked against the secret stored for
// the hook that sent it; a missing or wrong one gets 401 and changes nothing. A redelivery (same delivery id) is
// processed once. A push to a configured resource's branch queues an incremental sync of that resource.
import type { Plugin } from 'graphql-yoga';
import type { Gateway } from '../services/gateway';
import { requestSync } from '../sync/requestSync';

const WEBHOOK_PATH = /^\/webhooks\/([a-z0-9-]+)$/;

const reply = (status: number, body: object) => Response.json(body, { status });

export function useWebhookReceiver(gateway: Gateway): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      const match = WEBHOOK_PATH.exec(url.pathname);
      if (!match) return;
      if (request.method !== 'POST') {
        endResponse(reply(405, { error: 'Webhooks are delivered with POST.' }));
        return;
      }
      return receive(gateway, match[1]!, request).then(endResponse);
    },
  };
}

async function receive(gateway: Gateway, slug: string, request: Request): Promise<Response> {
  const adapter = gateway.providers.bySlug(slug);
  if (!adapter?.webhookParser) return reply(404, { error: `No webhooks are received for ${slug}.` });
  const delivery = adapter.webhookParser.parse(request.headers, await request.text());
  if (!delivery) return reply(400, { error: 'Not a webhook delivery.' });

  const targets = delivery.resourceId && delivery.webhookId
    ? await gateway.prisma.configuredResource.findMany({
        where: { providerResourceId: delivery.resourceId, webhookId: delivery.webhookId, connection: { provider: adapter.id } },
        include: { connection: { select: { id: true, status: true } } },
      })
    : [];
  const secrets = [...new Set(targets.flatMap((target) => (target.webhookSecretEncrypted ? [gateway.secretBox.open(target.webhookSecretEncrypted)] : [])))];
  let verified = false;
  for (const secret of secrets) verified ||= await delivery.verify(secret);
  if (!verified) return reply(401, { error: 'The signature is missing or does not match.' });

  const fresh = await gateway.prisma.webhookDelivery.createMany({ data: [{ id: delivery.deliveryId, provider: adapter.id }], skipDuplicates: true });
  if (fresh.count === 0) return reply(200, { duplicate: true });
  if (delivery.isPing) return reply(200, { ok: true });

  const queued = [];
  if (delivery.pushedBranch !== null) {
    for (const target of targets) {
      const branch = target.defaultBranch ?? delivery.defaultBranch;
      if (target.connection.status !== 'ACTIVE' || delivery.pushedBranch !== branch) continue;
      queued.push(await requestSync(gateway, target.connectionId, 'WEBHOOK', { resourceId: target.providerResourceId }));
    }
  }
  return reply(202, queued.length > 0 ? { queued: queued.map((run) => run.id) } : { ignored: true });
}
