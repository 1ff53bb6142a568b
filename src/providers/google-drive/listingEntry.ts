// A Drive file as the sync engine's listing entry: its path in the selected resource, its sha, and how (or whether)
// it is read.
import type { SourceFile } from '../types.js';
import type { DriveFile } from './driveRequests.js';
import { shaOf } from './fileSha.js';
import { readingOf } from './fileTypes.js';

/** A listed (non-folder) file: Drive always answers these fields for the FILE_FIELDS mask. */
export function listingEntry(file: DriveFile, path: string): SourceFile {
  const id = file.id ?? '';
  const mimeType = file.mimeType ?? 'application/octet-stream';
  const size = Number(file.size ?? 0);
  const reading = readingOf(mimeType, size);
  return {
    path,
    sha: shaOf({ id, version: file.version ?? '0', mimeType }),
    size,
    binary: false,
    id,
    mimeType,
    ...(reading.kind === 'skip' ? { skip: reading.reason } : {}),
  };
}
