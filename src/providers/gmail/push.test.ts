// Gmail's push side against the Google fake: a mailbox watch on the configured topic (and its end), and Pub/Sub
// pushes verified by Google's signed token — the fake's own pushes pass; forged, misaddressed or expired ones do not.
import { randomUUID } from 'node:crypto';
import { startGoogleFake, type GoogleFake } from '@connections-gateway/google-fake';
import { SignJWT, decodeJwt, decodeProtectedHeader, generateKeyPair } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ProviderAdapter, ProviderCredentials, PushParser } from '../types.js';
import { gmail } from './index.js';

const TOPIC = 'projects/gateway-test/topics/gmail';
const AUDIENCE = 'https://gateway.test/webhooks/gmail';
const SERVICE_ACCOUNT = 'gmail-push@gateway-test.iam.gserviceaccount.com';
/** Nothing listens here: a push's request is still recorded by the fake, which is all these tests read. */
const NOWHERE = 'http://127.0.0.1:9/webhooks/gmail';

let google: GoogleFake;

beforeAll(async () => {
  google = await startGoogleFake();
});
afterEach(() => {
  vi.useRealTimers();
  google.resetBehaviour();
});
afterAll(() => google.close());

function adapterWith(variables: Record<string, string>): ProviderAdapter {
  return gmail.createAdapter({
    oauthApp: null,
    variables: { GOOGLE_API_URL: google.apiUrl, ...variables },
    upstream: { retries: 1, retryBaseMs: 10 },
  });
}

/** The value, failing the test when it is missing. */
function got<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) return expect.fail('expected a value');
  return value;
}

/** The push side of an adapter with every Pub/Sub variable set. */
const pushing = () =>
  got(adapterWith({ GMAIL_PUBSUB_TOPIC: TOPIC, GMAIL_PUBSUB_AUDIENCE: AUDIENCE, GMAIL_PUBSUB_SERVICE_ACCOUNT: SERVICE_ACCOUNT }).push);

/** Whether `parser` takes the request for a push and verifies it. */
function verified(parser: PushParser, headers: Headers, body: string): Promise<boolean> {
  return got(parser.parse(headers, body)).verify('Gmail pushes carry no subscription token');
}

function newMailbox(): { email: string; credentials: ProviderCredentials } {
  const email = `user-${randomUUID().slice(0, 8)}@example.com`;
  google.addMailbox(email);
  return { email, credentials: { accessToken: google.issueToken(email).accessToken } };
}

/** A push the fake sends for a new message in a watched mailbox, as the gateway's route would receive it. */
async function pushFromGoogle(options: { audience?: string; serviceAccountEmail?: string } = {}) {
  const { email, credentials } = newMailbox();
  google.setPubSubPush(TOPIC, NOWHERE, { audience: AUDIENCE, serviceAccountEmail: SERVICE_ACCOUNT, ...options });
  await pushing().subscriber.subscribe(credentials, { url: NOWHERE, token: 'unused' });
  google.addMessage(email, { from: 'a@example.com', subject: 'ping' });
  const [delivery] = await google.deliverPendingNotifications();
  return { email, headers: new Headers(got(delivery).headers), body: got(delivery).body };
}

describe('push configuration', () => {
  it('pushes only with a topic and an audience; without them syncs poll', () => {
    expect(adapterWith({}).push).toBeUndefined();
    expect(adapterWith({ GMAIL_PUBSUB_TOPIC: TOPIC }).push).toBeUndefined();
    expect(adapterWith({ GMAIL_PUBSUB_AUDIENCE: AUDIENCE }).push).toBeUndefined();
    expect(adapterWith({ GMAIL_PUBSUB_TOPIC: TOPIC, GMAIL_PUBSUB_AUDIENCE: AUDIENCE }).push).toBeDefined();
  });
});

describe('the watch', () => {
  it('watches the whole mailbox on the topic, named by its address, until Gmail’s expiry; stopping ends it', async () => {
    const { email, credentials } = newMailbox();
    const { subscriber } = pushing();
    const before = Date.now();
    const subscription = await subscriber.subscribe(credentials, { url: AUDIENCE, token: 'unused' });
    const watch = google.watchOf(email);
    expect(watch).toMatchObject({ topicName: TOPIC, labelIds: [] });
    expect(subscription).toEqual({ subscriptionId: email, handle: '', expiresAt: new Date(got(watch).expiration) });
    expect(subscription.expiresAt.getTime()).toBeGreaterThan(before + 6 * 24 * 3_600_000);

    await subscriber.unsubscribe(credentials, subscription);
    expect(google.watchOf(email)).toBeNull();
    expect(google.count('gmail.stop')).toBeGreaterThan(0);
    // A watch already gone counts as stopped.
    google.failNext('gmail.stop', 404);
    await expect(subscriber.unsubscribe(credentials, subscription)).resolves.toBeUndefined();
  });

  it('reports Gmail’s failures to watch', async () => {
    const { credentials } = newMailbox();
    google.failNext('gmail.watch', 400);
    await expect(pushing().subscriber.subscribe(credentials, { url: AUDIENCE, token: 'unused' })).rejects.toMatchObject({
      name: 'GoogleApiError',
      status: 400,
    });
  });
});

describe('Pub/Sub pushes', () => {
  it('parses a push from Google and verifies its token against Google’s keys', async () => {
    const { email, headers, body } = await pushFromGoogle();
    const parser = pushing().parser;
    const push = got(parser.parse(headers, body));
    expect(push).toMatchObject({
      subscriptionId: email,
      isPing: false,
      deliveryId: (JSON.parse(body) as { message: { messageId: string } }).message.messageId,
    });
    expect(await push.verify('any token: Gmail has none')).toBe(true);
    // The key set is fetched once per adapter and kept.
    const certs = google.count('oauth.certs');
    expect(await verified(parser, headers, body)).toBe(true);
    expect(google.count('oauth.certs')).toBe(certs);
  });

  it('refuses a token for another audience or another service account, and one without any', async () => {
    const other = await pushFromGoogle({ audience: 'https://elsewhere.example.com/push' });
    expect(await verified(pushing().parser, other.headers, other.body)).toBe(false);
    const stranger = await pushFromGoogle({ serviceAccountEmail: 'someone@evil.iam.gserviceaccount.com' });
    expect(await verified(pushing().parser, stranger.headers, stranger.body)).toBe(false);
    // Without GMAIL_PUBSUB_SERVICE_ACCOUNT, any verified account of the audience passes.
    const anyAccount = got(adapterWith({ GMAIL_PUBSUB_TOPIC: TOPIC, GMAIL_PUBSUB_AUDIENCE: AUDIENCE }).push).parser;
    expect(await verified(anyAccount, stranger.headers, stranger.body)).toBe(true);
    const bare = new Headers(stranger.headers);
    bare.delete('authorization');
    expect(await verified(anyAccount, bare, stranger.body)).toBe(false);
  });

  it('refuses a forged token (another key) and an expired one', async () => {
    const { headers, body } = await pushFromGoogle();
    const { privateKey } = await generateKeyPair('RS256');
    // Google's claims and key id, signed with another key.
    const token = got(headers.get('authorization')).slice('Bearer '.length);
    const forged = await new SignJWT(decodeJwt(token))
      .setProtectedHeader({ alg: 'RS256', kid: got(decodeProtectedHeader(token).kid) })
      .sign(privateKey);
    const parser = pushing().parser;
    expect(await verified(parser, new Headers({ authorization: `Bearer ${forged}` }), body)).toBe(false);
    expect(await verified(parser, new Headers({ authorization: 'Bearer not-a-jwt' }), body)).toBe(false);

    expect(await verified(parser, headers, body)).toBe(true);
    // The same genuine token, two hours on: past its hour.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 2 * 3_600_000);
    expect(await verified(parser, headers, body)).toBe(false);
  });

  it('is null for what is not a Pub/Sub push of Gmail’s', () => {
    const parser = pushing().parser;
    const headers = new Headers();
    const data = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
    expect(parser.parse(headers, 'not json')).toBeNull();
    expect(parser.parse(headers, '{}')).toBeNull();
    expect(parser.parse(headers, JSON.stringify({ message: { data: 'bm90IGpzb24=', messageId: '1' } }))).toBeNull();
    expect(parser.parse(headers, JSON.stringify({ message: { data: data({ historyId: 1 }), messageId: '1' } }))).toBeNull();
    expect(parser.parse(headers, JSON.stringify({ message: { data: data({ emailAddress: 'a@example.com', historyId: 1 }) } }))).toBeNull();
    expect(
      parser.parse(headers, JSON.stringify({ message: { data: data({ emailAddress: 'a@example.com', historyId: '9' }), messageId: '7' } })),
    ).toMatchObject({ deliveryId: '7', subscriptionId: 'a@example.com', isPing: false });
  });
});
