// Whether a folder lies inside the selected folder, and its path there: walked up through its parents, each folder
// read once per snapshot. A parent Drive does not show this account (404: a shared drive's top, a folder not shared
// with it) is outside.
import type { GoogleApi } from '../googleApi.js';
import type { ProviderCredentials } from '../types.js';
import { getFile } from './driveRequests.js';
import { joinPath } from './filePaths.js';

/** Deeper than any Drive tree: a longer walk is a loop. */
const MAX_DEPTH = 200;

export class FolderAncestry {
  private readonly paths = new Map<string, Promise<string | null>>();

  constructor(
    private readonly api: GoogleApi,
    private readonly credentials: ProviderCredentials,
    private readonly rootId: string,
    private readonly resourceName: string,
  ) {}

  /** The folder's path inside the root ('' for the root itself), or null when it is outside. */
  pathOf(folderId: string, depth = 0): Promise<string | null> {
    if (folderId === this.rootId) return Promise.resolve('');
    if (depth > MAX_DEPTH) return Promise.resolve(null);
    let path = this.paths.get(folderId);
    if (!path) {
      path = this.walk(folderId, depth);
      this.paths.set(folderId, path);
    }
    return path;
  }

  private async walk(folderId: string, depth: number): Promise<string | null> {
    const folder = await getFile(this.api, this.credentials, folderId, this.resourceName);
    const parentId = folder?.parents?.[0];
    if (!folder || folder.trashed || parentId === undefined) return null;
    const parentPath = await this.pathOf(parentId, depth + 1);
    return parentPath === null ? null : joinPath(parentPath, folder.name ?? '');
  }
}
