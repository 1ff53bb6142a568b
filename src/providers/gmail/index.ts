// Gmail: labels as resources (labels.ts), their messages as Markdown documents (documents.ts), and, with a
// Pub/Sub topic configured, a mailbox watch whose pushes say when to sync (pushSubscriber.ts, pubSubPush.ts).
import { googleAdapter } from '../google.js';
import type { GoogleApi } from '../googleApi.js';
import type { ProviderAdapter, ProviderModule, ProviderSettings } from '../types.js';
import { createMessageSource } from './documents.js';
import { createLabelLister } from './labels.js';
import { manifest } from './manifest.js';
import { createPubSubPushParser } from './pubSubPush.js';
import { createWatchSubscriber } from './pushSubscriber.js';

/** Pushes need the topic to watch and the audience their tokens are checked for; without both, syncs poll. */
function pushOf(api: GoogleApi, variables: ProviderSettings['variables']): ProviderAdapter['push'] {
  const topic = variables.GMAIL_PUBSUB_TOPIC;
  const audience = variables.GMAIL_PUBSUB_AUDIENCE;
  if (!topic || !audience) return undefined;
  const apiUrl = variables.GOOGLE_API_URL ?? manifest.variables.GOOGLE_API_URL.default;
  return {
    subscriber: createWatchSubscriber(api, topic),
    parser: createPubSubPushParser({
      certsUrl: `${apiUrl}/oauth2/v3/certs`,
      audience,
      serviceAccountEmail: variables.GMAIL_PUBSUB_SERVICE_ACCOUNT ?? null,
    }),
  };
}

export const gmail: ProviderModule = {
  manifest,
  createAdapter: (settings) =>
    googleAdapter(manifest, settings, (api) => {
      const push = pushOf(api, settings.variables);
      return { resources: createLabelLister(api), documents: createMessageSource(api), ...(push ? { push } : {}) };
    }),
};
