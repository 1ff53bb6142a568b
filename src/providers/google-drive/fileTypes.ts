// How each kind of Drive file is read, or why it is not: Google's editors' files are exported to the text format
// closest to what people wrote, text-like files are downloaded as they are, everything else is skipped with a
// reason the run records.

/** The sync engine's largest document: larger files are not downloaded at all. */
const MAX_DOCUMENT_BYTES = 1024 * 1024;

export type FileReading = { kind: 'export'; format: string } | { kind: 'download' } | { kind: 'skip'; reason: string };

const GOOGLE_APPS = 'application/vnd.google-apps.';

/** Google's editors' types and the text format each is exported to. */
const EXPORTS: Readonly<Record<string, string>> = {
  [`${GOOGLE_APPS}document`]: 'text/markdown',
  [`${GOOGLE_APPS}spreadsheet`]: 'text/csv',
  [`${GOOGLE_APPS}presentation`]: 'text/plain',
};

/** Google types that have no text export, by what people call them. */
const UNEXPORTABLE: Readonly<Record<string, string>> = {
  [`${GOOGLE_APPS}shortcut`]: 'Drive shortcuts are not synced (select the file they point to instead)',
  [`${GOOGLE_APPS}form`]: 'Google Forms cannot be exported as text',
  [`${GOOGLE_APPS}drawing`]: 'Google Drawings cannot be exported as text',
  [`${GOOGLE_APPS}jam`]: 'Jamboards cannot be exported as text',
  [`${GOOGLE_APPS}site`]: 'Google Sites cannot be exported as text',
  [`${GOOGLE_APPS}map`]: 'Google My Maps cannot be exported as text',
  [`${GOOGLE_APPS}script`]: 'Apps Script projects are not synced',
};

/** Media types outside text/* whose content is text people read. */
const TEXT_APPLICATION_TYPES = new Set([
  'application/json',
  'application/ld+json',
  'application/xml',
  'application/yaml',
  'application/x-yaml',
  'application/toml',
  'application/csv',
  'application/javascript',
  'application/x-javascript',
  'application/ecmascript',
  'application/typescript',
  'application/x-typescript',
  'application/sql',
  'application/x-sh',
  'application/x-httpd-php',
  'application/rtf',
]);

function isTextLike(mimeType: string): boolean {
  return mimeType.startsWith('text/') || TEXT_APPLICATION_TYPES.has(mimeType) || mimeType.endsWith('+json') || mimeType.endsWith('+xml');
}

function binaryReason(mimeType: string): string {
  const what = mimeType.startsWith('image/')
    ? 'images'
    : mimeType === 'application/pdf'
      ? 'PDFs'
      : mimeType.startsWith('video/')
        ? 'videos'
        : mimeType.startsWith('audio/')
          ? 'audio files'
          : 'binary files';
  return `${what} are not synced (${mimeType})`;
}

/** How a file of this type and size (bytes; Google's own files have none) is read. */
export function readingOf(mimeType: string, size: number): FileReading {
  const format = EXPORTS[mimeType];
  if (format) return { kind: 'export', format };
  if (mimeType.startsWith(GOOGLE_APPS)) {
    return { kind: 'skip', reason: UNEXPORTABLE[mimeType] ?? `Google files of type ${mimeType} cannot be exported as text` };
  }
  if (!isTextLike(mimeType)) return { kind: 'skip', reason: binaryReason(mimeType) };
  if (size > MAX_DOCUMENT_BYTES) return { kind: 'skip', reason: 'files over 1 MiB are not synced' };
  return { kind: 'download' };
}
