import { Provider } from '../generated/prisma/enums.js';
import type { ProviderAdapter, ProviderCapabilities } from '../providers/types.js';
import { builder } from './builder.js';

export const ProviderEnum = builder.enumType(Provider, {
  name: 'Provider',
  description: 'A third-party service users connect to.',
});

export const ProviderCapabilitiesRef = builder.objectRef<ProviderCapabilities>('ProviderCapabilities').implement({
  description: 'What the gateway can do with connections to a provider.',
  fields: (t) => ({
    listResources: t.exposeBoolean('listResources', { description: 'Connection.resources lists what it can reach.' }),
    configureResources: t.exposeBoolean('configureResources', {
      description: 'configureConnection selects which resources to sync.',
    }),
    webhooks: t.exposeBoolean('webhooks', { description: 'Changes arrive by webhook.' }),
  }),
});

export const ProviderInfoRef = builder.objectRef<ProviderAdapter>('ProviderInfo').implement({
  fields: (t) => ({
    id: t.field({ type: ProviderEnum, resolve: (provider) => provider.id }),
    name: t.exposeString('name', { description: 'Display name.' }),
    capabilities: t.field({ type: ProviderCapabilitiesRef, resolve: (provider) => provider.capabilities }),
  }),
});

builder.queryField('providers', (t) =>
  t.field({
    type: [ProviderInfoRef],
    description: 'Every provider the gateway knows, with what it supports.',
    resolve: (_root, _args, context) => context.gateway.providers.all,
  }),
);
