// The Gmail adapter's listing and sync against the Google fake over HTTP: labels as resources, a label's messages
// listed in full (every page) and then from the mailbox's history, rendered as Markdown, and every upstream doubt
// (a failed page, a rate limit) thrown rather than answered with fewer messages.
import { randomUUID } from 'node:crypto';
import { startGoogleFake, type GoogleFake } from '@connections-gateway/google-fake';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RateLimitedError, UpstreamError } from '../../errors.js';
import type { DocumentSource, FileText, ProviderAdapter, ProviderCredentials, SnapshotTarget, SourceSnapshot } from '../types.js';
import { gmail } from './index.js';

let google: GoogleFake;
let adapter: ProviderAdapter;
let source: DocumentSource;

beforeAll(async () => {
  google = await startGoogleFake();
  adapter = gmail.createAdapter({
    oauthApp: null,
    variables: { GOOGLE_API_URL: google.apiUrl },
    upstream: { retries: 1, retryBaseMs: 10 },
  });
  source = got(adapter.documents);
});
afterEach(() => google.resetBehaviour());
afterAll(() => google.close());

/** A mailbox of its own (the tests share one fake), and credentials for it. */
function newMailbox(labels: string[] = []): { email: string; credentials: ProviderCredentials } {
  const email = `user-${randomUUID().slice(0, 8)}@example.com`;
  google.addMailbox(email, { labels });
  return { email, credentials: { accessToken: google.issueToken(email).accessToken } };
}

/** The value, failing the test when it is missing. */
function got<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) return expect.fail('expected a value');
  return value;
}

/** The text a fetch found, failing the test on any other outcome. */
function textOf(outcome: FileText | undefined): string {
  if (outcome?.kind !== 'text') return expect.fail(JSON.stringify(outcome));
  return outcome.text;
}

function labelTarget(id: string, cursor: string | null = null): SnapshotTarget {
  return { id, fullName: id, ref: null, cursor };
}

/** The message ids a snapshot lists. */
function idsOf(snapshot: SourceSnapshot): string[] {
  return snapshot.files.map((file) => got(file.id)).sort();
}

function storedOf(snapshot: SourceSnapshot) {
  return snapshot.files.map(({ path, sha }) => ({ path, sha }));
}

describe('labels', () => {
  it('lists system and user labels, nested ones by their full name, in one batch', async () => {
    const { credentials } = newMailbox(['Receipts', 'Projects/Alpha']);
    const batch = await got(adapter.resources).listBatch(credentials, null);
    expect(batch.nextCursor).toBeNull();
    expect(batch.totalCount).toBe(batch.resources.length);
    const byName = new Map(batch.resources.map((resource) => [resource.name, resource]));
    expect(byName.get('INBOX')).toMatchObject({
      id: 'INBOX',
      kind: 'label',
      fullName: 'INBOX',
      description: 'Gmail system label',
      private: true,
      defaultRef: null,
      parentId: null,
    });
    expect(byName.get('Projects/Alpha')).toMatchObject({ kind: 'label', fullName: 'Projects/Alpha', description: 'Gmail user label' });
    expect(byName.get('Receipts')?.id).toMatch(/^Label_/);
    expect(byName.get('INBOX')?.updatedAt).toBeInstanceOf(Date);
  });
});

describe('snapshots', () => {
  it('lists every message of the label over all pages, after the profile’s history id', async () => {
    const { email, credentials } = newMailbox(['Bulk']);
    const bulk = Array.from({ length: 1_201 }, (_, index) =>
      google.addMessage(email, { from: 'a@example.com', subject: `#${index}`, labels: ['Bulk'] }),
    );
    google.addMessage(email, { from: 'b@example.com', subject: 'elsewhere', labels: ['INBOX'] });
    const bulkId = google.addLabel(email, 'Bulk').id;
    google.resetCounters();

    const snapshot = await source.snapshot(credentials, labelTarget(bulkId), []);
    expect(idsOf(snapshot)).toEqual(bulk.map((message) => message.id).sort());
    expect(snapshot.cursor).toBe(google.historyId(email));
    expect(snapshot.version).toBe(snapshot.cursor);
    // 500 per page: three pages, the profile read first so nothing arriving meanwhile is missed.
    expect(google.requests.map((request) => request.kind)).toEqual([
      'gmail.getProfile',
      'gmail.messages.list',
      'gmail.messages.list',
      'gmail.messages.list',
    ]);
    const file = got(snapshot.files[0]);
    expect(file).toEqual({
      path: `messages/${got(file.id)}`,
      sha: file.id,
      id: file.id,
      mimeType: 'message/rfc822',
      size: 0,
      binary: false,
    });
  });

  it('follows the history: new messages in the label, removed from it, deleted; other labels change nothing', async () => {
    const { email, credentials } = newMailbox(['Work']);
    const work = google.addLabel(email, 'Work').id;
    const kept = google.addMessage(email, { from: 'a@example.com', labels: ['Work'] });
    const unlabelled = google.addMessage(email, { from: 'a@example.com', labels: ['Work', 'INBOX'] });
    const deleted = google.addMessage(email, { from: 'a@example.com', labels: ['Work'] });
    const first = await source.snapshot(credentials, labelTarget(work), []);
    expect(idsOf(first)).toHaveLength(3);

    const added = google.addMessage(email, { from: 'a@example.com', labels: ['Work'] });
    google.labelMessage(email, unlabelled.id, { remove: ['Work'] });
    google.deleteMessage(email, deleted.id);
    google.addMessage(email, { from: 'a@example.com', labels: ['INBOX'] });
    google.labelMessage(email, kept.id, { add: ['STARRED'] });
    google.resetCounters();

    const next = await source.snapshot(credentials, labelTarget(work, first.cursor), storedOf(first));
    expect(idsOf(next)).toEqual([kept.id, added.id].sort());
    expect(next.cursor).toBe(google.historyId(email));
    expect(google.count('gmail.messages.list')).toBe(0);
    expect(google.count('gmail.history.list')).toBe(1);

    // Nothing since: the same listing, the same position.
    const again = await source.snapshot(credentials, labelTarget(work, next.cursor), storedOf(next));
    expect(idsOf(again)).toEqual(idsOf(next));
    expect(again.cursor).toBe(next.cursor);
  });

  it('follows Gmail for Spam and Trash: a trashed message leaves the label’s listing, and comes back when restored', async () => {
    const { email, credentials } = newMailbox(['Work']);
    const work = google.addLabel(email, 'Work').id;
    const message = google.addMessage(email, { from: 'a@example.com', labels: ['Work'] });
    const first = await source.snapshot(credentials, labelTarget(work), []);
    google.labelMessage(email, message.id, { add: ['TRASH'] });
    const trashed = await source.snapshot(credentials, labelTarget(work, first.cursor), storedOf(first));
    expect(idsOf(trashed)).toEqual([]);
    // As messages.list answers for the label.
    expect(idsOf(await source.snapshot(credentials, labelTarget(work), []))).toEqual([]);
    google.labelMessage(email, message.id, { remove: ['TRASH'] });
    const restored = await source.snapshot(credentials, labelTarget(work, trashed.cursor), storedOf(trashed));
    expect(idsOf(restored)).toEqual([message.id]);
  });

  it('lists in full when Gmail no longer keeps the history since the cursor', async () => {
    const { email, credentials } = newMailbox(['Work']);
    const work = google.addLabel(email, 'Work').id;
    const old = google.addMessage(email, { from: 'a@example.com', labels: ['Work'] });
    const first = await source.snapshot(credentials, labelTarget(work), []);
    const added = google.addMessage(email, { from: 'a@example.com', labels: ['Work'] });
    google.expireHistory(email);
    google.resetCounters();
    const next = await source.snapshot(credentials, labelTarget(work, first.cursor), storedOf(first));
    expect(idsOf(next)).toEqual([old.id, added.id].sort());
    expect(next.cursor).toBe(google.historyId(email));
    expect(google.requests.map((request) => request.kind)).toEqual(['gmail.history.list', 'gmail.getProfile', 'gmail.messages.list']);
  });

  it('throws when a page of the listing or of the history fails, rather than list fewer messages', async () => {
    const { email, credentials } = newMailbox(['Bulk']);
    const bulk = google.addLabel(email, 'Bulk').id;
    for (let index = 0; index < 600; index += 1) google.addMessage(email, { from: 'a@example.com', labels: ['Bulk'] });
    const first = await source.snapshot(credentials, labelTarget(bulk), []);

    // The second page fails, also when retried.
    google.failNext((request) => request.kind === 'gmail.messages.list' && request.url.includes('pageToken'), 500, 2);
    await expect(source.snapshot(credentials, labelTarget(bulk), [])).rejects.toBeInstanceOf(UpstreamError);

    google.addMessage(email, { from: 'a@example.com', labels: ['Bulk'] });
    google.failNext('gmail.history.list', 500, 2);
    await expect(source.snapshot(credentials, labelTarget(bulk, first.cursor), storedOf(first))).rejects.toBeInstanceOf(UpstreamError);
  });

  it('throws a RateLimitedError when Gmail limits the rate', async () => {
    const { email, credentials } = newMailbox(['Work']);
    const work = google.addLabel(email, 'Work').id;
    const message = google.addMessage(email, { from: 'a@example.com', labels: ['Work'] });
    google.rateLimit('gmail.messages.list', { style: '429', retryAfterSeconds: 7 });
    await expect(source.snapshot(credentials, labelTarget(work), [])).rejects.toMatchObject({
      name: 'RateLimitedError',
      retryAfterSeconds: 7,
    });
    google.clearRateLimit();
    google.rateLimit('gmail.messages.get', { style: '403-rateLimitExceeded', reason: 'userRateLimitExceeded' });
    const [file] = (await source.snapshot(credentials, labelTarget(work), [])).files;
    expect(file?.id).toBe(message.id);
    await expect(source.fetchText(credentials, { fullName: 'Work' }, [got(file)])).rejects.toBeInstanceOf(RateLimitedError);
  });
});

describe('message texts', () => {
  async function render(email: string, credentials: ProviderCredentials, ids: string[]) {
    const files = ids.map((id) => ({ path: `messages/${id}`, sha: id, id, mimeType: 'message/rfc822', size: 0, binary: false }));
    return source.fetchText(credentials, { fullName: 'INBOX' }, files);
  }

  it('renders a plain-text message as Markdown: subject, who and when, the body', async () => {
    const { email, credentials } = newMailbox();
    const message = google.addMessage(email, {
      from: 'Ada Lovelace <ada@example.com>',
      to: ['bob@example.com', 'carol@example.com'],
      subject: 'Quarterly numbers',
      date: '2026-03-01T12:00:00Z',
      text: 'Hello Bob,\n\nthe numbers are in.\n',
    });
    const texts = await render(email, credentials, [message.id]);
    expect(texts.get(message.id)).toEqual({
      kind: 'text',
      text: [
        '# Quarterly numbers',
        '',
        'From: Ada Lovelace <ada@example.com>',
        'To: bob@example.com, carol@example.com',
        'Date: Sun, 01 Mar 2026 12:00:00 +0000',
        '',
        'Hello Bob,',
        '',
        'the numbers are in.',
        '',
      ].join('\n'),
    });
  });

  it('converts an HTML-only body to Markdown, keeps non-ASCII text, and lists attachments without their content', async () => {
    const { email, credentials } = newMailbox();
    const message = google.addMessage(email, {
      from: 'zoë@example.com',
      subject: 'Café ☕ — Überblick',
      html: '<html><head><style>p { color: red }</style></head><body><h2>Agenda</h2><p>Grüße aus <b>Zürich</b> 🚀</p><ul><li>eins</li><li>zwei</li></ul><a href="https://example.com/x">Link</a></body></html>',
      attachments: [
        { filename: 'report.pdf', mimeType: 'application/pdf', content: Buffer.alloc(2_048, 1) },
        { filename: 'notes.txt', mimeType: 'text/plain', content: 'secret attachment text' },
      ],
    });
    const text = textOf((await render(email, credentials, [message.id])).get(message.id));
    expect(text).toContain('# Café ☕ — Überblick\n');
    expect(text).toContain('From: zoë@example.com\n');
    expect(text).toContain('## Agenda\n\nGrüße aus **Zürich** 🚀\n\n-   eins\n-   zwei\n\n[Link](https://example.com/x)');
    expect(text).not.toContain('color: red');
    expect(text).toContain('## Attachments\n\n- report.pdf (application/pdf, 2.0 KB)\n- notes.txt (text/plain, 22 bytes)\n');
    expect(text).not.toContain('secret attachment text');
  });

  it('prefers the plain-text part of a message that has both', async () => {
    const { email, credentials } = newMailbox();
    const message = google.addMessage(email, {
      from: 'a@example.com',
      subject: 'Both',
      text: 'plain version',
      html: '<p>html version</p>',
    });
    const text = textOf((await render(email, credentials, [message.id])).get(message.id));
    expect(text).toContain('plain version');
    expect(text).not.toContain('html version');
  });

  it('answers for every message asked: one deleted since the listing is unavailable, the others read', async () => {
    const { email, credentials } = newMailbox();
    const messages = Array.from({ length: 20 }, (_, index) =>
      google.addMessage(email, { from: 'a@example.com', subject: `m${index}`, text: 'x' }),
    );
    google.deleteMessage(email, got(messages[3]).id);
    google.resetCounters();
    const texts = await render(
      email,
      credentials,
      messages.map((message) => message.id),
    );
    expect(texts.size).toBe(20);
    expect(texts.get(got(messages[3]).id)).toEqual({ kind: 'unavailable', reason: 'The message was deleted after the label was listed.' });
    expect(textOf(texts.get(got(messages[4]).id))).toMatch(/^# m4\n/);
    expect(google.count('gmail.messages.get')).toBe(20);
    expect(google.requests.every((request) => request.kind !== 'gmail.messages.get' || request.url.includes('format=full'))).toBe(true);
  });
});
