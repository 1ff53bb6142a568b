// A selected file, folder or shared drive as the sync engine reads it. The first sync (no cursor) takes the
// changes feed's position first, then lists the resource whole, so nothing changed meanwhile is missed; later
// syncs read only the changes since the stored position, and list whole again when the changes cannot say.
import type { GoogleApi } from '../googleApi.js';
import type { DocumentSource, ProviderCredentials, SnapshotTarget, SourceSnapshot, StoredFile } from '../types.js';
import { changesSince } from './changesFeed.js';
import { startPageToken } from './driveRequests.js';
import { fetchFileTexts } from './fileTexts.js';
import { fullListing } from './fullListing.js';
import { incrementalListing, NEEDS_FULL_LISTING } from './incrementalListing.js';
import { resolveSelectedRoot, type SelectedRoot } from './selectedRoot.js';

export function createDocumentSource(api: GoogleApi): DocumentSource {
  async function fullSnapshot(credentials: ProviderCredentials, target: SnapshotTarget): Promise<SourceSnapshot> {
    const token = await startPageToken(api, credentials, target.fullName);
    const root = await resolveSelectedRoot(api, credentials, target);
    const files = await fullListing(api, credentials, root, target.fullName);
    return { version: token, files, cursor: token };
  }

  return {
    async snapshot(credentials: ProviderCredentials, target: SnapshotTarget, stored: readonly StoredFile[]): Promise<SourceSnapshot> {
      if (target.cursor === null) return fullSnapshot(credentials, target);
      const feed = await changesSince(api, credentials, target.cursor, target.fullName);
      let root: Promise<SelectedRoot> | undefined;
      const selectedRoot = () => (root ??= resolveSelectedRoot(api, credentials, target));
      const files = await incrementalListing(api, credentials, selectedRoot, target, stored, feed);
      if (files === NEEDS_FULL_LISTING) return fullSnapshot(credentials, target);
      return { version: feed.newStartPageToken, files, cursor: feed.newStartPageToken };
    },

    fetchText(credentials, _resource, files) {
      return fetchFileTexts(api, credentials, files);
    },
  };
}
