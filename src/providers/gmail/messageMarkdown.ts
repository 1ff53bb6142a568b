// A Gmail message (messages.get format=full) as the Markdown document synced for it: the subject as its title,
// who sent it to whom and when, the body (the plain-text part, or the HTML part converted), and the attachments
// by name only (their content is not synced).
import type { gmail_v1 } from '@googleapis/gmail';
import { createRequire } from 'node:module';
import type TurndownService from 'turndown';
import { bodyText, decodeHeader, headerOf, isAttachment, partsOf } from './mimeText.js';

let turndown: TurndownService | undefined;

/**
 * The converter, loaded on the first HTML body: turndown's DOM (domino) is the largest library the gateway has,
 * and a gateway without Gmail connections never needs it. `require` keeps the conversion synchronous.
 */
function converter(): TurndownService {
  if (!turndown) {
    const Turndown = createRequire(import.meta.url)('turndown') as typeof TurndownService;
    turndown = new Turndown({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
    // Markup that is never content people read.
    turndown.remove(['style', 'script', 'head', 'title']);
  }
  return turndown;
}

const HEADER_LINES = ['From', 'To', 'Cc', 'Date'] as const;

export function messageMarkdown(message: gmail_v1.Schema$Message): string {
  const payload = message.payload ?? {};
  const header = (name: string) => {
    const value = headerOf(payload, name);
    return value === null ? null : decodeHeader(value).trim();
  };
  // An empty subject reads as none, as in Gmail.
  const subject = header('Subject') ?? '';
  const title = subject === '' ? '(no subject)' : subject;
  const lines = HEADER_LINES.flatMap((name) => {
    const value = header(name);
    return value ? [`${name}: ${value}`] : [];
  });
  const sections = [`# ${title}`, lines.join('\n'), bodyOf(payload, message.snippet ?? '')];
  const attachments = attachmentsOf(payload);
  if (attachments.length > 0) {
    sections.push(
      [
        '## Attachments',
        '',
        ...attachments.map((part) => `- ${part.filename ?? ''} (${part.mimeType ?? 'unknown type'}, ${sizeOf(part.body?.size ?? 0)})`),
      ].join('\n'),
    );
  }
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

function bodyOf(payload: gmail_v1.Schema$MessagePart, snippet: string): string {
  const inline = partsOf(payload).filter((part) => !isAttachment(part));
  const plain = inline.find((part) => part.mimeType === 'text/plain');
  const plainText = plain && bodyText(plain);
  if (plainText) return plainText.replace(/\r\n/g, '\n').trim();
  const html = inline.find((part) => part.mimeType === 'text/html');
  const htmlText = html && bodyText(html);
  if (htmlText) return converter().turndown(htmlText).trim();
  // No body at all: the snippet still says what the message is about.
  return snippet;
}

function attachmentsOf(payload: gmail_v1.Schema$MessagePart): gmail_v1.Schema$MessagePart[] {
  return partsOf(payload).filter((part) => part !== payload && isAttachment(part));
}

function sizeOf(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
