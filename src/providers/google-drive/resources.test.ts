// The Drive listing against the Google fake over HTTP: My Drive and a shared drive in one batch, each item with
// its path from the top and its parent, in a stable order, for a few requests whatever the size.
import { googleMimeTypes, type GoogleFake } from '@connections-gateway/google-fake';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderAdapter, ProviderCredentials, ResourceLister } from '../types.js';
import { startDriveTestbed } from './driveTestbed.testing.js';

const USER = 'lister@example.com';
let google: GoogleFake;
let lister: ResourceLister;
let credentials: ProviderCredentials;

beforeAll(async () => {
  let adapter: ProviderAdapter;
  ({ google, adapter, credentials } = await startDriveTestbed(USER));
  assert(adapter.resources);
  lister = adapter.resources;
});

afterAll(() => google.close());

describe('listing Drive resources', () => {
  it('lists My Drive and shared drives at once, with paths from the top and parents', async () => {
    const projects = google.addFolder(USER, { name: 'Projects' });
    const roadmap = google.addFile(USER, { name: 'Roadmap', parent: projects.id, mimeType: googleMimeTypes.document, text: '# Roadmap' });
    const notes = google.addFile(USER, { name: 'notes.txt', text: 'hello' });
    const trashed = google.addFile(USER, { name: 'old.txt', parent: projects.id, text: 'old' });
    google.trashFile(trashed.id);
    const team = google.addSharedDrive('Team', [USER]);
    const specs = google.addFolder(USER, { name: 'Specs', parent: team.id });
    const api = google.addFile(USER, { name: 'API', parent: specs.id, mimeType: googleMimeTypes.spreadsheet, text: 'a,b' });
    // Someone else's drive the user is not a member of.
    google.addDriveUser('other@example.com');
    google.addSharedDrive('Private', ['other@example.com']);
    google.resetCounters();

    const batch = await lister.listBatch(credentials, null);

    expect(batch.nextCursor).toBeNull();
    expect(batch.totalCount).toBe(6);
    expect(batch.resources.map((resource) => [resource.kind, resource.fullName, resource.parentId])).toEqual([
      ['drive', 'Team', 'root'],
      ['folder', 'Projects', 'root'],
      ['folder', 'Team/Specs', team.id],
      // By path in code point order: capitals first.
      // Names as people read them: case aside.
      ['file', 'notes.txt', 'root'],
      ['file', 'Projects/Roadmap', projects.id],
      ['file', 'Team/Specs/API', specs.id],
    ]);
    const byId = new Map(batch.resources.map((resource) => [resource.id, resource]));
    expect(byId.get(roadmap.id)).toMatchObject({
      name: 'Roadmap',
      mimeType: googleMimeTypes.document,
      url: expect.stringContaining(roadmap.id) as string,
      description: null,
      defaultRef: null,
      private: true,
    });
    expect(byId.get(notes.id)).toMatchObject({ size: 5, mimeType: 'text/plain' });
    expect(byId.get(api.id)?.private).toBe(false);
    expect(byId.get(team.id)).toMatchObject({ name: 'Team', mimeType: null, private: false });
    // One page of drives, one of files.
    expect(google.count('drive.files.list')).toBe(1);
    expect(google.count('drive.drives.list')).toBe(1);
    const list = google.requests.find((request) => request.kind === 'drive.files.list');
    assert(list);
    const params = new URL(list.url, google.baseUrl).searchParams;
    expect(Object.fromEntries(params)).toMatchObject({
      corpora: 'allDrives',
      includeItemsFromAllDrives: 'true',
      supportsAllDrives: 'true',
      q: 'trashed = false',
      pageSize: '1000',
    });
  });

  it('reads every page of a large Drive', async () => {
    const bulk = google.addFolder(USER, { name: 'Bulk' });
    for (let index = 0; index < 1001; index++)
      google.addFile(USER, { name: `file-${String(index).padStart(4, '0')}.txt`, parent: bulk.id });
    google.resetCounters();

    const batch = await lister.listBatch(credentials, null);

    expect(batch.resources.filter((resource) => resource.parentId === bulk.id)).toHaveLength(1001);
    expect(batch.totalCount).toBe(batch.resources.length);
    expect(google.count('drive.files.list')).toBe(2);
  });

  it('fails whole when a page fails, rather than list part of the Drive', async () => {
    google.failNext('drive.files.list', 500, 2);
    await expect(lister.listBatch(credentials, null)).rejects.toMatchObject({ name: 'GoogleApiError', status: 500 });
  });
});
