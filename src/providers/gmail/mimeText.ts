// Text out of a Gmail MIME part: bodies come as base64url bytes in the part's own charset (Gmail has already
// undone the transfer encoding), and headers may hold RFC 2047 encoded words (`=?ISO-8859-1?Q?Caf=E9?=`).
import type { gmail_v1 } from '@googleapis/gmail';

/** Every part of the tree, depth first, the root included. */
export function partsOf(part: gmail_v1.Schema$MessagePart): gmail_v1.Schema$MessagePart[] {
  return [part, ...(part.parts ?? []).flatMap(partsOf)];
}

/** Whether a part is a file attached rather than the message's own text. */
export function isAttachment(part: gmail_v1.Schema$MessagePart): boolean {
  return Boolean(part.filename) || /^\s*attachment/i.test(headerOf(part, 'Content-Disposition') ?? '');
}

/** A header of a part, by name, ignoring case. */
export function headerOf(part: gmail_v1.Schema$MessagePart, name: string): string | null {
  const wanted = name.toLowerCase();
  return part.headers?.find((header) => header.name?.toLowerCase() === wanted)?.value ?? null;
}

/** The charset a part's Content-Type names; UTF-8 when it names none. */
export function charsetOf(part: gmail_v1.Schema$MessagePart): string {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(headerOf(part, 'Content-Type') ?? '');
  return match?.[1] ?? 'utf-8';
}

/** Bytes in a charset as text; an unknown charset is read as UTF-8 rather than dropping the body. */
export function decodeBytes(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** A part's body as text, when it carries its data inline. */
export function bodyText(part: gmail_v1.Schema$MessagePart): string | null {
  const data = part.body?.data;
  if (data === undefined || data === null) return null;
  return decodeBytes(Buffer.from(data, 'base64url'), charsetOf(part));
}

const ENCODED_WORD = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;

/** A header value with its RFC 2047 encoded words decoded (whitespace between adjacent ones dropped, as the RFC says). */
export function decodeHeader(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(ENCODED_WORD, (_word, charset: string, encoding: string, text: string) => {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))),
              'latin1',
            );
      // RFC 2231's language suffix (`UTF-8*en`) is not part of the charset.
      return decodeBytes(bytes, charset.replace(/\*.*$/, ''));
    });
}
