// Google Drive end to end against the Google fake, with sync workers: browsing what the account holds through
// GraphQL, REST and the supermemory SDK (pages, search, by parent), selecting a folder and two files (the first
// sync runs by itself: Docs as Markdown, Sheets as CSV, Slides as text, text files as they are, images and PDFs
// skipped with their reasons), a manual sync after upstream changes that reads only what changed, and an upstream
// failure that fails the run without deleting anything.
import { googleMimeTypes } from '@connections-gateway/google-fake';
import Supermemory from 'supermemory';
import { expect } from 'vitest';
import { graphql } from './gql';
import { describeEachDatabase } from './support/fixtures';
import { GOOGLE_USER as USER, googleTest } from './support/google';
import { dataOf, having } from './support/graphql';

const DriveResources = graphql(`
  query DriveResources($id: ID!, $page: Int, $perPage: Int, $search: String, $parentId: String) {
    connection(id: $id) {
      ... on Connection {
        resources(page: $page, perPage: $perPage, search: $search, parentId: $parentId) {
          ... on ResourcePage {
            nodes {
              id
              name
              fullName
              kind
              parentId
              mimeType
              url
              size
              configured
            }
            totalCount
            hasNextPage
          }
        }
      }
    }
  }
`);

const DriveSync = graphql(`
  mutation DriveSync($id: ID!) {
    syncConnection(id: $id) {
      ... on SyncConnectionPayload {
        run {
          id
        }
      }
    }
  }
`);

const DriveChanges = graphql(`
  query DriveChanges($connectionId: ID!, $after: String) {
    documentChanges(connectionId: $connectionId, after: $after, first: 100) {
      ... on DocumentChangeFeed {
        endCursor
        changes {
          kind
          path
          resourceId
        }
      }
    }
  }
`);

describeEachDatabase('Google Drive end to end (%s)', googleTest.extend('syncWorkers', { scope: 'file' }, true), (it) => {
  it('browses, selects, syncs in full then by changes, and keeps documents when Google fails', async ({
    gateway,
    google,
    organization,
    connect,
    documents,
    settled,
  }) => {
    const key = organization.key;
    // The account's Drive: a handbook folder with one file of each kind, an archive of 40 files, two files elsewhere.
    const handbook = google.addFolder(USER, { name: 'Handbook' });
    const add = (name: string, spec: { mimeType?: string; text?: string; content?: Buffer; parent?: string } = {}) =>
      google.addFile(USER, { name, parent: handbook.id, ...spec });
    const guide = add('Guide', { mimeType: googleMimeTypes.document, text: '# Guide\n\nWelcome aboard.' });
    add('Budget', { mimeType: googleMimeTypes.spreadsheet, text: 'item,cost\ntea,3' });
    add('Deck', { mimeType: googleMimeTypes.presentation, text: 'Quarterly review' });
    add('welcome.txt', { text: 'Hello there' });
    add('photo.png', { mimeType: 'image/png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    add('manual.pdf', { mimeType: 'application/pdf', content: Buffer.from('%PDF-1.4') });
    const stale = add('stale.txt', { text: 'to be trashed' });
    const leaving = add('leaving.txt', { text: 'to be moved out' });
    const archive = google.addFolder(USER, { name: 'Archive' });
    for (let index = 0; index < 40; index++) {
      google.addFile(USER, { name: `archive-${String(index).padStart(2, '0')}.txt`, parent: archive.id, text: String(index) });
    }
    const personal = google.addFolder(USER, { name: 'Personal' });
    const todo = google.addFile(USER, { name: 'todo.txt', parent: personal.id, text: '- write tests' });
    const standalone = google.addFile(USER, { name: 'Standalone', mimeType: googleMimeTypes.document, text: 'On its own' });
    const total = 1 + 8 + 1 + 40 + 1 + 1 + 1;

    const id = await connect('GOOGLE_DRIVE');
    const resources = async (variables: { page?: number; perPage?: number; search?: string; parentId?: string }) =>
      having(
        having(dataOf(await gateway.graphql(DriveResources, { key, variables: { id, ...variables } })).connection, 'resources').resources,
        'nodes',
      );

    // GraphQL: the first page of 30, a search, then browsing from the top into a folder.
    const first = await resources({ page: 1, perPage: 30 });
    expect([first.nodes.length, first.totalCount, first.hasNextPage]).toEqual([30, total, true]);
    expect(first.nodes.slice(0, 3).map((node) => [node.kind, node.fullName])).toEqual([
      ['folder', 'Archive'],
      ['folder', 'Handbook'],
      ['folder', 'Personal'],
    ]);
    const searched = await resources({ search: 'archive-0' });
    expect(searched.totalCount).toBe(10);
    expect(searched.nodes.every((node) => node.fullName.startsWith('Archive/archive-0') && node.parentId === archive.id)).toBe(true);
    const top = await resources({ parentId: 'root' });
    expect(top.nodes.map((node) => node.name).sort()).toEqual(['Archive', 'Handbook', 'Personal', 'Standalone']);
    const inHandbook = await resources({ parentId: handbook.id });
    expect(inHandbook.totalCount).toBe(8);
    expect(inHandbook.nodes.find((node) => node.id === guide.id)).toMatchObject({
      kind: 'file',
      fullName: 'Handbook/Guide',
      mimeType: googleMimeTypes.document,
      url: expect.stringContaining(guide.id) as string,
      configured: false,
    });
    expect(inHandbook.nodes.find((node) => node.name === 'welcome.txt')?.size).toBe(11);

    // REST and the SDK, answered in-process by the gateway.
    const inProcessFetch = (async (url: string | URL, init?: RequestInit) => gateway.app.fetch(String(url), init)) as typeof fetch;
    const client = new Supermemory({ apiKey: key, baseURL: 'http://gateway.test', maxRetries: 0, fetch: inProcessFetch });
    const personalItems = await client.connections.resources(id, { parent_id: personal.id });
    expect(personalItems.total_count).toBe(1);
    expect(personalItems.resources[0]).toMatchObject({ id: todo.id, full_name: 'Personal/todo.txt', parent_id: personal.id });
    const restSearch = await gateway.app.fetch(`http://gateway.test/v3/connections/${id}/resources?search=standalone&per_page=5`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(restSearch.status).toBe(200);
    const restBody = (await restSearch.json()) as { resources: { id: string }[]; total_count: number };
    expect([restBody.total_count, restBody.resources[0]?.id]).toEqual([1, standalone.id]);

    // Selecting a folder and two files (through the SDK's REST call) starts the first sync by itself.
    const selection = await client.connections.configure(id, {
      resources: [
        { id: handbook.id, name: 'Handbook', mimeType: 'application/vnd.google-apps.folder' },
        { id: standalone.id, name: 'Standalone', mimeType: googleMimeTypes.document },
        { id: todo.id, name: 'Personal/todo.txt', mimeType: 'text/plain' },
      ],
    });
    expect(selection).toMatchObject({ success: true });
    const selected = await resources({ perPage: 100 });
    expect(
      selected.nodes
        .filter((node) => node.configured)
        .map((node) => node.id)
        .sort(),
    ).toEqual([handbook.id, standalone.id, todo.id].sort());

    const documentsByPath = async () =>
      Object.fromEntries((await documents(id)).map((node) => [`${node.resourceName}: ${node.path}`, node.content]));

    const initial = await settled(id);
    expect(initial).toMatchObject({ status: 'SUCCEEDED', documentsAdded: 8, documentsUpdated: 0, documentsDeleted: 0 });
    expect(initial.skippedFiles.map(({ resource, path, reason }) => [resource, path, reason]).sort()).toEqual([
      ['Handbook', 'manual.pdf', 'PDFs are not synced (application/pdf)'],
      ['Handbook', 'photo.png', 'images are not synced (image/png)'],
    ]);
    const synced = {
      'Handbook: Guide': '# Guide\n\nWelcome aboard.',
      'Handbook: Budget': 'item,cost\ntea,3',
      'Handbook: Deck': 'Quarterly review',
      'Handbook: welcome.txt': 'Hello there',
      'Handbook: stale.txt': 'to be trashed',
      'Handbook: leaving.txt': 'to be moved out',
      'Standalone: Standalone': 'On its own',
      'Personal/todo.txt: todo.txt': '- write tests',
    };
    expect(await documentsByPath()).toEqual(synced);

    // Upstream: an edit, a new file, one moved out of the folder, one trashed; then a manual sync.
    google.updateFile(guide.id, { text: '# Guide\n\nWelcome back.' });
    add('added.txt', { text: 'fresh' });
    google.moveFile(leaving.id, personal.id);
    google.trashFile(stale.id);
    const feedBefore = dataOf(await gateway.graphql(DriveChanges, { key, variables: { connectionId: id } })).documentChanges;
    if (!('endCursor' in feedBefore)) return expect.fail('no change feed');
    google.resetCounters();
    const queued = having(dataOf(await gateway.graphql(DriveSync, { key, variables: { id } })).syncConnection, 'run').run;
    const manual = await settled(id, initial.id);
    expect(manual).toMatchObject({
      id: queued.id,
      status: 'SUCCEEDED',
      trigger: 'MANUAL',
      documentsAdded: 1,
      documentsUpdated: 1,
      documentsDeleted: 2,
    });
    // Read from the changes feed, not listed again.
    expect(google.count('drive.files.list')).toBe(0);
    const { 'Handbook: stale.txt': _trashed, 'Handbook: leaving.txt': _moved, ...kept } = synced;
    expect(await documentsByPath()).toEqual({
      ...kept,
      'Handbook: Guide': '# Guide\n\nWelcome back.',
      'Handbook: added.txt': 'fresh',
    });
    const feed = dataOf(
      await gateway.graphql(DriveChanges, { key, variables: { connectionId: id, after: feedBefore.endCursor } }),
    ).documentChanges;
    if (!('changes' in feed)) return expect.fail('no change feed');
    expect(feed.changes.map((change) => [change.kind, change.path, change.resourceId]).sort()).toEqual(
      [
        ['ADDED', 'added.txt', handbook.id],
        ['DELETED', 'leaving.txt', handbook.id],
        ['DELETED', 'stale.txt', handbook.id],
        ['UPDATED', 'Guide', handbook.id],
      ].sort(),
    );

    // Google fails while the changes are read: the run fails, and no document goes.
    google.trashFile(guide.id);
    google.failNext('drive.changes.list', 500, 1000);
    try {
      having(dataOf(await gateway.graphql(DriveSync, { key, variables: { id } })).syncConnection, 'run');
      const failed = await settled(id, manual.id);
      expect(failed.status).toBe('FAILED');
      expect(failed.documentsDeleted).toBe(0);
      expect(Object.keys(await documentsByPath())).toContain('Handbook: Guide');
    } finally {
      google.failNext('drive.changes.list', 500, 0);
    }
  });
});
