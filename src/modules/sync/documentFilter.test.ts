// Which files become documents: the text formats docs are written in (by extension, any case), up to 1 MiB,
// never a file the provider describes as binary.
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../providers/types.js';
import { isDocument, MAX_DOCUMENT_BYTES } from './documentFilter.js';

const file = (path: string, extra: Partial<SourceFile> = {}): SourceFile => ({ path, sha: 'sha', size: 100, binary: false, ...extra });

describe('isDocument', () => {
  it('takes Markdown, MDX, text and reStructuredText files, whatever the case of the extension', () => {
    for (const path of ['README.md', 'docs/guide.mdx', 'a/b/notes.markdown', 'LICENSE.txt', 'index.rst', 'docs/CHANGES.MD', 'x.Txt']) {
      expect(isDocument(file(path))).toBe(true);
    }
  });

  it('leaves out other files, judging by the file name and not the folders', () => {
    for (const path of ['logo.png', 'src/main.ts', 'README', 'docs.md/image.svg', 'notes.md.bak', '.md/', 'md']) {
      expect(isDocument(file(path))).toBe(false);
    }
  });

  it('takes files up to MAX_DOCUMENT_BYTES and none larger', () => {
    expect(isDocument(file('big.md', { size: MAX_DOCUMENT_BYTES }))).toBe(true);
    expect(isDocument(file('big.md', { size: MAX_DOCUMENT_BYTES + 1 }))).toBe(false);
    expect(isDocument(file('empty.md', { size: 0 }))).toBe(true);
  });

  it('never takes a file described as binary, whatever its name', () => {
    expect(isDocument(file('looks-like-text.md', { binary: true }))).toBe(false);
  });
});
