// Providers: the Provider enum, what each supports (decided by the capability gate, src/providers/capabilities.ts,
// so what the schema says and what the API does cannot differ), and Query.providers.
import { capabilitiesOf, capabilityNames, changeDeliveryOf, type Capability } from '../providers/capabilities.js';
import type { ResourceKind } from '../providers/manifest.js';
import { providerManifests } from '../providers/registry.js';
import type { ProviderAdapter } from '../providers/types.js';
import { builder } from './builder.js';

// The values are the manifests' ids: a new provider's folder adds its value here.
export const ProviderEnum = builder.enumType('Provider', {
  description: 'A third-party service users connect to.',
  values: Object.fromEntries(providerManifests.map((manifest) => [manifest.id, { value: manifest.id, description: manifest.name }])),
});

const ResourceKindRef = builder.objectRef<ResourceKind>('ResourceKind').implement({
  description: 'A kind of resource a provider lists, with the labels to show it by.',
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'Stable id, e.g. `repository` (Resource.kind).' }),
    label: t.exposeString('label', { description: 'e.g. `Repository`.' }),
    pluralLabel: t.exposeString('pluralLabel', { description: 'e.g. `Repositories`.' }),
    contains: t.boolean({
      description: 'Whether resources of this kind hold others (a folder): Connection.resources(parentId:) browses them.',
      resolve: (kind) => kind.contains === true,
    }),
  }),
});

const ChangeDeliveryEnum = builder.enumType('ChangeDelivery', {
  values: {
    WEBHOOKS: { description: 'Each configured resource has a webhook at the provider (GitHub).' },
    PUSH: { description: "One push subscription per connection covers its selection (Drive's channels, Gmail's Pub/Sub watch)." },
    POLLING: { description: 'No notifications: the scheduled sync reads what changed (Gmail without a Pub/Sub topic).' },
  } as const,
});

const capabilityDescriptions: Record<Capability, string> = {
  connect: 'createConnection connects an account through OAuth.',
  listResources: 'Connection.resources lists what it can reach.',
  configureResources: 'configureConnection selects which resources to sync.',
  sync: 'syncConnection (and configureConnection) sync documents.',
  webhooks: 'Changes arrive by themselves (webhooks or push notifications, see changeDelivery) rather than by the scheduled poll.',
};

export const ProviderCapabilitiesRef = builder.objectRef<ProviderAdapter>('ProviderCapabilities').implement({
  description: 'What the gateway can do with connections to a provider; an operation it cannot do answers 501.',
  fields: (t) => ({
    ...Object.fromEntries(
      capabilityNames.map((capability) => [
        capability,
        t.boolean({ description: capabilityDescriptions[capability], resolve: (provider) => capabilitiesOf(provider)[capability] }),
      ]),
    ),
    changeDelivery: t.field({
      type: ChangeDeliveryEnum,
      description: 'How synced connections learn of changes upstream.',
      resolve: (provider) => changeDeliveryOf(provider),
    }),
    resourceKinds: t.field({
      type: [ResourceKindRef],
      description: 'The kinds of resource Connection.resources lists (none when it lists none).',
      resolve: (provider) => provider.manifest.resourceKinds,
    }),
  }),
});

export const ProviderInfoRef = builder.objectRef<ProviderAdapter>('ProviderInfo').implement({
  fields: (t) => ({
    id: t.field({ type: ProviderEnum, resolve: (provider) => provider.id }),
    name: t.exposeString('name', { description: 'Display name.' }),
    oauthConfigured: t.boolean({
      description: 'Whether the gateway has this provider’s OAuth app (its client id and secret): createConnection needs it.',
      resolve: (provider) => provider.oauth?.app != null,
    }),
    capabilities: t.field({ type: ProviderCapabilitiesRef, resolve: (provider) => provider }),
  }),
});

builder.queryField('providers', (t) =>
  t.field({
    type: [ProviderInfoRef],
    description: 'Every provider the gateway knows, with what it supports.',
    resolve: (_root, _args, context) => context.services.providers.all,
  }),
);
