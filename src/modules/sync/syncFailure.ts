// A resource a run could not sync (or could sync only in part), as runs store it and the APIs show it.

export interface SyncFailure {
  resource: string;
  reason: string;
  /** The files and folders (ending in '/', '/' for the root) affected; empty when the whole resource failed before any was known. */
  paths: string[];
}

/** A run's stored failures; runs recorded before `paths` existed have none, which reads as no paths. */
export function storedFailures(failures: unknown): SyncFailure[] {
  if (!Array.isArray(failures)) return [];
  return (failures as (Omit<SyncFailure, 'paths'> & { paths?: string[] })[]).map((failure) => ({ ...failure, paths: failure.paths ?? [] }));
}

/** A file a run did not sync as a document, with the provider's reason (an unsupported type, too large). */
export interface SkippedFile {
  resource: string;
  path: string;
  reason: string;
}

/** At most this many skipped files are kept on a run (its count is whole). */
export const MAX_SKIPPED_FILES = 200;

/** A run's stored skipped files (none on runs recorded before they were kept). */
export function storedSkippedFiles(files: unknown): SkippedFile[] {
  return Array.isArray(files) ? (files as SkippedFile[]) : [];
}
