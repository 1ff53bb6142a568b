// Drive's push channels on the changes feed: one per connection, covering My Drive and shared drives. Drive sends
// a notification to the channel's address on every change; the channel lives at most a week and is renewed before.
import { randomUUID } from 'node:crypto';
import type { drive_v3 } from '@googleapis/drive';
import { GoogleApiError, type GoogleApi } from '../googleApi.js';
import type { PushSubscriber } from '../types.js';
import { ALL_DRIVES_CHANGES, startPageToken } from './driveRequests.js';

/** Drive's longest lifetime for a changes channel; it may answer an earlier expiration. */
export const MAX_CHANNEL_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** What channels.stop needs, kept as the subscription's handle. */
interface ChannelHandle {
  id: string;
  resourceId: string;
}

export function createPushSubscriber(api: GoogleApi): PushSubscriber {
  return {
    async subscribe(credentials, target) {
      const pageToken = await startPageToken(api, credentials, null);
      const body: drive_v3.Schema$Channel = {
        id: randomUUID(),
        type: 'web_hook',
        address: target.url,
        token: target.token,
        expiration: String(Date.now() + MAX_CHANNEL_LIFETIME_MS),
      };
      const channel = await api.json<drive_v3.Schema$Channel>(credentials, {
        path: '/drive/v3/changes/watch',
        method: 'POST',
        query: { ...ALL_DRIVES_CHANGES, pageToken },
        body,
        action: 'watch Drive changes',
      });
      if (!channel.id || !channel.resourceId) {
        throw new GoogleApiError('Google answered the watch request without a channel.', 200, null, null);
      }
      const handle: ChannelHandle = { id: channel.id, resourceId: channel.resourceId };
      return {
        subscriptionId: channel.id,
        handle: JSON.stringify(handle),
        expiresAt: new Date(Number(channel.expiration ?? body.expiration)),
      };
    },

    async unsubscribe(credentials, subscription) {
      const handle = JSON.parse(subscription.handle) as ChannelHandle;
      try {
        await api.text(credentials, {
          path: '/drive/v3/channels/stop',
          method: 'POST',
          body: { id: handle.id, resourceId: handle.resourceId },
          action: 'stop a Drive push channel',
        });
      } catch (error) {
        // Expired or stopped already: ended either way.
        if (error instanceof GoogleApiError && error.status === 404) return;
        throw error;
      }
    },
  };
}
