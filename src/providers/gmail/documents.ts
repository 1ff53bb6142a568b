// A label's messages for the sync engine: the listing (in full the first time, then from the mailbox's history,
// whose position is the cursor kept with the documents) and each new message read and rendered as Markdown.
import type { gmail_v1 } from '@googleapis/gmail';
import pLimit from 'p-limit';
import { UpstreamError } from '../../errors.js';
import { GoogleApiError, type GoogleApi } from '../googleApi.js';
import type { DocumentSource, FileText, ProviderCredentials, SnapshotTarget, SourceFile, StoredFile } from '../types.js';
import { fullListing, listingFromHistory, type LabelListing } from './labelListing.js';
import { messageFile, messageIdOf } from './messageFiles.js';
import { messageMarkdown } from './messageMarkdown.js';
import { readSeparateBodies } from './separateBodies.js';

/** Messages read at once: enough to hide latency, few enough to stay under Gmail's per-user quota. */
const FETCH_CONCURRENCY = 8;

export function createMessageSource(api: GoogleApi): DocumentSource {
  async function listing(credentials: ProviderCredentials, target: SnapshotTarget, stored: readonly StoredFile[]): Promise<LabelListing> {
    const storedIds = stored.map((file) => messageIdOf(file.path));
    // Without a position, or with documents this adapter cannot map back to messages, only a full listing is sure.
    if (target.cursor === null || storedIds.includes(null)) return fullListing(api, credentials, target);
    try {
      return await listingFromHistory(api, credentials, target, target.cursor, storedIds as string[]);
    } catch (error) {
      // Gmail keeps about a week of history; past that it answers 404 and only a full listing is sure.
      if (error instanceof GoogleApiError && error.status === 404) return fullListing(api, credentials, target);
      throw error;
    }
  }

  return {
    async snapshot(credentials, target, stored) {
      const { messageIds, historyId } = await listing(credentials, target, stored);
      return { version: historyId, files: [...messageIds].map(messageFile), cursor: historyId };
    },

    async fetchText(credentials, resource, files) {
      const limit = pLimit(FETCH_CONCURRENCY);
      try {
        const outcomes = await Promise.all(
          files.map((file) => limit(async () => [file.sha, await readMessage(api, credentials, resource.fullName, file)] as const)),
        );
        return new Map(outcomes);
      } catch (error) {
        // A rate limit or rejected credentials end the whole fetch: the messages still queued would only fail too.
        limit.clearQueue();
        throw error;
      }
    },
  };
}

async function readMessage(api: GoogleApi, credentials: ProviderCredentials, label: string, file: SourceFile): Promise<FileText> {
  try {
    const message = await api.json<gmail_v1.Schema$Message>(credentials, {
      path: `/gmail/v1/users/me/messages/${encodeURIComponent(file.id ?? file.sha)}`,
      query: { format: 'full' },
      action: 'read a Gmail message',
      resource: label,
    });
    await readSeparateBodies(api, credentials, message, label);
    return { kind: 'text', text: messageMarkdown(message) };
  } catch (error) {
    // Rate limits pause the whole sync (the engine waits and starts over) and rejected credentials end it; a
    // message that fails alone is left unread, its document kept, and read again next time.
    if (!(error instanceof UpstreamError)) throw error;
    if (error instanceof GoogleApiError && error.status === 404)
      return { kind: 'unavailable', reason: 'The message was deleted after the label was listed.' };
    return { kind: 'unavailable', reason: error.message };
  }
}
