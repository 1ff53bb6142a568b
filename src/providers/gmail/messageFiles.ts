// How a label's messages appear to the sync engine: one file per message, under a path made of its id. A Gmail
// message never changes content (only its labels do), so its id is also the hash of its content.
import type { SourceFile } from '../types.js';

const PREFIX = 'messages/';

export const MESSAGE_MIME_TYPE = 'message/rfc822';

export function messageFile(id: string): SourceFile {
  // Size is unknown until the message is read (messages.list gives ids only).
  return { path: `${PREFIX}${id}`, sha: id, id, mimeType: MESSAGE_MIME_TYPE, size: 0, binary: false };
}

/** The message id a stored path was made from, or null for a path this adapter did not make. */
export function messageIdOf(path: string): string | null {
  const id = path.startsWith(PREFIX) ? path.slice(PREFIX.length) : '';
  return /^[0-9a-zA-Z]+$/.test(id) ? id : null;
}
