// A commit's file tree, level by level (many trees per request). GitHub sometimes answers a tree lookup with
// null and no error; such a folder is a gap, never an empty folder, and a listing with a gap is not returned.
import { UpstreamError } from '../../errors.js';
import { IncompleteSnapshotError, ResourceUnavailableError, type SourceFile } from '../types.js';
import type { GitHubClient } from './client.js';
import { chunk, lookupObjects } from './objects.js';

/** Trees per request while walking. */
const TREES_PER_REQUEST = 50;

export const TREE_SELECTION = '... on Tree { entries { path type oid object { ... on Blob { byteSize isBinary } } } }';

interface TreeEntry {
  /** The full path from the repository root. */
  path: string;
  type: string;
  oid: string;
  object: { byteSize?: number; isBinary?: boolean | null } | null;
}

interface Folder {
  oid: string;
  /** '' for the root. */
  path: string;
}

/** How a folder is named in failures: with a trailing '/', the root as '/'. */
function folderLabel(folder: Folder): string {
  return folder.path === '' ? '/' : `${folder.path}/`;
}

/** Every file below the tree `rootOid`; throws IncompleteSnapshotError naming the folders it could not list. */
export async function walkTree(client: GitHubClient, fullName: string, rootOid: string): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  const gaps: Folder[] = [];
  let level: Folder[] = [{ oid: rootOid, path: '' }];
  while (level.length > 0) {
    const next: Folder[] = [];
    const batches = chunk(level, TREES_PER_REQUEST);
    for (const [batchIndex, folders] of batches.entries()) {
      let trees: ({ entries?: TreeEntry[] | null } | null)[];
      try {
        trees = await lookupObjects(
          client,
          fullName,
          { operation: 'GatewayTrees', selection: TREE_SELECTION, action: 'read the file tree' },
          folders.map((folder) => folder.oid),
        );
      } catch (error) {
        // The walk stops here: nothing below the folders not listed yet is known.
        const unlisted = [...gaps, ...batches.slice(batchIndex).flat(), ...next];
        throw incomplete(error, unlisted);
      }
      for (const [index, folder] of folders.entries()) {
        const entries = trees[index]?.entries;
        if (!entries) {
          gaps.push(folder);
          continue;
        }
        for (const entry of entries) {
          if (entry.type === 'tree') next.push({ oid: entry.oid, path: entry.path });
          else if (entry.type === 'blob') {
            files.push({ path: entry.path, sha: entry.oid, size: entry.object?.byteSize ?? 0, binary: entry.object?.isBinary === true });
          }
        }
      }
    }
    level = next;
  }
  if (gaps.length > 0) {
    const folders = gaps.length === 1 ? 'a folder' : `${gaps.length} folders`;
    throw new IncompleteSnapshotError(
      `GitHub returned no file list for ${folders}, so which files still exist there is unknown; nothing was changed.`,
      gaps.map(folderLabel),
    );
  }
  return files;
}

/** A failed request part-way through, as an incomplete listing that names the folders left unlisted. */
function incomplete(error: unknown, unlisted: Folder[]): unknown {
  if (!(error instanceof UpstreamError) && !(error instanceof ResourceUnavailableError)) return error; // rate limits, credentials
  return new IncompleteSnapshotError(error.message, unlisted.map(folderLabel), { cause: error });
}
