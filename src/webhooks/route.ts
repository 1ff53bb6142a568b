// POST /webhooks/:provider — deliveries from providers. The signature is checked against the secret stored for
// the hook that sent it; a missing or wrong one gets 401 and changes nothing. A redelivery (same delivery id) is
// processed once. A push to a configured resource's branch queues an incremental sync of that resource.
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../server/httpErrors.js';
import type { Gateway } from '../services/gateway.js';
import { requestSync } from '../sync/requestSync.js';

function headersOf(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  return headers;
}

export function webhookRoutes(gateway: Gateway) {
  // eslint-disable-next-line @typescript-eslint/require-await -- a Fastify plugin: async, so that an error while adding routes rejects app.register() (a plain function's throw would escape Fastify's loader).
  return async (scope: FastifyInstance) => {
    // Signatures are over the exact bytes sent: keep the body as text, whatever its declared type.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

    scope.post<{ Params: { provider: string } }>('/webhooks/:provider', async (request, reply) => {
      const slug = request.params.provider;
      const adapter = gateway.providers.bySlug(slug);
      if (!adapter?.webhookParser) throw new HttpError('NOT_FOUND', `No webhooks are received for ${JSON.stringify(slug)}.`);
      const delivery = adapter.webhookParser.parse(headersOf(request.headers), typeof request.body === 'string' ? request.body : '');
      if (!delivery) throw new HttpError('BAD_REQUEST', 'Not a webhook delivery: its headers or JSON payload are missing or malformed.');

      const targets =
        delivery.resourceId && delivery.webhookId
          ? await gateway.prisma.configuredResource.findMany({
              where: { providerResourceId: delivery.resourceId, webhookId: delivery.webhookId, connection: { provider: adapter.id } },
              include: { connection: { select: { id: true, status: true } } },
            })
          : [];
      const secrets = [
        ...new Set(
          targets.flatMap((target) => (target.webhookSecretEncrypted ? [gateway.secretBox.open(target.webhookSecretEncrypted)] : [])),
        ),
      ];
      let verified = false;
      for (const secret of secrets) verified ||= await delivery.verify(secret);
      if (!verified) throw new HttpError('INVALID_SIGNATURE', 'The signature is missing or does not match.');

      const fresh = await gateway.prisma.webhookDelivery.createMany({
        data: [{ id: delivery.deliveryId, provider: adapter.id }],
        skipDuplicates: true,
      });
      if (fresh.count === 0) return { duplicate: true };
      if (delivery.isPing) return { ok: true };

      const queued = [];
      if (delivery.pushedBranch !== null) {
        for (const target of targets) {
          const branch = target.defaultBranch ?? delivery.defaultBranch;
          if (target.connection.status !== 'ACTIVE' || delivery.pushedBranch !== branch) continue;
          queued.push(await requestSync(gateway, target.connectionId, 'WEBHOOK', { resourceId: target.providerResourceId }));
        }
      }
      reply.code(202);
      return queued.length > 0 ? { queued: queued.map((run) => run.id) } : { ignored: true };
    });
  };
}
