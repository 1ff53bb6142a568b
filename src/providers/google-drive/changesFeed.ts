// Drive's changes since a page token, all pages, and the token to read from next time.
import type { drive_v3 } from '@googleapis/drive';
import { GoogleApiError, type GoogleApi } from '../googleApi.js';
import type { ProviderCredentials } from '../types.js';
import { ALL_DRIVES_CHANGES, FILE_FIELDS, PAGE_SIZE } from './driveRequests.js';

export interface ChangesSince {
  changes: drive_v3.Schema$Change[];
  newStartPageToken: string;
}

export async function changesSince(
  api: GoogleApi,
  credentials: ProviderCredentials,
  pageToken: string,
  resource: string,
): Promise<ChangesSince> {
  const changes: drive_v3.Schema$Change[] = [];
  let token = pageToken;
  for (;;) {
    const page = await api.json<drive_v3.Schema$ChangeList>(credentials, {
      path: '/drive/v3/changes',
      query: {
        ...ALL_DRIVES_CHANGES,
        pageToken: token,
        pageSize: PAGE_SIZE,
        includeRemoved: true,
        fields: `nextPageToken,newStartPageToken,changes(changeType,removed,fileId,driveId,file(${FILE_FIELDS}))`,
      },
      action: 'read Drive changes',
      resource,
    });
    changes.push(...(page.changes ?? []));
    if (page.newStartPageToken) return { changes, newStartPageToken: page.newStartPageToken };
    // Neither token: the feed's end is unknown, so what changed is too.
    if (!page.nextPageToken) throw new GoogleApiError('Google returned a page of Drive changes without a next token.', 200, null, resource);
    token = page.nextPageToken;
  }
}
