// What one sync of a resource may write, decided from evidence only. The one rule for deleting: a stored
// document goes when its file is confirmed gone — absent from a complete listing, described by that listing
// as no longer a document (binary, too large), or fetched and found binary. A file whose content could not
// be read is neither stored nor deleted: its document stays as it was, and the file is reported.
import type { FileText, SourceFile } from '../../providers/types.js';
import { isDocument } from './documentFilter.js';

export interface StoredDocument {
  path: string;
  sha: string;
}

export interface UnreadFile {
  path: string;
  reason: string;
}

export interface ChangePlan {
  /** New and changed documents, with their text. */
  store: { file: SourceFile; text: string }[];
  /** Stored paths confirmed gone. */
  remove: string[];
  /** Documents whose files could not be read: kept as they are. */
  unread: UnreadFile[];
}

const NOT_RETURNED: FileText = { kind: 'unavailable', reason: 'The file’s content was not returned.' };

/** The documents of a listing whose content is new or changed since it was stored. */
export function filesToFetch(listing: SourceFile[], stored: StoredDocument[]): SourceFile[] {
  const storedSha = new Map(stored.map((document) => [document.path, document.sha]));
  return listing.filter((file) => isDocument(file) && storedSha.get(file.path) !== file.sha);
}

/**
 * `listing` must be complete (DocumentSource.snapshot throws rather than return a partial one); `texts` holds
 * the outcome of fetching filesToFetch(listing, stored), by hash.
 */
export function planChanges(listing: SourceFile[], stored: StoredDocument[], texts: ReadonlyMap<string, FileText>): ChangePlan {
  const plan: ChangePlan = { store: [], remove: [], unread: [] };
  const storedPaths = new Set(stored.map((document) => document.path));
  const documents = new Set(listing.filter(isDocument).map((file) => file.path));
  for (const file of filesToFetch(listing, stored)) {
    const outcome = texts.get(file.sha) ?? NOT_RETURNED;
    if (outcome.kind === 'text') plan.store.push({ file, text: outcome.text });
    else if (outcome.kind === 'unavailable') plan.unread.push({ path: file.path, reason: outcome.reason });
    else if (storedPaths.has(file.path)) plan.remove.push(file.path); // confirmed binary
  }
  for (const path of storedPaths) {
    if (!documents.has(path)) plan.remove.push(path);
  }
  return plan;
}

/** The failure to report for files that could not be read: one reason (each distinct cause once) and their paths. */
export function unreadFailure(unread: UnreadFile[]): { reason: string; paths: string[] } {
  const causes = [...new Set(unread.map((file) => file.reason))].join(' ');
  const summary =
    unread.length === 1
      ? '1 file could not be read; its document was not changed.'
      : `${unread.length} files could not be read; their documents were not changed.`;
  return { reason: `${summary} ${causes}`, paths: unread.map((file) => file.path) };
}
