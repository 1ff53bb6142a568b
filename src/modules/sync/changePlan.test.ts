// The one rule for deleting documents, without a provider or a database: only a complete listing, the
// listing's own description of a file, or a fetch that found the file binary may take a document away.
import { describe, expect, it } from 'vitest';
import type { FileText, SourceFile } from '../../providers/types.js';
import { filesToFetch, planChanges, unreadFailure } from './changePlan.js';
import { MAX_DOCUMENT_BYTES } from './documentFilter.js';

const file = (path: string, sha: string, extra: Partial<SourceFile> = {}): SourceFile => ({ path, sha, size: 10, binary: false, ...extra });
const text = (value: string): FileText => ({ kind: 'text', text: value });
const unavailable = (reason: string): FileText => ({ kind: 'unavailable', reason });

describe('planChanges', () => {
  const stored = [
    { path: 'kept.md', sha: 'k1' },
    { path: 'changed.md', sha: 'c1' },
    { path: 'unreadable.md', sha: 'u1' },
    { path: 'removed.md', sha: 'r1' },
    { path: 'now-binary.md', sha: 'b1' },
    { path: 'now-huge.md', sha: 'h1' },
    { path: 'found-binary.md', sha: 'f1' },
  ];
  const listing = [
    file('kept.md', 'k1'),
    file('changed.md', 'c2'),
    file('unreadable.md', 'u2'),
    file('now-binary.md', 'b2', { binary: true }),
    file('now-huge.md', 'h2', { size: MAX_DOCUMENT_BYTES + 1 }),
    file('found-binary.md', 'f2'),
    file('new.md', 'n1'),
    file('unread-new.md', 'n2'),
    file('image.png', 'p1'),
  ];

  it('fetches only documents that are new or whose content changed', () => {
    expect(filesToFetch(listing, stored).map((each) => each.path)).toEqual([
      'changed.md',
      'unreadable.md',
      'found-binary.md',
      'new.md',
      'unread-new.md',
    ]);
  });

  it('stores what was read, deletes only what is confirmed gone, and keeps and reports what could not be read', () => {
    const texts = new Map<string, FileText>([
      ['c2', text('changed')],
      ['u2', unavailable('No content came back.')],
      ['f2', { kind: 'binary' }],
      ['n1', text('new')],
      // n2: no outcome at all, which must not read as "gone" either
    ]);
    const plan = planChanges(listing, stored, texts);
    expect(plan.store.map(({ file: each, text: content }) => [each.path, content])).toEqual([
      ['changed.md', 'changed'],
      ['new.md', 'new'],
    ]);
    expect(plan.remove.sort()).toEqual(['found-binary.md', 'now-binary.md', 'now-huge.md', 'removed.md']);
    expect(plan.unread).toEqual([
      { path: 'unreadable.md', reason: 'No content came back.' },
      { path: 'unread-new.md', reason: 'The file’s content was not returned.' },
    ]);
  });

  it('deletes nothing when every changed file is unavailable and nothing left the listing', () => {
    const same = stored.map((each) => file(each.path, `${each.sha}-next`));
    const plan = planChanges(same, stored, new Map());
    expect(plan.remove).toEqual([]);
    expect(plan.store).toEqual([]);
    expect(plan.unread.map((each) => each.path)).toEqual(stored.map((each) => each.path));
  });
});

describe('unreadFailure', () => {
  it('names every path and each distinct cause once', () => {
    expect(unreadFailure([{ path: 'a.md', reason: 'Cut short.' }])).toEqual({
      reason: '1 file could not be read; its document was not changed. Cut short.',
      paths: ['a.md'],
    });
    expect(
      unreadFailure([
        { path: 'a.md', reason: 'Cut short.' },
        { path: 'b.md', reason: 'No content.' },
        { path: 'c.md', reason: 'Cut short.' },
      ]),
    ).toEqual({
      reason: '3 files could not be read; their documents were not changed. Cut short. No content.',
      paths: ['a.md', 'b.md', 'c.md'],
    });
  });
});
