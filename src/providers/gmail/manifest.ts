// Gmail: connects through the Google OAuth app it shares with Google Drive; labels are its resources, their
// messages its documents, and a Pub/Sub topic (when configured) carries its change notifications.
import { googleOAuth, googleVariables } from '../googleOAuth.js';
import type { ProviderManifest } from '../manifest.js';

export const manifest = {
  id: 'GMAIL',
  slug: 'gmail',
  name: 'Gmail',
  oauth: googleOAuth(['https://www.googleapis.com/auth/gmail.readonly']),
  variables: {
    ...googleVariables,
    // Gmail notifies only through Pub/Sub: without a topic and the audience its push subscription signs for,
    // the scheduled sync polls the mailbox's history instead.
    GMAIL_PUBSUB_TOPIC: { kind: 'text', description: 'The Pub/Sub topic Gmail publishes mailbox changes to (projects/…/topics/…)' },
    GMAIL_PUBSUB_AUDIENCE: { kind: 'text', description: "The audience of the push subscription's token (as set on the subscription)" },
    GMAIL_PUBSUB_SERVICE_ACCOUNT: {
      kind: 'text',
      description: "The service account email the push subscription's token must name (optional: any verified Google account)",
    },
  },
  resourceKinds: [{ kind: 'label', label: 'Label', pluralLabel: 'Labels' }],
  documentType: 'text',
} as const satisfies ProviderManifest;
