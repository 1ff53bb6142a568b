// Drive's push notifications: everything is in the X-Goog-* headers (the body is empty). The channel's token,
// set when subscribing, is echoed back and is what proves a notification came from the channel Drive opened.
import { timingSafeEqual } from 'node:crypto';
import type { InboundPush, PushParser } from '../types.js';

export function createPushParser(): PushParser {
  return {
    parse(headers) {
      const channelId = headers.get('x-goog-channel-id');
      const state = headers.get('x-goog-resource-state');
      const messageNumber = headers.get('x-goog-message-number');
      if (!channelId || !state || !messageNumber) return null;
      const sentToken = headers.get('x-goog-channel-token');
      const push: InboundPush = {
        deliveryId: `${channelId}:${messageNumber}`,
        subscriptionId: channelId,
        // Drive's handshake when the channel opens.
        isPing: state === 'sync',
        verify: (token) => Promise.resolve(sentToken !== null && sameSecret(sentToken, token)),
      };
      return push;
    },
  };
}

/** Constant-time comparison, so the time taken says nothing about how much of a guess was right. */
function sameSecret(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
