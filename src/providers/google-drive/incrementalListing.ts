// A resource's listing rebuilt from the stored documents and Drive's changes since the last sync, without listing
// the folder again: a changed file inside replaces its entry, a file removed, trashed or moved out drops it, the
// rest stay as stored (same path and sha: not fetched). Whatever the changes cannot settle (a folder changed, the
// selection itself changed, a removal of something not stored) answers 'full': the caller lists the resource whole.
import type { drive_v3 } from '@googleapis/drive';
import type { GoogleApi } from '../googleApi.js';
import type { ProviderCredentials, SourceFile, StoredFile } from '../types.js';
import type { ChangesSince } from './changesFeed.js';
import { FOLDER_MIME_TYPE } from './driveRequests.js';
import { unchangedEntry } from './fileSha.js';
import { joinPath, PathClaims, segmentOf } from './filePaths.js';
import { FolderAncestry } from './folderAncestry.js';
import { listingEntry } from './listingEntry.js';
import type { SelectedRoot } from './selectedRoot.js';

export const NEEDS_FULL_LISTING = 'full';

export async function incrementalListing(
  api: GoogleApi,
  credentials: ProviderCredentials,
  selectedRoot: () => Promise<SelectedRoot>,
  resource: { id: string; fullName: string },
  stored: readonly StoredFile[],
  feed: ChangesSince,
): Promise<SourceFile[] | typeof NEEDS_FULL_LISTING> {
  // By file id: what the listing holds now.
  const entries = new Map<string, SourceFile>();
  for (const document of stored) {
    const entry = unchangedEntry(document);
    if (!entry?.id) return NEEDS_FULL_LISTING; // a document this adapter cannot place
    entries.set(entry.id, entry);
  }
  const claims = new PathClaims([...entries.values()].map((entry) => entry.path));
  const drop = (id: string) => {
    const entry = entries.get(id);
    if (entry) claims.release(entry.path);
    entries.delete(id);
  };
  if (feed.changes.length === 0) return [...entries.values()];
  // Read only when something changed: an idle sync costs one request.
  const root = await selectedRoot();
  let ancestry: FolderAncestry | undefined;

  for (const change of feed.changes) {
    if (change.changeType === 'drive') {
      if (change.driveId === resource.id) return NEEDS_FULL_LISTING;
      continue;
    }
    const id = change.fileId ?? change.file?.id;
    if (!id) return NEEDS_FULL_LISTING;
    const file = change.removed ? undefined : change.file;
    if (root.kind === 'file') {
      // Only the selected file matters; gone (rather than trashed) is for the full read to report.
      if (id !== resource.id) continue;
      if (!file) return NEEDS_FULL_LISTING;
      drop(id);
      if (!file.trashed) entries.set(id, listingEntry(file, claims.claim(segmentOf(file.name ?? ''), id)));
      continue;
    }
    // The selected folder itself changed (gone, moved, trashed): the full read decides.
    if (id === resource.id) return NEEDS_FULL_LISTING;
    if (!file) {
      // Deleted, or no longer shared with this account. Something unknown may have been a folder holding stored files.
      if (!entries.has(id)) return NEEDS_FULL_LISTING;
      drop(id);
      continue;
    }
    // A folder's change moves, renames or trashes everything below it, which the changes do not list.
    if (file.mimeType === FOLDER_MIME_TYPE) return NEEDS_FULL_LISTING;
    drop(id);
    if (file.trashed) continue;
    ancestry ??= new FolderAncestry(api, credentials, root.id, resource.fullName);
    const path = await pathInside(file, root.driveId, ancestry);
    if (path !== null) entries.set(id, listingEntry(file, claims.claim(path, id)));
  }
  return [...entries.values()];
}

/** The file's path inside the selected folder, or null when it lies outside. */
async function pathInside(file: drive_v3.Schema$File, rootDriveId: string | null, ancestry: FolderAncestry): Promise<string | null> {
  // Another drive than the selected folder's: outside, without walking up.
  if ((file.driveId ?? null) !== rootDriveId) return null;
  const parentId = file.parents?.[0];
  if (parentId === undefined) return null;
  const folder = await ancestry.pathOf(parentId);
  return folder === null ? null : joinPath(folder, file.name ?? '');
}
