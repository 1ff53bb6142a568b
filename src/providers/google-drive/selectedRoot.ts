// What a selected resource is now: a file, or a folder whose contents are listed (a shared drive is its top
// folder). Gone or out of reach is a ResourceUnavailableError, so its documents are kept.
import type { GoogleApi } from '../googleApi.js';
import { ResourceUnavailableError, type ProviderCredentials, type SnapshotTarget } from '../types.js';
import { FOLDER_MIME_TYPE, getFile, listSharedDrives, type DriveFile } from './driveRequests.js';

export type SelectedRoot = { kind: 'file'; file: DriveFile } | { kind: 'folder'; id: string; driveId: string | null; trashed: boolean };

export async function resolveSelectedRoot(api: GoogleApi, credentials: ProviderCredentials, target: SnapshotTarget): Promise<SelectedRoot> {
  const file = await getFile(api, credentials, target.id, target.fullName);
  if (file) {
    return file.mimeType === FOLDER_MIME_TYPE
      ? { kind: 'folder', id: target.id, driveId: file.driveId ?? null, trashed: file.trashed === true }
      : { kind: 'file', file };
  }
  // Drive answers a shared drive's id as its top folder; where it does not, the drive is looked up among the
  // account's shared drives.
  const drives = await listSharedDrives(api, credentials);
  if (drives.some((drive) => drive.id === target.id)) return { kind: 'folder', id: target.id, driveId: target.id, trashed: false };
  throw new ResourceUnavailableError('the file, folder or shared drive was deleted, or this connection lost access to it');
}
