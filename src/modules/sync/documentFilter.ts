// Which files become documents: text formats people write docs in, up to 1 MiB, never binary.
import type { SourceFile } from '../../providers/types.js';

export const DOCUMENT_EXTENSIONS = ['.md', '.mdx', '.markdown', '.txt', '.rst'];
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

export function isDocument(file: SourceFile): boolean {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1).toLowerCase();
  return !file.binary && file.size <= MAX_DOCUMENT_BYTES && DOCUMENT_EXTENSIONS.some((extension) => name.endsWith(extension));
}
