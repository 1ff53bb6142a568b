import { googleAdapter } from '../google.js';
import type { ProviderModule } from '../types.js';
import { createDocumentSource } from './documents.js';
import { manifest } from './manifest.js';
import { createPushParser } from './pushNotifications.js';
import { createPushSubscriber } from './pushChannels.js';
import { createResourceLister } from './resources.js';

export const googleDrive: ProviderModule = {
  manifest,
  createAdapter: (settings) =>
    googleAdapter(manifest, settings, (api) => ({
      resources: createResourceLister(api),
      documents: createDocumentSource(api),
      push: { subscriber: createPushSubscriber(api), parser: createPushParser() },
    })),
};
