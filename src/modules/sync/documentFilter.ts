// Which files become documents: never binary, never over 1 MiB, never one its provider skipped (with a reason). A
// provider that types its files (a media type: Drive, Gmail) decides the rest itself; files without one (a git
// tree's) are documents when their names say they are text people write docs in.
import type { SourceFile } from '../../providers/types.js';

export const DOCUMENT_EXTENSIONS = ['.md', '.mdx', '.markdown', '.txt', '.rst'];
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

export function isDocument(file: SourceFile): boolean {
  if (file.binary || file.skip !== undefined || file.size > MAX_DOCUMENT_BYTES) return false;
  if (file.mimeType !== undefined) return true;
  const name = file.path.slice(file.path.lastIndexOf('/') + 1).toLowerCase();
  return DOCUMENT_EXTENSIONS.some((extension) => name.endsWith(extension));
}
