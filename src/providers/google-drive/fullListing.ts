// Every file of a selected resource, read whole: a file is itself; a folder (or shared drive) is walked breadth
// first, one files.list query for many folders of a level at once, all pages. Any failed request throws: a listing
// is complete or there is none.
import type { GoogleApi } from '../googleApi.js';
import type { ProviderCredentials, SourceFile } from '../types.js';
import { FOLDER_MIME_TYPE, listFiles, type DriveFile } from './driveRequests.js';
import { joinPath, PathClaims, segmentOf } from './filePaths.js';
import { listingEntry } from './listingEntry.js';
import type { SelectedRoot } from './selectedRoot.js';

/** Folders per files.list query: `'<id>' in parents or …` stays well under Drive's query length limit. */
const PARENTS_PER_QUERY = 40;

export async function fullListing(
  api: GoogleApi,
  credentials: ProviderCredentials,
  root: SelectedRoot,
  resourceName: string,
): Promise<SourceFile[]> {
  if (root.kind === 'file') return root.file.trashed ? [] : [listingEntry(root.file, segmentOf(root.file.name ?? ''))];
  if (root.trashed) return [];
  const files: SourceFile[] = [];
  const claims = new PathClaims();
  const visited = new Set([root.id]);
  // Folder ids of the current level and their paths in the resource.
  let level = new Map([[root.id, '']]);
  while (level.size > 0) {
    const children = await childrenOf(api, credentials, [...level.keys()], resourceName);
    const next = new Map<string, string>();
    for (const child of children) {
      const id = child.id ?? '';
      const folder = child.parents?.map((parent) => level.get(parent)).find((path) => path !== undefined);
      if (folder === undefined || visited.has(id)) continue;
      visited.add(id);
      const path = joinPath(folder, child.name ?? '');
      if (child.mimeType === FOLDER_MIME_TYPE) next.set(id, path);
      else files.push(listingEntry(child, claims.claim(path, id)));
    }
    level = next;
  }
  return files;
}

/** The untrashed children of these folders, oldest first (so a name's first file keeps the plain path). */
async function childrenOf(
  api: GoogleApi,
  credentials: ProviderCredentials,
  folderIds: string[],
  resourceName: string,
): Promise<DriveFile[]> {
  const children: DriveFile[] = [];
  for (let start = 0; start < folderIds.length; start += PARENTS_PER_QUERY) {
    const parents = folderIds
      .slice(start, start + PARENTS_PER_QUERY)
      .map((id) => `'${quoted(id)}' in parents`)
      .join(' or ');
    children.push(...(await listFiles(api, credentials, `(${parents}) and trashed = false`, resourceName)));
  }
  return children.sort((a, b) => compare(a.createdTime ?? '', b.createdTime ?? '') || compare(a.id ?? '', b.id ?? ''));
}

function quoted(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll("'", "\\'");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
