// Everything a connection can see in Drive (My Drive, shared with it, shared drives), as one batch: Drive gives no
// total, so the whole listing is read at once (a few requests of 1000 files) and the gateway caches and pages it.
import type { GoogleApi } from '../googleApi.js';
import type { ProviderCredentials, ProviderResource, ResourceBatch, ResourceLister } from '../types.js';
import { FOLDER_MIME_TYPE, listFiles, listSharedDrives, PAGE_SIZE, type DriveFile } from './driveRequests.js';
import { segmentOf } from './filePaths.js';

/** The parent of everything at the top: My Drive's items and the shared drives themselves. */
export const TOP_PARENT_ID = 'root';

const KIND_ORDER: Record<string, number> = { drive: 0, folder: 1, file: 2 };

export function createResourceLister(api: GoogleApi): ResourceLister {
  return {
    batchSize: PAGE_SIZE,
    async listBatch(credentials: ProviderCredentials): Promise<ResourceBatch> {
      const [drives, files] = await Promise.all([listSharedDrives(api, credentials), listFiles(api, credentials, 'trashed = false', null)]);
      const driveNames = new Map(drives.map((drive) => [drive.id ?? '', drive.name ?? '']));
      const byId = new Map(files.map((file) => [file.id ?? '', file]));
      const paths = new Map<string, string>();

      /** "Folder/Sub/Name" from the top, memoized; a loop in parents (never in Drive) ends at the file itself. */
      const fullNameOf = (file: DriveFile, seen = new Set<string>()): string => {
        const id = file.id ?? '';
        const known = paths.get(id);
        if (known !== undefined) return known;
        seen.add(id);
        const parentId = file.parents?.[0];
        const parent = parentId === undefined ? undefined : byId.get(parentId);
        const driveName = parentId === undefined ? undefined : driveNames.get(parentId);
        const prefix =
          parent && !seen.has(parent.id ?? '') ? `${fullNameOf(parent, seen)}/` : driveName !== undefined ? `${segmentOf(driveName)}/` : '';
        const path = `${prefix}${segmentOf(file.name ?? '')}`;
        paths.set(id, path);
        return path;
      };

      const resources: ProviderResource[] = [
        ...drives.map((drive) => ({
          id: drive.id ?? '',
          kind: 'drive',
          name: drive.name ?? '',
          fullName: segmentOf(drive.name ?? ''),
          description: null,
          private: false,
          defaultRef: null,
          updatedAt: new Date(drive.createdTime ?? 0),
          parentId: TOP_PARENT_ID,
          mimeType: null,
          url: `https://drive.google.com/drive/folders/${drive.id ?? ''}`,
          size: null,
        })),
        ...files.map((file): ProviderResource => {
          const parentId = file.parents?.[0];
          return {
            id: file.id ?? '',
            kind: file.mimeType === FOLDER_MIME_TYPE ? 'folder' : 'file',
            name: file.name ?? '',
            fullName: fullNameOf(file),
            description: null,
            private: file.shared !== true && !file.driveId,
            defaultRef: null,
            updatedAt: new Date(file.modifiedTime ?? 0),
            // Files whose folder this account cannot see (shared with it alone) sit at the top.
            parentId: parentId !== undefined && (byId.has(parentId) || driveNames.has(parentId)) ? parentId : TOP_PARENT_ID,
            mimeType: file.mimeType ?? null,
            url: file.webViewLink ?? null,
            size: file.size === undefined || file.size === null ? null : Number(file.size),
          };
        }),
      ];
      // As people read names (Drive's own order: case and accents aside, numbers by value), then exactly, so the
      // order is total and stable across listings.
      resources.sort(
        (a, b) =>
          (KIND_ORDER[a.kind] ?? 3) - (KIND_ORDER[b.kind] ?? 3) ||
          byName.compare(a.fullName, b.fullName) ||
          compare(a.fullName, b.fullName) ||
          compare(a.id, b.id),
      );
      return { resources, totalCount: resources.length, nextCursor: null };
    },
  };
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
