// API keys over the API: an organization lists, creates and revokes its own keys, so revoking one needs neither
// the CLI nor the database host. A key's secret is shown once, by createApiKey.
import { ApiKeyNotFoundError, ValidationError } from '../../../errors.js';
import { builder } from '../../../schema/builder.js';
import type { ApiKeySummary } from '../apiKeys.js';

const ApiKeyRef = builder.objectRef<ApiKeySummary>('ApiKey').implement({
  description: "One of the organization's API keys. Its secret is never shown again after createApiKey.",
  fields: (t) => ({
    prefix: t.exposeString('prefix', { description: 'Names the key: the start of the key itself (`cgw_…`).' }),
    label: t.exposeString('label', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'To the minute.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'Null while the key works.' }),
    current: t.boolean({
      description: 'Whether this is the key the request was made with.',
      resolve: (key, _args, context) => key.id === context.apiKeyId,
    }),
  }),
});

builder.queryField('apiKeys', (t) =>
  t.field({
    type: [ApiKeyRef],
    description: "The organization's API keys, oldest first, revoked ones included.",
    resolve: (_root, _args, context) => context.services.apiKeys.listFor(context.organizationId),
  }),
);

const CreateApiKeyPayload = builder.objectRef<{ key: string; apiKey: ApiKeySummary }>('CreateApiKeyPayload').implement({
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The whole key, shown this once: store it now.' }),
    apiKey: t.field({ type: ApiKeyRef, resolve: (created) => created.apiKey }),
  }),
});

builder.mutationField('createApiKey', (t) =>
  t.field({
    type: CreateApiKeyPayload,
    description: 'A new API key for your organization.',
    errors: { types: [ValidationError], union: { name: 'CreateApiKeyResult' } },
    args: { label: t.arg.string({ description: 'What the key is for (at most 100 characters).' }) },
    resolve: async (_root, { label }, context) => {
      const { key, summary } = await context.services.apiKeys.createFor(context.organizationId, label ?? null);
      return { key, apiKey: summary };
    },
  }),
);

const RevokeApiKeyPayload = builder.objectRef<ApiKeySummary>('RevokeApiKeyPayload').implement({
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyRef, resolve: (revoked) => revoked }),
  }),
});

builder.mutationField('revokeApiKey', (t) =>
  t.field({
    type: RevokeApiKeyPayload,
    description:
      'Revokes one of your organization’s keys at once, on every gateway process (the key making this request included). Revoking twice keeps the first time.',
    errors: { types: [ApiKeyNotFoundError], union: { name: 'RevokeApiKeyResult' } },
    args: { prefix: t.arg.string({ required: true, description: 'The key’s prefix (`cgw_…`), as apiKeys lists it.' }) },
    resolve: (_root, { prefix }, context) => context.services.apiKeys.revoke(prefix, context.organizationId),
  }),
);
