// What was sent to an endpoint: its messages (newest first) with every attempt, and redelivery of an event.
import { WebhookEndpointNotFoundError, WebhookEventNotFoundError } from '../../../errors.js';
import { WebhookMessageStatus } from '../../../generated/prisma/enums.js';
import { builder } from '../../../schema/builder.js';
import { pageById } from '../../../schema/paging.js';
import { EventTypeEnum } from '../../events/graphql/eventType.js';
import { isEventType } from '../../events/eventTypes.js';
import type { WebhookAttempt, WebhookMessage, WebhookMessageWithAttempts } from '../storage.js';

const WebhookDeliveryStatusEnum = builder.enumType(WebhookMessageStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING: not delivered yet (retrying); DELIVERED: a 2xx answer came; FAILED: given up, or the endpoint was disabled.',
});

const WebhookAttemptRef = builder.objectRef<WebhookAttempt>('WebhookDeliveryAttempt').implement({
  description: 'One HTTP request of a delivery.',
  fields: (t) => ({
    attemptedAt: t.expose('attemptedAt', { type: 'DateTime' }),
    statusCode: t.exposeInt('statusCode', { nullable: true, description: 'Null when no response came.' }),
    latencyMs: t.exposeInt('latencyMs'),
    responseExcerpt: t.exposeString('responseExcerpt', { nullable: true, description: 'The first 1 KB of the response body.' }),
    error: t.exposeString('error', { nullable: true, description: 'Why no response came: a network error, a refused address, a timeout.' }),
  }),
});

const WebhookDeliveryRef = builder.objectRef<WebhookMessage & { attemptLog?: WebhookAttempt[] }>('WebhookDelivery').implement({
  description: 'One event sent (or being sent) to one endpoint.',
  fields: (t) => ({
    id: t.exposeID('id'),
    eventId: t.exposeID('eventId', { description: 'Also the webhook-id header: the same on every attempt and redelivery.' }),
    eventType: t.field({
      type: EventTypeEnum,
      nullable: true,
      resolve: (message) => (isEventType(message.eventType) ? message.eventType : null),
    }),
    status: t.field({ type: WebhookDeliveryStatusEnum, resolve: (message) => message.status }),
    attemptCount: t.exposeInt('attempts', { description: 'How many requests were made.' }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (message) => (message.status === 'PENDING' ? message.nextAttemptAt : null),
      description: 'While PENDING: when the next request is due.',
    }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    attempts: t.field({ type: [WebhookAttemptRef], description: 'Oldest first.', resolve: (message) => message.attemptLog ?? [] }),
  }),
});

builder.queryField('webhookDeliveries', (t) =>
  t.connection(
    {
      type: WebhookDeliveryRef,
      description: "An endpoint's deliveries, newest first, with their attempts.",
      errors: { types: [WebhookEndpointNotFoundError], union: { name: 'WebhookDeliveriesResult' } },
      args: { endpointId: t.arg.id({ required: true }) },
      resolve: async (_root, args, context) => {
        const service = context.services.webhookEndpoints;
        const endpointId = args.endpointId;
        await service.get(context.organizationId, endpointId);
        return pageById<WebhookMessageWithAttempts>(
          args,
          { defaultSize: 20, maxSize: 100 },
          (page) => service.deliveries(context.organizationId, endpointId, page),
          () => service.deliveryCount(endpointId),
        );
      },
    },
    { name: 'WebhookDeliveryConnection' },
    { name: 'WebhookDeliveryEdge' },
  ),
);

builder.mutationField('redeliverWebhookEvent', (t) =>
  t.field({
    type: builder.objectRef<WebhookMessage>('RedeliverWebhookEventPayload').implement({
      fields: (p) => ({ delivery: p.field({ type: WebhookDeliveryRef, resolve: (message) => message }) }),
    }),
    description:
      'Sends an event of the log to this endpoint (again): a new delivery with the event’s body and webhook-id. Any event the log keeps, also one the endpoint was never sent.',
    errors: { types: [WebhookEndpointNotFoundError, WebhookEventNotFoundError], union: { name: 'RedeliverWebhookEventResult' } },
    args: { endpointId: t.arg.id({ required: true }), eventId: t.arg.id({ required: true }) },
    resolve: (_root, { endpointId, eventId }, context) =>
      context.services.webhookEndpoints.redeliver(context.organizationId, endpointId, eventId),
  }),
);
