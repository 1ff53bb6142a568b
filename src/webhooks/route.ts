// POST /webhooks/:provider — deliveries from providers. The signature is checked against the secret stored for
// the hook that sent it; a missing or wrong one gets 401 and changes nothing. A redelivery (same delivery id) is
// processed once. A push to a configured resource's branch queues an incremental sync of that resource.
import type { Plugin } from 'graphql-yoga';
import { json } from '../rest/responses';
import type { Gateway } from '../services/gateway';
import { requestSync } from '../sync/requestSync';

const WEBHOOK_PATH = /^\/webhooks\/([a-z0-9-]+)$/;


export function useWebhookReceiver(gateway: Gateway): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      const match = WEBHOOK_PATH.exec(url.pathname);
      if (!match) return;
      if (request.method !== 'POST') {
        endResponse(json({ error: 'Webhooks are delivered with POST.' }, 405));
        return;
      }
      return receive(gateway, match[1]!, request).then(endResponse);
    },
  };
}

async function receive(gateway: Gateway, slug: string, request: Request): Promise<Response> {
  const adapter = gateway.providers.bySlug(slug);
  if (!adapter?.webhookParser) return json({ error: `No webhooks are received for ${slug}.` }, 404);
  const delivery = adapter.webhookParser.parse(request.headers, await request.text());
  if (!delivery) return json({ error: 'Not a webhook delivery.' }, 400);

  const targets = delivery.resourceId && delivery.webhookId
    ? await gateway.prisma.configuredResource.findMany({
        where: { providerResourceId: delivery.resourceId, webhookId: delivery.webhookId, connection: { provider: adapter.id } },
        include: { connection: { select: { id: true, status: true } } },
      })
    : [];
  const secrets = [...new Set(targets.flatMap((target) => (target.webhookSecretEncrypted ? [gateway.secretBox.open(target.webhookSecretEncrypted)] : [])))];
  let verified = false;
  for (const secret of secrets) verified ||= await delivery.verify(secret);
  if (!verified) return json({ error: 'The signature is missing or does not match.' }, 401);

  const fresh = await gateway.prisma.webhookDelivery.createMany({ data: [{ id: delivery.deliveryId, provider: adapter.id }], skipDuplicates: true });
  if (fresh.count === 0) return json({ duplicate: true }, 200);
  if (delivery.isPing) return json({ ok: true }, 200);

  const queued = [];
  if (delivery.pushedBranch !== null) {
    for (const target of targets) {
      const branch = target.defaultBranch ?? delivery.defaultBranch;
      if (target.connection.status !== 'ACTIVE' || delivery.pushedBranch !== branch) continue;
      queued.push(await requestSync(gateway, target.connectionId, 'WEBHOOK', { resourceId: target.providerResourceId }));
    }
  }
  return json(queued.length > 0 ? { queued: queued.map((run) => run.id) } : { ignored: true }, 202);
}
