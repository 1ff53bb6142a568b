// Snapshots and contents of selected Drive resources against the Google fake over HTTP, applied the way the sync
// engine applies them (changePlan.ts): the first sync lists the folder tree whole, later ones read the changes feed
// and fall back to a whole listing when a folder changed; a failure anywhere throws instead of listing less.
import { googleMimeTypes, type GoogleFake } from '@connections-gateway/google-fake';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RateLimitedError } from '../../errors.js';
import { filesToFetch, planChanges, type ChangePlan } from '../../modules/sync/changePlan.js';
import {
  ResourceUnavailableError,
  type DocumentSource,
  type ProviderAdapter,
  type ProviderCredentials,
  type SourceSnapshot,
  type StoredFile,
} from '../types.js';
import { startDriveTestbed } from './driveTestbed.testing.js';

const USER = 'syncer@example.com';
let google: GoogleFake;
let source: DocumentSource;
let credentials: ProviderCredentials;

beforeAll(async () => {
  let adapter: ProviderAdapter;
  ({ google, adapter, credentials } = await startDriveTestbed(USER));
  assert(adapter.documents);
  source = adapter.documents;
});

afterAll(() => google.close());

beforeEach(() => {
  google.resetBehaviour();
});

/** A selected resource as the engine keeps it between syncs: its stored documents (path → sha, text) and cursor. */
class Selection {
  documents = new Map<string, { sha: string; text: string }>();
  cursor: string | null = null;

  constructor(readonly id: string) {}

  get stored(): StoredFile[] {
    return [...this.documents].map(([path, { sha }]) => ({ path, sha }));
  }

  texts(): Record<string, string> {
    return Object.fromEntries([...this.documents].map(([path, { text }]): [string, string] => [path, text]));
  }

  /** One sync of the resource: snapshot, fetch what changed, apply the engine's plan. */
  async sync(): Promise<{ snapshot: SourceSnapshot; plan: ChangePlan }> {
    const stored = this.stored;
    const snapshot = await source.snapshot(credentials, { id: this.id, fullName: 'selected', ref: null, cursor: this.cursor }, stored);
    const changed = filesToFetch(snapshot.files, stored);
    const texts = changed.length > 0 ? await source.fetchText(credentials, { fullName: 'selected' }, changed) : new Map();
    const plan = planChanges(snapshot.files, stored, texts);
    for (const path of plan.remove) this.documents.delete(path);
    for (const { file, text } of plan.store) this.documents.set(file.path, { sha: file.sha, text });
    if (plan.unread.length === 0) this.cursor = snapshot.cursor ?? null;
    return { snapshot, plan };
  }
}

function counts(plan: ChangePlan) {
  return { stored: plan.store.map(({ file }) => file.path).sort(), removed: [...plan.remove].sort(), unread: plan.unread };
}

describe('a selected folder', () => {
  let docs: ReturnType<GoogleFake['addFolder']>;
  let sub: ReturnType<GoogleFake['addFolder']>;
  let elsewhere: ReturnType<GoogleFake['addFolder']>;
  const ids = {} as Record<
    | 'guide'
    | 'budget'
    | 'deck'
    | 'readme'
    | 'data'
    | 'photo'
    | 'paper'
    | 'big'
    | 'form'
    | 'notes'
    | 'dup1'
    | 'dup2'
    | 'slash'
    | 'old'
    | 'outside'
    | 'fresh',
    string
  >;
  const selection = () => new Selection(docs.id);
  let synced: Selection;

  beforeAll(() => {
    docs = google.addFolder(USER, { name: 'Docs' });
    sub = google.addFolder(USER, { name: 'Sub', parent: docs.id });
    elsewhere = google.addFolder(USER, { name: 'Elsewhere' });
    const add = (key: keyof typeof ids, spec: Parameters<GoogleFake['addFile']>[1]) => (ids[key] = google.addFile(USER, spec).id);
    add('guide', { name: 'Guide', parent: docs.id, mimeType: googleMimeTypes.document, text: '# Guide\n\nRead me.' });
    add('budget', { name: 'Budget', parent: docs.id, mimeType: googleMimeTypes.spreadsheet, text: 'item,cost\ntea,3' });
    add('deck', { name: 'Deck', parent: docs.id, mimeType: googleMimeTypes.presentation, text: 'Slide one' });
    add('readme', { name: 'readme.txt', parent: docs.id, text: 'plain text' });
    add('data', { name: 'data.json', parent: docs.id, mimeType: 'application/json', text: '{"a":1}' });
    add('photo', { name: 'photo.png', parent: docs.id, mimeType: 'image/png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    add('paper', { name: 'paper.pdf', parent: docs.id, mimeType: 'application/pdf', content: '%PDF-1.4' });
    add('big', { name: 'big.txt', parent: docs.id, text: 'x'.repeat(1024 * 1024 + 1) });
    add('form', { name: 'Survey', parent: docs.id, mimeType: 'application/vnd.google-apps.form' });
    add('notes', { name: 'notes.md', parent: sub.id, mimeType: 'text/markdown', text: '# Notes' });
    add('dup1', { name: 'dup.txt', parent: sub.id, text: 'first' });
    add('dup2', { name: 'dup.txt', parent: sub.id, text: 'second' });
    add('slash', { name: 'a/b.txt', parent: sub.id, text: 'slash' });
    add('old', { name: 'old.txt', parent: docs.id, text: 'old' });
    google.trashFile(ids.old);
    add('outside', { name: 'outside.txt', parent: elsewhere.id, text: 'not selected' });
  });

  it('lists the tree whole the first time: paths, exports by type, skip reasons, stable shas', async () => {
    google.resetCounters();
    synced = selection();
    const { snapshot, plan } = await synced.sync();

    expect(plan.unread).toEqual([]);
    expect(synced.texts()).toEqual({
      Budget: 'item,cost\ntea,3',
      Deck: 'Slide one',
      Guide: '# Guide\n\nRead me.',
      'Sub/a\u2215b.txt': 'slash',
      'Sub/dup.txt': 'first',
      [`Sub/dup (${ids.dup2}).txt`]: 'second',
      'Sub/notes.md': '# Notes',
      'data.json': '{"a":1}',
      'readme.txt': 'plain text',
    });
    expect(Object.fromEntries(snapshot.files.filter((file) => file.skip).map((file) => [file.path, file.skip]))).toEqual({
      'photo.png': 'images are not synced (image/png)',
      'paper.pdf': 'PDFs are not synced (application/pdf)',
      'big.txt': 'files over 1 MiB are not synced',
      Survey: 'Google Forms cannot be exported as text',
    });
    expect(snapshot.files.find((file) => file.path === 'Guide')).toMatchObject({ id: ids.guide, mimeType: googleMimeTypes.document });
    // The feed's position was taken before listing; two levels, one files.list each.
    expect(google.requests[0]?.kind).toBe('drive.changes.getStartPageToken');
    expect(snapshot.cursor).toEqual(expect.any(String));
    expect(google.count('drive.files.list')).toBe(2);
    expect(google.count('drive.files.export')).toBe(3);
    const exports = google.requests.filter((request) => request.kind === 'drive.files.export');
    expect(exports.map((request) => new URL(request.url, google.baseUrl).searchParams.get('mimeType')).sort()).toEqual([
      'text/csv',
      'text/markdown',
      'text/plain',
    ]);

    // Listed again whole, nothing changed: the same paths and shas, nothing to fetch.
    const again = await source.snapshot(credentials, { id: docs.id, fullName: 'Docs', ref: null, cursor: null }, synced.stored);
    expect(again.files.map((file) => [file.path, file.sha])).toEqual(snapshot.files.map((file) => [file.path, file.sha]));
    expect(filesToFetch(again.files, synced.stored)).toEqual([]);
  });

  it('reads only the changes next time: an edit, a new file, a move out and a trash', async () => {
    google.updateFile(ids.guide, { text: '# Guide\n\nRead me again.' });
    ids.fresh = google.addFile(USER, { name: 'fresh.txt', parent: sub.id, text: 'new here' }).id;
    google.moveFile(ids.readme, elsewhere.id);
    google.trashFile(ids.data);
    google.resetCounters();

    const { plan } = await synced.sync();

    expect(counts(plan)).toEqual({ stored: ['Guide', 'Sub/fresh.txt'], removed: ['data.json', 'readme.txt'], unread: [] });
    expect(synced.texts().Guide).toBe('# Guide\n\nRead me again.');
    expect(google.count('drive.files.list')).toBe(0);
    expect(google.count('drive.changes.list')).toBe(1);
  });

  it('ignores changes outside the selected folder', async () => {
    google.updateFile(ids.outside, { text: 'edited elsewhere' });
    google.resetCounters();

    const { snapshot, plan } = await synced.sync();

    expect(counts(plan)).toEqual({ stored: [], removed: [], unread: [] });
    expect(snapshot.files.map((file) => file.path).sort()).toEqual(Object.keys(synced.texts()).sort());
    expect(google.count('drive.files.list')).toBe(0);
  });

  it('lists whole again when a folder inside was renamed', async () => {
    google.updateFile(sub.id, { name: 'Renamed' });
    google.resetCounters();

    const { plan } = await synced.sync();

    expect(google.count('drive.files.list')).toBeGreaterThan(0);
    expect(plan.remove.every((path) => path.startsWith('Sub/'))).toBe(true);
    expect(
      Object.keys(synced.texts())
        .filter((path) => path.includes('/'))
        .sort(),
    ).toEqual(['Renamed/a\u2215b.txt', `Renamed/dup (${ids.dup2}).txt`, 'Renamed/dup.txt', 'Renamed/fresh.txt', 'Renamed/notes.md']);
  });

  it('throws when a listing page fails midway, and lists nothing', async () => {
    let lists = 0;
    // The second files.list (the second level) fails, also when retried.
    google.failNext((request) => request.path === '/drive/v3/files' && ++lists >= 2, 500, 2);
    await expect(
      source.snapshot(credentials, { id: docs.id, fullName: 'Docs', ref: null, cursor: null }, synced.stored),
    ).rejects.toMatchObject({
      name: 'GoogleApiError',
      status: 500,
    });
  });

  it('throws when the changes feed fails', async () => {
    google.updateFile(ids.guide, { text: 'again' });
    google.failNext('drive.changes.list', 500, 2);
    const before = synced.texts();
    await expect(synced.sync()).rejects.toMatchObject({ name: 'GoogleApiError' });
    expect(synced.texts()).toEqual(before);
  });

  it('pauses on rate limits (RateLimitedError), in listings and in fetches', async () => {
    google.rateLimit('drive.files.list', { style: '403-rateLimitExceeded', count: 1 });
    await expect(source.snapshot(credentials, { id: docs.id, fullName: 'Docs', ref: null, cursor: null }, [])).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    google.rateLimit('drive.files.export', { style: '429', retryAfterSeconds: 7, count: 1 });
    const guide = { path: 'Guide', sha: `${ids.guide}:99:${googleMimeTypes.document}`, size: 0, binary: false };
    await expect(source.fetchText(credentials, { fullName: 'Docs' }, [guide])).rejects.toMatchObject({
      name: 'RateLimitedError',
      retryAfterSeconds: 7,
    });
  });
});

describe('fetching contents', () => {
  it('reports exports Drive refuses and files gone since the listing as unavailable', async () => {
    const huge = google.addFile(USER, { name: 'Huge', mimeType: googleMimeTypes.document, text: 'big', exportSize: 11 * 1024 * 1024 });
    const gone = google.addFile(USER, { name: 'gone.txt', text: 'bye' });
    const kept = google.addFile(USER, { name: 'kept.txt', text: 'still here' });
    const files = [huge, gone, kept].map((file) => ({
      path: file.name,
      sha: `${file.id}:${String(file.version)}:${file.mimeType}`,
      size: 0,
      binary: false,
      id: file.id,
      mimeType: file.mimeType,
    }));
    google.deleteFile(gone.id);

    const texts = await source.fetchText(credentials, { fullName: 'My Drive' }, files);
    const [hugeSha, goneSha, keptSha] = files.map((file) => file.sha);

    expect(texts.get(hugeSha ?? '')).toEqual({ kind: 'unavailable', reason: 'Google Drive refuses to export a file this large.' });
    expect(texts.get(goneSha ?? '')).toEqual({
      kind: 'unavailable',
      reason: 'The file was deleted, or is no longer shared with this account, since it was listed.',
    });
    expect(texts.get(keptSha ?? '')).toEqual({ kind: 'text', text: 'still here' });
  });
});

describe('a selected file', () => {
  it('is its own name; trashed, it lists nothing; deleted, it is unavailable', async () => {
    const folder = google.addFolder(USER, { name: 'Letters' });
    const letter = google.addFile(USER, { name: 'Letter', parent: folder.id, mimeType: googleMimeTypes.document, text: 'Dear' });
    const selected = new Selection(letter.id);
    await selected.sync();
    expect(selected.texts()).toEqual({ Letter: 'Dear' });

    google.updateFile(letter.id, { text: 'Dear you' });
    google.addFile(USER, { name: 'sibling.txt', parent: folder.id, text: 'not selected' });
    expect(counts((await selected.sync()).plan)).toEqual({ stored: ['Letter'], removed: [], unread: [] });
    expect(selected.texts()).toEqual({ Letter: 'Dear you' });

    google.trashFile(letter.id);
    const trashed = await selected.sync();
    expect(trashed.snapshot.files).toEqual([]);
    expect(selected.texts()).toEqual({});

    google.untrashFile(letter.id);
    await selected.sync();
    expect(selected.texts()).toEqual({ Letter: 'Dear you' });
    google.deleteFile(letter.id);
    await expect(selected.sync()).rejects.toBeInstanceOf(ResourceUnavailableError);
    expect(selected.texts()).toEqual({ Letter: 'Dear you' });
  });
});

describe('a selected shared drive', () => {
  it('lists the drive’s tree and follows its changes', async () => {
    const team = google.addSharedDrive('Team', [USER]);
    const specs = google.addFolder(USER, { name: 'Specs', parent: team.id });
    google.addFile(USER, { name: 'Plan', parent: team.id, mimeType: googleMimeTypes.document, text: '# Plan' });
    const api = google.addFile(USER, { name: 'api.md', parent: specs.id, mimeType: 'text/markdown', text: 'v1' });
    const selected = new Selection(team.id);
    await selected.sync();
    expect(selected.texts()).toEqual({ Plan: '# Plan', 'Specs/api.md': 'v1' });

    google.updateFile(api.id, { text: 'v2' });
    google.resetCounters();
    expect(counts((await selected.sync()).plan)).toEqual({ stored: ['Specs/api.md'], removed: [], unread: [] });
    expect(google.count('drive.files.list')).toBe(0);
    expect(selected.texts()['Specs/api.md']).toBe('v2');
  });
});
