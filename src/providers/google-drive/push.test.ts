// Drive push channels against the Google fake: subscribing opens a changes.watch channel for a week at most that
// carries the gateway's token, unsubscribing stops it (twice is fine); notifications parse from their headers and
// verify against the token in constant time.
import type { GoogleFake } from '@connections-gateway/google-fake';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderAdapter, ProviderCredentials } from '../types.js';
import { startDriveTestbed } from './driveTestbed.testing.js';
import { MAX_CHANNEL_LIFETIME_MS } from './pushChannels.js';

const USER = 'pusher@example.com';
const URL_ = 'https://gateway.example.com/webhooks/google-drive';
let google: GoogleFake;
let push: NonNullable<ProviderAdapter['push']>;
let credentials: ProviderCredentials;

beforeAll(async () => {
  let adapter: ProviderAdapter;
  ({ google, adapter, credentials } = await startDriveTestbed(USER));
  assert(adapter.push);
  push = adapter.push;
});

afterAll(() => google.close());

describe('Drive push channels', () => {
  it('subscribes to the changes feed with the token, and stops the channel (a stopped one counts as stopped)', async () => {
    const before = Date.now();
    const subscription = await push.subscriber.subscribe(credentials, { url: URL_, token: 'channel-secret' });

    const [channel] = google.channels(USER);
    assert(channel);
    expect(channel).toMatchObject({ id: subscription.subscriptionId, address: URL_, token: 'channel-secret', stopped: false });
    expect(subscription.expiresAt.getTime()).toBe(channel.expiration);
    expect(subscription.expiresAt.getTime()).toBeGreaterThan(before + MAX_CHANNEL_LIFETIME_MS - 60_000);
    expect(JSON.parse(subscription.handle)).toEqual({ id: channel.id, resourceId: channel.resourceId });
    const watch = google.requests.find((request) => request.kind === 'drive.changes.watch');
    assert(watch);
    expect(new URL(watch.url, google.baseUrl).searchParams.get('includeItemsFromAllDrives')).toBe('true');
    expect(watch.body).toMatchObject({ type: 'web_hook', address: URL_, token: 'channel-secret' });

    await push.subscriber.unsubscribe(credentials, subscription);
    expect(google.channels(USER)[0]?.stopped).toBe(true);
    await expect(push.subscriber.unsubscribe(credentials, subscription)).resolves.toBeUndefined();
  });

  it('parses notifications from their headers and verifies the token', async () => {
    const headers = (extra: Record<string, string>) =>
      new Headers({ 'x-goog-channel-id': 'chan-1', 'x-goog-resource-state': 'change', 'x-goog-message-number': '7', ...extra });

    const notification = push.parser.parse(headers({ 'x-goog-channel-token': 'channel-secret' }), '');
    assert(notification);
    expect(notification).toMatchObject({ deliveryId: 'chan-1:7', subscriptionId: 'chan-1', isPing: false });
    expect(await notification.verify('channel-secret')).toBe(true);
    expect(await notification.verify('channel-secreT')).toBe(false);
    expect(await notification.verify('other length')).toBe(false);

    const unsigned = push.parser.parse(headers({}), '');
    assert(unsigned);
    expect(await unsigned.verify('channel-secret')).toBe(false);
    expect(push.parser.parse(headers({ 'x-goog-resource-state': 'sync', 'x-goog-message-number': '1' }), '')?.isPing).toBe(true);
    expect(push.parser.parse(new Headers({ 'x-github-event': 'push' }), '{}')).toBeNull();
  });

  it('parses what the fake sends when a channel opens', async () => {
    const received: Headers[] = [];
    const { createServer } = await import('node:http');
    const server = createServer((request, response) => {
      received.push(new Headers(request.headers as Record<string, string>));
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const subscription = await push.subscriber.subscribe(credentials, { url: `http://127.0.0.1:${String(port)}/hook`, token: 'tok' });
      await google.deliverPendingNotifications();
      const [first] = received;
      assert(first);
      const handshake = push.parser.parse(first, '');
      assert(handshake);
      expect(handshake).toMatchObject({ subscriptionId: subscription.subscriptionId, isPing: true });
      expect(await handshake.verify('tok')).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
