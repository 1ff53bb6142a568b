// A listed file's `sha`: Drive has no content hash for Google's own files, so it is the file's id, its version
// (which Drive raises on every change) and its type. An incremental snapshot only has the stored paths and shas,
// and reads back from them which file each document is and how to fetch it.
import type { SourceFile, StoredFile } from '../types.js';

export function shaOf(file: { id: string; version: string; mimeType: string }): string {
  return `${file.id}:${file.version}:${file.mimeType}`;
}

/** The id and type a sha names; null for one this adapter did not make. */
export function parseSha(sha: string): { id: string; mimeType: string } | null {
  const [id, version, ...type] = sha.split(':');
  const mimeType = type.join(':');
  return id && version && mimeType ? { id, mimeType } : null;
}

/** A stored document as an unchanged listing entry: same path and sha, so the engine neither fetches nor deletes it. */
export function unchangedEntry(stored: StoredFile): SourceFile | null {
  const parsed = parseSha(stored.sha);
  // The size is not stored; 0 keeps the entry a document (it is not fetched again).
  return parsed && { path: stored.path, sha: stored.sha, size: 0, binary: false, id: parsed.id, mimeType: parsed.mimeType };
}
