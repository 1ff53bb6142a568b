// The one capability gate: what a provider adapter implements is what it can do, and every "not supported" (501)
// is decided here from that alone. The schema shows the same answers (ProviderCapabilities), so a client knows
// in advance which operations will work.
import { ProviderNotSupportedError, type ProviderOperation } from '../errors.js';
import type { ProviderAdapter } from './types.js';

export const capabilityNames = ['connect', 'listResources', 'configureResources', 'sync', 'webhooks'] as const;

export type Capability = (typeof capabilityNames)[number];

type Implementation<C extends Capability> = C extends 'connect'
  ? NonNullable<ProviderAdapter['oauth']>
  : C extends 'listResources' | 'configureResources'
    ? NonNullable<ProviderAdapter['resources']>
    : C extends 'sync'
      ? NonNullable<ProviderAdapter['documents']>
      : NonNullable<ProviderAdapter['webhooks'] | ProviderAdapter['push']>;

function implementationOf<C extends Capability>(adapter: ProviderAdapter, capability: C): Implementation<C> | undefined {
  switch (capability) {
    case 'connect':
      return adapter.oauth as Implementation<C> | undefined;
    // Choosing what to sync needs the listing to choose from.
    case 'listResources':
    case 'configureResources':
      return adapter.resources as Implementation<C> | undefined;
    case 'sync':
      return adapter.documents as Implementation<C> | undefined;
    // Per-resource webhooks or a connection's push subscription: either way, changes arrive by themselves.
    default:
      return (adapter.webhooks ?? adapter.push) as Implementation<C> | undefined;
  }
}

/** How a connection learns of changes upstream: webhooks per resource, a push subscription, or the schedule's polls. */
export type ChangeDelivery = 'WEBHOOKS' | 'PUSH' | 'POLLING';

export function changeDeliveryOf(adapter: ProviderAdapter): ChangeDelivery {
  if (adapter.webhooks) return 'WEBHOOKS';
  return adapter.push ? 'PUSH' : 'POLLING';
}

/** What the API reports for each capability: the same decision `requireCapability` makes. */
export function capabilitiesOf(adapter: ProviderAdapter): Record<Capability, boolean> {
  return {
    connect: implementationOf(adapter, 'connect') !== undefined,
    listResources: implementationOf(adapter, 'listResources') !== undefined,
    configureResources: implementationOf(adapter, 'configureResources') !== undefined,
    sync: implementationOf(adapter, 'sync') !== undefined,
    webhooks: implementationOf(adapter, 'webhooks') !== undefined,
  };
}

const operations: Record<Capability, ProviderOperation> = {
  connect: 'createConnection',
  listResources: 'listResources',
  configureResources: 'configureResources',
  sync: 'syncDocuments',
  webhooks: 'receiveWebhooks',
};

/** The adapter's implementation of `capability`, or the typed 501 (ProviderNotSupportedError) when it has none. */
export function requireCapability<C extends Capability>(adapter: ProviderAdapter, capability: C): Implementation<C> {
  const implementation = implementationOf(adapter, capability);
  if (implementation === undefined) throw new ProviderNotSupportedError(adapter.name, operations[capability]);
  return implementation;
}
