// POST /webhooks/:provider — deliveries from providers, answered by the receiver (202 when a sync was queued).
import type { FastifyInstance } from 'fastify';
import type { WebhookReceiver } from './receiver.js';

function headersOf(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  return headers;
}

export function webhookRoutes(receiver: WebhookReceiver) {
  // eslint-disable-next-line @typescript-eslint/require-await -- a Fastify plugin: async, so that an error while adding routes rejects app.register() (a plain function's throw would escape Fastify's loader).
  return async (scope: FastifyInstance) => {
    // Signatures are over the exact bytes sent: keep the body as text, whatever its declared type.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => {
      done(null, body);
    });

    scope.post<{ Params: { provider: string } }>('/webhooks/:provider', async (request, reply) => {
      const outcome = await receiver.receive(
        request.params.provider,
        headersOf(request.headers),
        typeof request.body === 'string' ? request.body : '',
      );
      if ('queued' in outcome || 'ignored' in outcome) reply.code(202);
      return outcome;
    });
  };
}
