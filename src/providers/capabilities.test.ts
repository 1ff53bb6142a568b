// The one capability gate: what an adapter implements is what it can do, reported as such, and everything else
// is the typed 501 naming the operation.
import { describe, expect, it } from 'vitest';
import { ProviderNotSupportedError } from '../errors.js';
import { adapterOf } from './adapter.js';
import { capabilitiesOf, capabilityNames, requireCapability } from './capabilities.js';
import type { ProviderManifest } from './manifest.js';
import type { DocumentSource, ResourceLister } from './types.js';

const manifest: ProviderManifest = { id: 'ACME', slug: 'acme', name: 'Acme', resourceKinds: [] };
const lister: ResourceLister = { batchSize: 100, listBatch: () => Promise.resolve({ resources: [], totalCount: 0, nextCursor: null }) };
const documents: DocumentSource = {
  snapshot: () => Promise.resolve({ version: 'v1', files: [] }),
  fetchText: () => Promise.resolve(new Map()),
};

describe('capabilities', () => {
  it('are all false for an adapter that implements nothing, each refused with its operation', () => {
    const bare = adapterOf(manifest);
    expect(capabilitiesOf(bare)).toEqual({ connect: false, listResources: false, configureResources: false, sync: false, webhooks: false });
    const operations = capabilityNames.map((capability) => {
      try {
        requireCapability(bare, capability);
      } catch (error) {
        return error instanceof ProviderNotSupportedError ? [error.operation, error.httpStatus, error.message] : error;
      }
      return null;
    });
    expect(operations).toEqual([
      ['createConnection', 501, 'Acme connections cannot be created through OAuth yet.'],
      ['listResources', 501, 'Acme connections do not support listing resources.'],
      ['configureResources', 501, 'Acme connections do not support configuring resources.'],
      ['syncDocuments', 501, 'Acme connections cannot be synced yet.'],
      ['receiveWebhooks', 501, 'Acme sends no webhooks to this gateway.'],
    ]);
  });

  it('follow what is implemented: listing also allows configuring, which needs a listing to choose from', () => {
    const adapter = adapterOf(manifest, { resources: lister, documents });
    expect(capabilitiesOf(adapter)).toEqual({ connect: false, listResources: true, configureResources: true, sync: true, webhooks: false });
    expect(requireCapability(adapter, 'listResources')).toBe(lister);
    expect(requireCapability(adapter, 'configureResources')).toBe(lister);
    expect(requireCapability(adapter, 'sync')).toBe(documents);
    expect(() => requireCapability(adapter, 'webhooks')).toThrow(ProviderNotSupportedError);
  });
});
