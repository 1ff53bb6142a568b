// Gmail leaves a large part out of messages.get, as it does attachments: the part has an attachmentId instead of
// data. For the message's own text (not its attachments) that data is read, so the document holds the whole body.
import type { gmail_v1 } from '@googleapis/gmail';
import type { GoogleApi } from '../googleApi.js';
import type { ProviderCredentials } from '../types.js';
import { isAttachment, partsOf } from './mimeText.js';

const TEXT_TYPES = new Set(['text/plain', 'text/html']);

/** Fills in, in place, the data of the message's text parts Gmail kept apart. */
export async function readSeparateBodies(
  api: GoogleApi,
  credentials: ProviderCredentials,
  message: gmail_v1.Schema$Message,
  label: string,
): Promise<void> {
  const apart = partsOf(message.payload ?? {}).filter(
    (part) => TEXT_TYPES.has(part.mimeType ?? '') && !isAttachment(part) && !part.body?.data && part.body?.attachmentId,
  );
  for (const part of apart) {
    const body = await api.json<gmail_v1.Schema$MessagePartBody>(credentials, {
      path: `/gmail/v1/users/me/messages/${encodeURIComponent(message.id ?? '')}/attachments/${encodeURIComponent(part.body?.attachmentId ?? '')}`,
      action: 'read the body of a Gmail message',
      resource: label,
    });
    part.body = { ...part.body, data: body.data ?? null };
  }
}
