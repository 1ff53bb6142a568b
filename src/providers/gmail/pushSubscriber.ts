// A Gmail watch: Gmail publishes the mailbox's changes to the configured Pub/Sub topic, whose push subscription
// (set up outside the gateway, pointing at /webhooks/gmail) delivers them. Notifications name the mailbox by its
// address, so that is the subscription's id; a watch lasts 7 days and is renewed by watching again.
import type { gmail_v1 } from '@googleapis/gmail';
import { UpstreamError } from '../../errors.js';
import { GoogleApiError, type GoogleApi } from '../googleApi.js';
import type { PushSubscriber } from '../types.js';

export function createWatchSubscriber(api: GoogleApi, topicName: string): PushSubscriber {
  return {
    // `url` and `token` are not Gmail's to set: the topic's push subscription holds the address, and its signed
    // token (checked by the parser) replaces a shared secret.
    async subscribe(credentials) {
      // No label filter: one watch covers every label the connection syncs.
      const watch = await api.json<gmail_v1.Schema$WatchResponse>(credentials, {
        path: '/gmail/v1/users/me/watch',
        method: 'POST',
        body: { topicName } satisfies gmail_v1.Schema$WatchRequest,
        action: 'watch the Gmail mailbox',
      });
      const profile = await api.json<gmail_v1.Schema$Profile>(credentials, {
        path: '/gmail/v1/users/me/profile',
        action: 'read the Gmail profile',
      });
      const expiresAt = new Date(Number(watch.expiration));
      // Without the address notifications could not be matched, nor renewed in time without the expiry.
      if (!profile.emailAddress || Number.isNaN(expiresAt.getTime())) {
        throw new UpstreamError('Google', 'Gmail answered the watch without the mailbox address or its expiry.');
      }
      return {
        subscriptionId: profile.emailAddress,
        // Stopping needs only the credentials: a mailbox has one watch.
        handle: '',
        expiresAt,
      };
    },

    async unsubscribe(credentials) {
      try {
        // Gmail answers stop with an empty body.
        await api.text(credentials, { path: '/gmail/v1/users/me/stop', method: 'POST', action: 'stop watching the Gmail mailbox' });
      } catch (error) {
        if (!(error instanceof GoogleApiError && error.status === 404)) throw error;
      }
    },
  };
}
