import type { Provider } from '../generated/prisma/enums';

export type { Provider };

/** What the gateway can do with a provider's connections. */
export interface ProviderCapabilities {
  /** List the resources (e.g. repositories) a connection can reach. */
  listResources: boolean;
  /** Choose which of those resources to sync. */
  configureResources: boolean;
  /** Receive change notifications from the provider. */
  webhooks: boolean;
}

/** A provider adapter. Everything provider-specific lives in its folder under src/providers/. */
export interface ProviderAdapter {
  id: Provider;
  /** Display name, e.g. "Google Drive". */
  name: string;
  capabilities: ProviderCapabilities;
}

export const noCapabilities: ProviderCapabilities = Object.freeze({
  listResources: false,
  configureResources: false,
  webhooks: false,
});
