// The Drive v3 calls the adapter makes, with the parameters every one of them needs: shared drives are invisible
// to a request without the all-drives parameters, so they are set in one place.
import type { drive_v3 } from '@googleapis/drive';
import type { GoogleApi } from '../googleApi.js';
import { GoogleApiError } from '../googleApi.js';
import type { ProviderCredentials } from '../types.js';

export const FOLDER_MIME_TYPE = 'application/vnd.google-apps.folder';

/** What the adapter reads of a file: enough to place it (parents, driveId), type it, and tell versions apart. */
export const FILE_FIELDS = 'id,name,mimeType,parents,driveId,trashed,version,size,modifiedTime,createdTime,webViewLink,shared';

/** Drive's largest page for files.list and changes.list. */
export const PAGE_SIZE = 1000;

/** For files.list: every corpus the account reaches (My Drive, shared with it, shared drives). */
export const ALL_DRIVES = { corpora: 'allDrives', includeItemsFromAllDrives: true, supportsAllDrives: true } as const;

/** For changes.*: shared drives' changes too. */
export const ALL_DRIVES_CHANGES = { includeItemsFromAllDrives: true, supportsAllDrives: true } as const;

export type DriveFile = drive_v3.Schema$File;

/** Every file matching `q`, all pages: one failed page throws, so a caller never sees part of the answer. */
export async function listFiles(
  api: GoogleApi,
  credentials: ProviderCredentials,
  q: string,
  resource: string | null,
): Promise<DriveFile[]> {
  const files: DriveFile[] = [];
  let pageToken: string | undefined;
  do {
    const page = await api.json<drive_v3.Schema$FileList>(credentials, {
      path: '/drive/v3/files',
      query: { ...ALL_DRIVES, q, pageSize: PAGE_SIZE, pageToken, fields: `nextPageToken,files(${FILE_FIELDS})` },
      action: 'list Drive files',
      resource,
    });
    files.push(...(page.files ?? []));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return files;
}

/** Every shared drive the account is a member of. */
export async function listSharedDrives(api: GoogleApi, credentials: ProviderCredentials): Promise<drive_v3.Schema$Drive[]> {
  const drives: drive_v3.Schema$Drive[] = [];
  let pageToken: string | undefined;
  do {
    const page = await api.json<drive_v3.Schema$DriveList>(credentials, {
      path: '/drive/v3/drives',
      query: { pageSize: 100, pageToken, fields: 'nextPageToken,drives(id,name,createdTime)' },
      action: 'list shared drives',
    });
    drives.push(...(page.drives ?? []));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return drives;
}

/** One file's metadata, or null when Drive answers 404 (deleted, or not visible to this account). */
export async function getFile(
  api: GoogleApi,
  credentials: ProviderCredentials,
  id: string,
  resource: string | null,
): Promise<DriveFile | null> {
  try {
    return await api.json<DriveFile>(credentials, {
      path: `/drive/v3/files/${encodeURIComponent(id)}`,
      query: { supportsAllDrives: true, fields: FILE_FIELDS },
      action: 'read a Drive file',
      resource,
    });
  } catch (error) {
    if (error instanceof GoogleApiError && error.status === 404) return null;
    throw error;
  }
}

/** Where the changes feed stands now: changes after this token are the ones not yet seen. */
export async function startPageToken(api: GoogleApi, credentials: ProviderCredentials, resource: string | null): Promise<string> {
  const answer = await api.json<drive_v3.Schema$StartPageToken>(credentials, {
    path: '/drive/v3/changes/startPageToken',
    query: { supportsAllDrives: true },
    action: 'read the Drive changes position',
    resource,
  });
  if (!answer.startPageToken) throw new GoogleApiError('Google returned no changes position.', 200, null, resource);
  return answer.startPageToken;
}
