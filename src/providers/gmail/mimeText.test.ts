// Decoding what the Google fake never sends (it writes UTF-8 only): bodies in other charsets, RFC 2047 encoded
// header words, and messages whose parts are laid out differently, as real mail has them.
import type { gmail_v1 } from '@googleapis/gmail';
import { describe, expect, it } from 'vitest';
import { messageMarkdown } from './messageMarkdown.js';
import { bodyText, decodeHeader } from './mimeText.js';

function part(mimeType: string, bytes: Buffer, contentType = mimeType): gmail_v1.Schema$MessagePart {
  return {
    mimeType,
    filename: '',
    headers: [{ name: 'Content-Type', value: contentType }],
    body: { size: bytes.length, data: bytes.toString('base64url') },
  };
}

describe('bodyText', () => {
  it('reads the body in the charset its Content-Type names', () => {
    expect(bodyText(part('text/plain', Buffer.from('Caf\xe9 cr\xe8me', 'latin1'), 'text/plain; charset="ISO-8859-1"'))).toBe('Café crème');
    expect(bodyText(part('text/plain', Buffer.from([0x82, 0xb1, 0x82, 0xf1]), 'text/plain; charset=Shift_JIS'))).toBe('こん');
    expect(bodyText(part('text/plain', Buffer.from('Grüße', 'utf8'), 'text/plain'))).toBe('Grüße');
  });

  it('reads an unknown charset as UTF-8 rather than dropping the body', () => {
    expect(bodyText(part('text/plain', Buffer.from('héllo', 'utf8'), 'text/plain; charset=x-unknown-charset'))).toBe('héllo');
  });
});

describe('decodeHeader', () => {
  it('decodes B and Q encoded words in their charsets, joining adjacent ones', () => {
    expect(decodeHeader('=?UTF-8?B?Q2Fmw6kg4piV?=')).toBe('Café ☕');
    expect(decodeHeader('=?ISO-8859-1?Q?Caf=E9_cr=E8me?= is served')).toBe('Café crème is served');
    expect(decodeHeader('=?UTF-8?Q?Gr=C3=BC?= =?UTF-8?Q?=C3=9Fe?=')).toBe('Grüße');
    expect(decodeHeader('"=?utf-8?q?Zo=C3=AB?=" <zoe@example.com>')).toBe('"Zoë" <zoe@example.com>');
    expect(decodeHeader('Plain subject')).toBe('Plain subject');
  });
});

describe('messageMarkdown', () => {
  it('renders encoded headers, a Latin-1 body nested in multiparts, Cc, and an inline attachment by name', () => {
    const message: gmail_v1.Schema$Message = {
      id: 'abc',
      snippet: 'ignored',
      payload: {
        mimeType: 'multipart/mixed',
        headers: [
          { name: 'Subject', value: '=?ISO-8859-1?Q?R=E9sum=E9?=' },
          { name: 'From', value: 'a@example.com' },
          { name: 'To', value: 'b@example.com' },
          { name: 'Cc', value: 'c@example.com' },
          { name: 'Date', value: 'Sun, 01 Mar 2026 12:00:00 +0000' },
        ],
        body: { size: 0 },
        parts: [
          {
            mimeType: 'multipart/alternative',
            headers: [],
            body: { size: 0 },
            parts: [
              part('text/plain', Buffer.from('Voil\xe0 mon r\xe9sum\xe9.\r\n', 'latin1'), 'text/plain; charset=iso-8859-1'),
              part('text/html', Buffer.from('<p>html</p>'), 'text/html'),
            ],
          },
          {
            mimeType: 'image/png',
            filename: 'logo.png',
            headers: [{ name: 'Content-Disposition', value: 'inline; filename="logo.png"' }],
            body: { size: 3_500_000, attachmentId: 'att' },
          },
        ],
      },
    };
    expect(messageMarkdown(message)).toBe(
      [
        '# Résumé',
        '',
        'From: a@example.com',
        'To: b@example.com',
        'Cc: c@example.com',
        'Date: Sun, 01 Mar 2026 12:00:00 +0000',
        '',
        'Voilà mon résumé.',
        '',
        '## Attachments',
        '',
        '- logo.png (image/png, 3.3 MB)',
        '',
      ].join('\n'),
    );
  });

  it('names a message without a subject, and falls back to the snippet when no body is inline', () => {
    const markdown = messageMarkdown({
      snippet: 'Only a snippet',
      payload: { mimeType: 'text/plain', headers: [], body: { size: 10, attachmentId: 'x' } },
    });
    expect(markdown).toBe('# (no subject)\n\nOnly a snippet\n');
  });
});
