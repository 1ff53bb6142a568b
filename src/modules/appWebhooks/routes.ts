// Webhook endpoints over REST, under /v3/webhooks/endpoints: the same operations as GraphQL, event types spelled
// as in webhook bodies ('sync.finished'). Failures are thrown and answered by the error boundary in the REST shape.
import type { onRequestAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../http/principal.js';
import { apiRoutes } from '../../http/apiRoutes.js';
import { parseInput, stringList, text, wholeNumber } from '../../http/restInput.js';
import type { EndpointSummary, WebhookEndpointService } from './service.js';
import type { WebhookMessage, WebhookMessageWithAttempts } from './storage.js';

const endpointParams = z.object({ id: text('id') });

const createBody = z.object(
  {
    url: z.string({ error: 'url must be a string.' }),
    events: stringList('events').optional(),
    description: z.string({ error: 'description must be a string.' }).nullable().optional(),
  },
  { error: 'The request body must be a JSON object.' },
);

const updateBody = z.object(
  {
    url: z.string({ error: 'url must be a string.' }).optional(),
    events: stringList('events').optional(),
    description: z.string({ error: 'description must be a string.' }).nullable().optional(),
    enabled: z.boolean({ error: 'enabled must be true or false.' }).optional(),
  },
  { error: 'The request body must be a JSON object.' },
);

const redeliverBody = z.object(
  { eventId: z.string({ error: 'eventId must be a string.' }) },
  { error: 'The request body must be a JSON object.' },
);

const deliveriesQuery = z.object({
  limit: wholeNumber('limit', 20).pipe(
    z.number().min(1, 'limit must be a whole number from 1 to 100.').max(100, 'limit must be a whole number from 1 to 100.'),
  ),
  cursor: text('cursor').optional(),
});

function endpointItem(endpoint: EndpointSummary) {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.eventTypes,
    enabled: endpoint.enabled,
    disabledAt: endpoint.disabledAt?.toISOString() ?? null,
    disabledReason: endpoint.disabledReason,
    failingSince: endpoint.failingSince?.toISOString() ?? null,
    previousSecretExpiresAt: endpoint.previousSecretExpiresAt?.toISOString() ?? null,
    createdAt: endpoint.createdAt.toISOString(),
    updatedAt: endpoint.updatedAt.toISOString(),
  };
}

function deliveryItem(message: WebhookMessage & { attemptLog?: WebhookMessageWithAttempts['attemptLog'] }) {
  return {
    id: message.id,
    eventId: message.eventId,
    eventType: message.eventType,
    status: message.status,
    attempts: message.attempts,
    nextAttemptAt: message.status === 'PENDING' ? message.nextAttemptAt.toISOString() : null,
    deliveredAt: message.deliveredAt?.toISOString() ?? null,
    createdAt: message.createdAt.toISOString(),
    attemptLog: (message.attemptLog ?? []).map((attempt) => ({
      attemptedAt: attempt.attemptedAt.toISOString(),
      statusCode: attempt.statusCode,
      latencyMs: attempt.latencyMs,
      responseExcerpt: attempt.responseExcerpt,
      error: attempt.error,
    })),
  };
}

export function appWebhookRoutes({
  webhookEndpoints,
  requireApiKey,
}: {
  webhookEndpoints: WebhookEndpointService;
  requireApiKey: onRequestAsyncHookHandler;
}) {
  return apiRoutes(requireApiKey, (scope) => {
    scope.get('/v3/webhooks/endpoints', async (request) => ({
      endpoints: (await webhookEndpoints.list(principalOf(request).organizationId)).map(endpointItem),
    }));

    scope.post('/v3/webhooks/endpoints', async (request, reply) => {
      const body = parseInput(createBody, request.body ?? {}, 'body');
      const { endpoint, secret } = await webhookEndpoints.create(principalOf(request).organizationId, {
        url: body.url,
        eventTypes: body.events ?? null,
        description: body.description ?? null,
      });
      return reply.status(201).send({ ...endpointItem(endpoint), secret });
    });

    scope.patch('/v3/webhooks/endpoints/:id', async (request) => {
      const { id } = parseInput(endpointParams, request.params, 'id');
      const body = parseInput(updateBody, request.body ?? {}, 'body');
      return endpointItem(
        await webhookEndpoints.update(principalOf(request).organizationId, id, {
          url: body.url,
          eventTypes: body.events,
          description: body.description,
          enabled: body.enabled,
        }),
      );
    });

    scope.delete('/v3/webhooks/endpoints/:id', async (request) => {
      const { id } = parseInput(endpointParams, request.params, 'id');
      return endpointItem(await webhookEndpoints.delete(principalOf(request).organizationId, id));
    });

    scope.post('/v3/webhooks/endpoints/:id/rotate-secret', async (request) => {
      const { id } = parseInput(endpointParams, request.params, 'id');
      const { endpoint, secret } = await webhookEndpoints.rotateSecret(principalOf(request).organizationId, id);
      return { ...endpointItem(endpoint), secret };
    });

    // Newest first; `cursor` is the last id of the previous page (`nextCursor`).
    scope.get('/v3/webhooks/endpoints/:id/deliveries', async (request) => {
      const { id } = parseInput(endpointParams, request.params, 'id');
      const { limit, cursor } = parseInput(deliveriesQuery, request.query, 'query');
      const messages = await webhookEndpoints.deliveries(principalOf(request).organizationId, id, {
        after: cursor,
        limit: limit + 1,
        inverted: false,
      });
      const page = messages.slice(0, limit);
      return { deliveries: page.map(deliveryItem), nextCursor: messages.length > limit ? (page.at(-1)?.id ?? null) : null };
    });

    scope.post('/v3/webhooks/endpoints/:id/redeliver', async (request, reply) => {
      const { id } = parseInput(endpointParams, request.params, 'id');
      const { eventId } = parseInput(redeliverBody, request.body ?? {}, 'body');
      const message = await webhookEndpoints.redeliver(principalOf(request).organizationId, id, eventId);
      return reply.status(202).send(deliveryItem(message));
    });
  });
}
