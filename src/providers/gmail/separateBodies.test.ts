// A body Gmail keeps apart (an attachmentId instead of data) is read, for the text parts only: the Google fake
// never answers so, so a stub of the API client stands in and records what was asked.
import type { gmail_v1 } from '@googleapis/gmail';
import { describe, expect, it } from 'vitest';
import type { GoogleApi, GoogleRequest } from '../googleApi.js';
import { messageMarkdown } from './messageMarkdown.js';
import { readSeparateBodies } from './separateBodies.js';

function stubApi(bodies: Record<string, string>): GoogleApi & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    json<T>(_credentials: unknown, request: GoogleRequest) {
      asked.push(request.path);
      const attachmentId = request.path.split('/').at(-1) ?? '';
      const data = Buffer.from(bodies[attachmentId] ?? '', 'utf8').toString('base64url');
      return Promise.resolve({ size: data.length, data } as T);
    },
    text: () => Promise.resolve(''),
  };
}

describe('readSeparateBodies', () => {
  it('reads a text body kept apart, and leaves attachments unread', async () => {
    const message: gmail_v1.Schema$Message = {
      id: 'm1',
      payload: {
        mimeType: 'multipart/mixed',
        headers: [{ name: 'Subject', value: 'Long' }],
        parts: [
          { mimeType: 'text/plain', filename: '', headers: [], body: { size: 9_000_000, attachmentId: 'body-1' } },
          { mimeType: 'text/plain', filename: 'notes.txt', headers: [], body: { size: 12, attachmentId: 'file-1' } },
        ],
      },
    };
    const api = stubApi({ 'body-1': 'A very long body.', 'file-1': 'not wanted' });
    await readSeparateBodies(api, { accessToken: 't' }, message, 'INBOX');
    expect(api.asked).toEqual(['/gmail/v1/users/me/messages/m1/attachments/body-1']);
    expect(messageMarkdown(message)).toBe('# Long\n\nA very long body.\n\n## Attachments\n\n- notes.txt (text/plain, 12 bytes)\n');
  });
});
