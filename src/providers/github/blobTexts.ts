// File contents: blobs through GraphQL, many per request, with an outcome for each. GraphQL cuts long texts
// short (`isTruncated`); those are downloaded whole through REST's raw blob endpoint instead.
import { UpstreamError } from '../../errors.js';
import type { FileText, SourceFile } from '../types.js';
import { translateGitHubError, type GitHubClient } from './client.js';
import { lookupObjects, splitFullName } from './objects.js';

/** Blobs per request, and bytes. */
const BLOBS_PER_REQUEST = 50;
const BYTES_PER_REQUEST = 4 * 1024 * 1024;

export const BLOB_SELECTION = '... on Blob { isBinary isTruncated text }';

interface Blob {
  isBinary: boolean | null;
  isTruncated: boolean;
  text: string | null;
}

const NO_CONTENT: FileText = { kind: 'unavailable', reason: 'GitHub returned no content for the file.' };

/** Unique blobs in batches of at most BLOBS_PER_REQUEST objects and about BYTES_PER_REQUEST bytes. */
function batchesOf(files: Pick<SourceFile, 'sha' | 'size'>[]): string[][] {
  const batches: string[][] = [];
  const seen = new Set<string>();
  let current: string[] = [];
  let bytes = 0;
  for (const file of files) {
    if (seen.has(file.sha)) continue;
    seen.add(file.sha);
    if (current.length > 0 && (current.length >= BLOBS_PER_REQUEST || bytes + file.size > BYTES_PER_REQUEST)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file.sha);
    bytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** The content of every blob asked for, by oid. A failed batch is reported per file; the other batches go on. */
export async function fetchBlobTexts(
  client: GitHubClient,
  fullName: string,
  files: Pick<SourceFile, 'sha' | 'size'>[],
): Promise<Map<string, FileText>> {
  const texts = new Map<string, FileText>();
  for (const oids of batchesOf(files)) {
    let blobs: (Blob | null)[];
    try {
      blobs = await lookupObjects<Blob>(
        client,
        fullName,
        { operation: 'GatewayBlobs', selection: BLOB_SELECTION, action: 'read file contents' },
        oids,
      );
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error; // rate limits pause the run; rejected credentials are refreshed
      for (const oid of oids) texts.set(oid, { kind: 'unavailable', reason: error.message });
      continue;
    }
    for (const [index, oid] of oids.entries()) texts.set(oid, await outcomeOf(client, fullName, oid, blobs[index] ?? null));
  }
  return texts;
}

async function outcomeOf(client: GitHubClient, fullName: string, oid: string, blob: Blob | null): Promise<FileText> {
  if (!blob) return NO_CONTENT;
  if (blob.isBinary === true) return { kind: 'binary' };
  if (blob.isTruncated) return downloadRaw(client, fullName, oid);
  return blob.text === null ? NO_CONTENT : { kind: 'text', text: blob.text };
}

/** The whole text of a blob through REST, which has no size cut (GraphQL's is far below a document's limit). */
async function downloadRaw(client: GitHubClient, fullName: string, oid: string): Promise<FileText> {
  const { owner, name } = splitFullName(fullName);
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
      owner,
      repo: name,
      file_sha: oid,
      headers: { accept: 'application/vnd.github.raw+json' },
    });
    // The raw media type answers the bytes themselves; Octokit hands them over as text or as an ArrayBuffer.
    const data: unknown = response.data;
    if (typeof data === 'string') return { kind: 'text', text: data };
    if (data instanceof ArrayBuffer) return { kind: 'text', text: new TextDecoder().decode(data) };
    return { kind: 'unavailable', reason: 'GitHub cut the file’s text short and sent the full download in an unexpected format.' };
  } catch (error) {
    const translated = translateGitHubError(error, 'download the full text of a file it cut short', fullName);
    if (!(translated instanceof UpstreamError)) throw translated;
    return { kind: 'unavailable', reason: translated.message };
  }
}
