// Webhook endpoints over GraphQL: list, register (the secret is shown once), change, enable or disable, rotate the
// secret, delete.
import { ValidationError, WebhookEndpointNotFoundError } from '../../../errors.js';
import { builder } from '../../../schema/builder.js';
import { EventTypeEnum } from '../../events/graphql/eventType.js';
import type { EndpointSummary } from '../service.js';

export const WebhookEndpointRef = builder.objectRef<EndpointSummary>('WebhookEndpoint').implement({
  description: "A URL of your app that receives the organization's events as signed webhooks (Standard Webhooks).",
  fields: (t) => ({
    id: t.exposeID('id'),
    url: t.exposeString('url'),
    description: t.exposeString('description', { nullable: true }),
    events: t.field({
      type: [EventTypeEnum],
      description: 'The event types it receives; empty: all of them.',
      resolve: (endpoint) => endpoint.eventTypes,
    }),
    enabled: t.exposeBoolean('enabled', { description: 'Disabled endpoints receive nothing; enabling one starts with new events.' }),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true }),
    disabledReason: t.exposeString('disabledReason', { nullable: true }),
    failingSince: t.expose('failingSince', {
      type: 'DateTime',
      nullable: true,
      description: 'Since when every delivery attempt failed; null while the last one succeeded.',
    }),
    previousSecretExpiresAt: t.expose('previousSecretExpiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'After a rotation: until when the previous secret still signs deliveries, beside the new one.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryField('webhookEndpoints', (t) =>
  t.field({
    type: [WebhookEndpointRef],
    description: "The organization's webhook endpoints, oldest first.",
    resolve: (_root, _args, context) => context.services.webhookEndpoints.list(context.organizationId),
  }),
);

const WebhookEndpointSecretPayload = builder
  .objectRef<{ endpoint: EndpointSummary; secret: string }>('WebhookEndpointSecretPayload')
  .implement({
    description: 'An endpoint and its signing secret, shown this once.',
    fields: (t) => ({
      endpoint: t.field({ type: WebhookEndpointRef, resolve: (result) => result.endpoint }),
      secret: t.exposeString('secret', {
        description: 'The signing secret (`whsec_…`), shown this once: verify deliveries with it (e.g. the standardwebhooks package).',
      }),
    }),
  });

builder.mutationField('createWebhookEndpoint', (t) =>
  t.field({
    type: WebhookEndpointSecretPayload,
    description:
      'Registers a URL to receive events from now on. It must be https on a public address (unless the gateway allows private URLs).',
    errors: { types: [ValidationError], union: { name: 'CreateWebhookEndpointResult' } },
    args: {
      url: t.arg.string({ required: true }),
      events: t.arg({ type: [EventTypeEnum], description: 'The event types to receive; omitted or empty: all.' }),
      description: t.arg.string(),
    },
    resolve: (_root, { url, events, description }, context) =>
      context.services.webhookEndpoints.create(context.organizationId, {
        url,
        eventTypes: events ?? null,
        description: description ?? null,
      }),
  }),
);

const WebhookEndpointPayload = builder.objectRef<EndpointSummary>('WebhookEndpointPayload').implement({
  fields: (t) => ({
    endpoint: t.field({ type: WebhookEndpointRef, resolve: (endpoint) => endpoint }),
  }),
});

builder.mutationField('updateWebhookEndpoint', (t) =>
  t.field({
    type: WebhookEndpointPayload,
    description: 'Changes an endpoint; only the arguments given change. `enabled: false` stops its deliveries at once.',
    errors: { types: [ValidationError, WebhookEndpointNotFoundError], union: { name: 'UpdateWebhookEndpointResult' } },
    args: {
      id: t.arg.id({ required: true }),
      url: t.arg.string(),
      events: t.arg({ type: [EventTypeEnum] }),
      description: t.arg.string(),
      enabled: t.arg.boolean(),
    },
    resolve: (_root, { id, url, events, description, enabled }, context) =>
      context.services.webhookEndpoints.update(context.organizationId, id, { url, eventTypes: events, description, enabled }),
  }),
);

builder.mutationField('rotateWebhookEndpointSecret', (t) =>
  t.field({
    type: WebhookEndpointSecretPayload,
    description: 'A new signing secret, shown once. For the overlap period (24 h by default) deliveries carry signatures by both.',
    errors: { types: [WebhookEndpointNotFoundError], union: { name: 'RotateWebhookEndpointSecretResult' } },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => context.services.webhookEndpoints.rotateSecret(context.organizationId, id),
  }),
);

builder.mutationField('deleteWebhookEndpoint', (t) =>
  t.field({
    type: WebhookEndpointPayload,
    description: 'Deletes an endpoint with its pending deliveries and their history.',
    errors: { types: [WebhookEndpointNotFoundError], union: { name: 'DeleteWebhookEndpointResult' } },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => context.services.webhookEndpoints.delete(context.organizationId, id),
  }),
);
