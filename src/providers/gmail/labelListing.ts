// Which messages carry a label: the whole listing (messages.list, all pages), or the stored one brought up to
// date from the mailbox's history (history.list since the last sync's history id). Either is complete or throws:
// the engine deletes whatever a listing leaves out.
import type { gmail_v1 } from '@googleapis/gmail';
import { UpstreamError } from '../../errors.js';
import type { GoogleApi } from '../googleApi.js';
import type { ProviderCredentials } from '../types.js';

/** The most messages.list and history.list answer per page. */
const PAGE_SIZE = 500;

/** Labels whose messages Gmail lists although they are in Spam or Trash: those two themselves. */
const SPAM_AND_TRASH = new Set(['SPAM', 'TRASH']);

export interface LabelListing {
  messageIds: Set<string>;
  /** Where the mailbox's history stood for this listing: the next sync reads on from here. */
  historyId: string;
}

export async function fullListing(
  api: GoogleApi,
  credentials: ProviderCredentials,
  label: { id: string; fullName: string },
): Promise<LabelListing> {
  // The history id first: a message arriving while the pages are read is then also in the next sync's history.
  const profile = await api.json<gmail_v1.Schema$Profile>(credentials, {
    path: '/gmail/v1/users/me/profile',
    action: 'read the Gmail profile',
  });
  const messageIds = new Set<string>();
  let pageToken: string | undefined;
  do {
    const page: gmail_v1.Schema$ListMessagesResponse = await api.json(credentials, {
      path: '/gmail/v1/users/me/messages',
      query: { labelIds: label.id, maxResults: PAGE_SIZE, pageToken },
      action: 'list the messages of a Gmail label',
      resource: label.fullName,
    });
    for (const message of page.messages ?? []) if (message.id) messageIds.add(message.id);
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return { messageIds, historyId: requireHistoryId(profile.historyId) };
}

/**
 * The stored listing after the history since `startHistoryId`. Throws GoogleApiError 404 when Gmail no longer
 * keeps that history (about a week): the caller then lists in full.
 */
export async function listingFromHistory(
  api: GoogleApi,
  credentials: ProviderCredentials,
  label: { id: string; fullName: string },
  startHistoryId: string,
  storedIds: Iterable<string>,
): Promise<LabelListing> {
  const messageIds = new Set(storedIds);
  let pageToken: string | undefined;
  let historyId: string;
  do {
    const page: gmail_v1.Schema$ListHistoryResponse = await api.json(credentials, {
      path: '/gmail/v1/users/me/history',
      query: {
        startHistoryId,
        labelId: label.id,
        historyTypes: 'messageAdded,messageDeleted,labelAdded,labelRemoved',
        maxResults: PAGE_SIZE,
        pageToken,
      },
      action: 'read the history of a Gmail label',
      resource: label.fullName,
    });
    for (const record of page.history ?? []) applyRecord(record, label.id, messageIds);
    historyId = requireHistoryId(page.historyId);
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return { messageIds, historyId };
}

/** One history record's effect on the label's messages, in the order Gmail's records are meant: adds, label changes, deletions. */
function applyRecord(record: gmail_v1.Schema$History, labelId: string, messageIds: Set<string>): void {
  const changed = [...(record.messagesAdded ?? []), ...(record.labelsAdded ?? []), ...(record.labelsRemoved ?? [])];
  for (const { message } of changed) {
    if (!message?.id) continue;
    if (isListed(message.labelIds ?? [], labelId)) messageIds.add(message.id);
    else messageIds.delete(message.id);
  }
  for (const { message } of record.messagesDeleted ?? []) if (message?.id) messageIds.delete(message.id);
}

/** Whether messages.list for the label would list a message with these labels (Spam and Trash are left out, as Gmail does). */
function isListed(labelIds: readonly string[], labelId: string): boolean {
  if (!labelIds.includes(labelId)) return false;
  return SPAM_AND_TRASH.has(labelId) || !labelIds.some((id) => SPAM_AND_TRASH.has(id));
}

function requireHistoryId(historyId: string | null | undefined): string {
  // Gmail always sends one; without it the feed's position would be lost, so the answer counts as a failure.
  if (!historyId) throw new UpstreamError('Google', 'Gmail answered without a history id.');
  return historyId;
}
