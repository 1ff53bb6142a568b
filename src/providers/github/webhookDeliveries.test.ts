// GitHub's webhook deliveries: routed by headers and by fields of the payload that have the type GitHub sends
// (anything else, NUL and lone surrogates included, names nothing), signed with HMAC-SHA256 of the exact body.
import { sign } from '@octokit/webhooks-methods';
import { describe, expect, it } from 'vitest';
import type { InboundWebhook } from '../types.js';
import { gitHubWebhookParser } from './webhookDeliveries.js';

const SECRET = 'hook-secret';

function headers(event: string, extra: Record<string, string> = {}): Headers {
  return new Headers({
    'x-github-event': event,
    'x-github-delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958',
    'x-github-hook-id': '292',
    'x-github-hook-installation-target-id': '1296269',
    ...extra,
  });
}

function push(fields: Record<string, unknown> = {}): string {
  return JSON.stringify({ ref: 'refs/heads/main', repository: { id: 1296269, default_branch: 'main' }, ...fields });
}

function parsed(event: string, body: string, extra: Record<string, string> = {}): InboundWebhook {
  const delivery = gitHubWebhookParser.parse(headers(event, extra), body);
  if (!delivery) throw new Error('Expected a delivery.');
  return delivery;
}

describe('parsing a delivery', () => {
  it('reads a push: its delivery, event, repository and hook', () => {
    expect(parsed('push', push())).toEqual({
      deliveryId: '72d3162e-cc78-11e3-81ab-4c9367dc0958',
      event: 'push',
      resourceId: '1296269',
      webhookId: '292',
      verify: expect.any(Function) as unknown,
      changes: expect.any(Function) as unknown,
      isPing: false,
    });
  });

  it('is no delivery without its event or delivery header', () => {
    for (const missing of ['x-github-event', 'x-github-delivery']) {
      const without = headers('push');
      without.delete(missing);
      expect(gitHubWebhookParser.parse(without, push())).toBeNull();
    }
    expect(gitHubWebhookParser.parse(headers('push', { 'x-github-event': '' }), push())).toBeNull();
  });

  it('is no delivery unless the body is a JSON object', () => {
    for (const body of ['', 'null', '[]', '"push"', '42', 'true', '{"ref":', '{"ref":"refs/heads/main"} trailing']) {
      expect(gitHubWebhookParser.parse(headers('push'), body)).toBeNull();
    }
  });

  it('takes the repository id only as a number; otherwise the hook’s target names it', () => {
    for (const id of ['1296269\u0000', '1296269', 1.5, Number.MAX_SAFE_INTEGER + 2, null, { id: 1 }]) {
      expect(parsed('push', push({ repository: { id, default_branch: 'main' } })).resourceId).toBe('1296269');
      expect(parsed('push', push({ repository: { id } }), { 'x-github-hook-installation-target-id': '77' }).resourceId).toBe('77');
    }
    expect(parsed('push', push({ repository: { id: 42 } })).resourceId).toBe('42');
    expect(parsed('push', push({ repository: 'acme/docs' })).resourceId).toBe('1296269');
    expect(parsed('push', push({ repository: null })).resourceId).toBe('1296269');
  });

  it('names no repository and no hook when neither the payload nor the headers do', () => {
    const bare = new Headers({ 'x-github-event': 'push', 'x-github-delivery': 'd-1' });
    expect(gitHubWebhookParser.parse(bare, '{}')).toEqual(expect.objectContaining({ resourceId: null, webhookId: null }));
  });
});

describe('what a delivery asks for', () => {
  it('is a sync for a push to the tracked branch, the default one when the selection names none', () => {
    const delivery = parsed('push', push());
    expect(delivery.changes(null)).toBe(true);
    expect(delivery.changes('main')).toBe(true);
    expect(delivery.changes('develop')).toBe(false);

    const toDevelop = parsed('push', push({ ref: 'refs/heads/develop' }));
    expect(toDevelop.changes('develop')).toBe(true);
    expect(toDevelop.changes(null)).toBe(false);
  });

  it('is nothing for a tag, or for a ref that is not a string', () => {
    expect(parsed('push', push({ ref: 'refs/tags/main' })).changes('main')).toBe(false);
    for (const ref of [null, 42, ['refs/heads/main'], { name: 'refs/heads/main' }]) {
      expect(parsed('push', push({ ref })).changes('main')).toBe(false);
    }
    expect(parsed('push', push({ ref: undefined })).changes(null)).toBe(false);
  });

  it('is nothing for a ref or default branch carrying NUL or a lone surrogate', () => {
    expect(parsed('push', push({ ref: 'refs/heads/main\u0000' })).changes('main\u0000')).toBe(false);
    expect(parsed('push', push({ ref: 'refs/heads/ma\ud800in' })).changes('ma\ud800in')).toBe(false);
    const badDefault = push({ ref: 'refs/heads/\ud800', repository: { id: 1, default_branch: '\ud800' } });
    expect(parsed('push', badDefault).changes(null)).toBe(false);
  });

  it('is nothing when the default branch is unknown and the selection names none', () => {
    expect(parsed('push', push({ ref: 'refs/heads/', repository: { id: 1 } })).changes(null)).toBe(false);
  });

  it('is a ping for a ping, and nothing for events it does not handle', () => {
    const ping = parsed('ping', JSON.stringify({ zen: 'Design for failure.', hook_id: 292 }));
    expect(ping.isPing).toBe(true);
    expect(ping.changes(null)).toBe(false);
    for (const event of ['issues', 'pull_request', 'create', 'PUSH']) {
      const other = parsed(event, push());
      expect([other.isPing, other.changes(null), other.changes('main')]).toEqual([false, false, false]);
    }
  });
});

describe('the signature', () => {
  const body = push();

  it('verifies with the secret the hook signs with, over the exact body', async () => {
    const signature = await sign(SECRET, body);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    const delivery = parsed('push', body, { 'x-hub-signature-256': signature });
    expect(await delivery.verify(SECRET)).toBe(true);
    expect(await delivery.verify('another-secret')).toBe(false);
    // The same signature over a body that differs by one space.
    expect(await parsed('push', `${body} `, { 'x-hub-signature-256': signature }).verify(SECRET)).toBe(false);
  });

  it('fails without a signature, with the SHA-1 one alone, or with one that is malformed', async () => {
    expect(await parsed('push', body).verify(SECRET)).toBe(false);
    expect(await parsed('push', body, { 'x-hub-signature': 'sha1=0123456789abcdef0123456789abcdef01234567' }).verify(SECRET)).toBe(false);
    for (const malformed of ['sha256=', 'sha256=zz', 'md5=abc', 'garbage', (await sign(SECRET, body)).slice(0, -2)]) {
      expect(await parsed('push', body, { 'x-hub-signature-256': malformed }).verify(SECRET)).toBe(false);
    }
  });

  it('verifies a ping too: a ping proves the secret works', async () => {
    const pingBody = JSON.stringify({ zen: 'Keep it logically awesome.' });
    const delivery = parsed('ping', pingBody, { 'x-hub-signature-256': await sign(SECRET, pingBody) });
    expect(await delivery.verify(SECRET)).toBe(true);
  });
});
