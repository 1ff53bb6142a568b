// File contents by sha: Google's editors' files exported, text files downloaded, a few at a time. A file that
// cannot be read (gone since the listing, too large to export) is 'unavailable' and its document is kept; rate
// limits and rejected credentials throw, so the engine pauses or refreshes and tries again.
import pLimit from 'p-limit';
import { UpstreamError } from '../../errors.js';
import { GoogleApiError, type GoogleApi } from '../googleApi.js';
import type { FileText, ProviderCredentials, SourceFile } from '../types.js';
import { parseSha } from './fileSha.js';
import { readingOf } from './fileTypes.js';

/** Downloads at once: Drive's per-user quota is shared with everything else the connection does. */
const CONCURRENCY = 4;

/** As the engine's limit: a longer export is not stored. */
const MAX_TEXT_BYTES = 1024 * 1024;

export async function fetchFileTexts(
  api: GoogleApi,
  credentials: ProviderCredentials,
  files: SourceFile[],
): Promise<Map<string, FileText>> {
  const limit = pLimit(CONCURRENCY);
  const unique = [...new Map(files.map((file) => [file.sha, file])).values()];
  const outcomes = await Promise.all(unique.map((file) => limit(async () => [file.sha, await readFile(api, credentials, file)] as const)));
  return new Map(outcomes);
}

async function readFile(api: GoogleApi, credentials: ProviderCredentials, file: SourceFile): Promise<FileText> {
  const parsed = parseSha(file.sha);
  const id = file.id ?? parsed?.id;
  const mimeType = file.mimeType ?? parsed?.mimeType;
  if (!id || !mimeType) return { kind: 'unavailable', reason: 'The file’s Drive id is unknown.' };
  const reading = readingOf(mimeType, 0);
  if (reading.kind === 'skip') return { kind: 'unavailable', reason: `Not read: ${reading.reason}.` };
  const path = `/drive/v3/files/${encodeURIComponent(id)}`;
  let text: string;
  try {
    text =
      reading.kind === 'export'
        ? await api.text(credentials, {
            path: `${path}/export`,
            query: { mimeType: reading.format, supportsAllDrives: true },
            action: 'export a Google file as text',
            resource: file.path,
          })
        : await api.text(credentials, {
            path,
            query: { alt: 'media', supportsAllDrives: true },
            action: 'download a Drive file',
            resource: file.path,
          });
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error; // rate limits pause the run; rejected credentials are refreshed
    return { kind: 'unavailable', reason: reasonOf(error) };
  }
  if (text.includes('\u0000')) return { kind: 'binary' };
  if (Buffer.byteLength(text) > MAX_TEXT_BYTES)
    return { kind: 'unavailable', reason: 'Its text is over 1 MiB, the largest document synced.' };
  return { kind: 'text', text };
}

function reasonOf(error: UpstreamError): string {
  if (error instanceof GoogleApiError) {
    if (error.reason === 'exportSizeLimitExceeded') return 'Google Drive refuses to export a file this large.';
    if (error.status === 404) return 'The file was deleted, or is no longer shared with this account, since it was listed.';
  }
  return error.message;
}
