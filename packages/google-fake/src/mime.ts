// A stored Gmail message as Gmail's API shows it: the MIME tree of `format=full` (multipart/mixed around
// multipart/alternative, attachments as parts with an attachmentId), its headers, snippet and raw RFC 822 form.
import type { gmail_v1 } from '@googleapis/gmail';
import type { StoredMessage } from './gmailState';

interface Part {
  mimeType: string;
  headers: gmail_v1.Schema$MessagePartHeader[];
  /** Leaf content; undefined for multiparts. */
  content?: Buffer;
  filename?: string;
  attachmentId?: string;
  parts?: Part[];
  boundary?: string;
}

function leafText(mimeType: 'text/plain' | 'text/html', text: string): Part {
  return {
    mimeType,
    headers: [
      { name: 'Content-Type', value: `${mimeType}; charset="UTF-8"` },
      { name: 'Content-Transfer-Encoding', value: 'quoted-printable' },
    ],
    content: Buffer.from(text, 'utf8'),
  };
}

function multipart(subtype: 'alternative' | 'mixed', parts: Part[], id: string): Part {
  const boundary = `000000000000${id}${subtype === 'mixed' ? 'a' : 'b'}`;
  return {
    mimeType: `multipart/${subtype}`,
    headers: [{ name: 'Content-Type', value: `multipart/${subtype}; boundary="${boundary}"` }],
    parts,
    boundary,
  };
}

function tree(message: StoredMessage): Part {
  const texts: Part[] = [];
  if (message.text !== null) texts.push(leafText('text/plain', message.text));
  if (message.html !== null) texts.push(leafText('text/html', message.html));
  const body = texts.length === 1 ? texts[0]! : multipart('alternative', texts, message.id);
  if (message.attachments.length === 0) return body;
  return multipart(
    'mixed',
    [
      body,
      ...message.attachments.map((attachment): Part => ({
        mimeType: attachment.mimeType,
        filename: attachment.filename,
        attachmentId: attachment.attachmentId,
        content: attachment.content,
        headers: [
          { name: 'Content-Type', value: `${attachment.mimeType}; name="${attachment.filename}"` },
          { name: 'Content-Disposition', value: `attachment; filename="${attachment.filename}"` },
          { name: 'Content-Transfer-Encoding', value: 'base64' },
          { name: 'X-Attachment-Id', value: attachment.attachmentId.slice(-10) },
        ],
      })),
    ],
    message.id,
  );
}

export function topHeaders(message: StoredMessage): gmail_v1.Schema$MessagePartHeader[] {
  return [
    { name: 'MIME-Version', value: '1.0' },
    { name: 'Date', value: new Date(message.internalDate).toUTCString().replace('GMT', '+0000') },
    { name: 'Message-ID', value: `<${message.id}@mail.gmail.com>` },
    { name: 'Subject', value: message.subject },
    { name: 'From', value: message.from },
    { name: 'To', value: message.to.join(', ') },
  ];
}

/** The `payload` of `format=full`: part ids '', '0', '0.1'…, bodies as base64url `data` or an `attachmentId`. */
export function payloadOf(message: StoredMessage): gmail_v1.Schema$MessagePart {
  const render = (part: Part, partId: string, headers: gmail_v1.Schema$MessagePartHeader[]): gmail_v1.Schema$MessagePart => ({
    partId,
    mimeType: part.mimeType,
    filename: part.filename ?? '',
    headers: [...headers, ...part.headers],
    body: part.parts
      ? { size: 0 }
      : part.attachmentId
        ? { attachmentId: part.attachmentId, size: part.content!.length }
        : { size: part.content!.length, data: part.content!.toString('base64url') },
    ...(part.parts
      ? { parts: part.parts.map((child, index) => render(child, partId === '' ? String(index) : `${partId}.${index}`, [])) }
      : {}),
  });
  return render(tree(message), '', topHeaders(message));
}

/** The message as RFC 822 text, for `format=raw` and `sizeEstimate`. */
export function rawOf(message: StoredMessage): Buffer {
  const headerLines = (headers: gmail_v1.Schema$MessagePartHeader[]) =>
    headers.map((header) => `${header.name ?? ''}: ${header.value ?? ''}\r\n`).join('');
  const serialize = (part: Part): string => {
    if (part.parts) {
      const boundary = part.boundary ?? '';
      return `${part.parts.map((child) => `--${boundary}\r\n${headerLines(child.headers)}\r\n${serialize(child)}\r\n`).join('')}--${boundary}--`;
    }
    return part.attachmentId ? part.content!.toString('base64').replace(/.{76}/g, '$&\r\n') : part.content!.toString('utf8');
  };
  const root = tree(message);
  return Buffer.from(`${headerLines([...topHeaders(message), ...root.headers])}\r\n${serialize(root)}`, 'utf8');
}

export function snippetOf(message: StoredMessage): string {
  const text = message.text ?? (message.html ?? '').replace(/<[^>]*>/g, ' ');
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}
