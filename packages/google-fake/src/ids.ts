// Identifiers shaped like Google's: Drive file ids, shared drive ids, OAuth tokens and codes, Gmail ids.
import { randomBytes, randomInt } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function randomString(length: number, chars = alphabet): string {
  return Array.from(randomBytes(length), (byte) => chars[byte % chars.length]).join('');
}

/** `1…` and 33 characters, as Drive's file ids. */
export const newFileId = () => `1${randomString(32)}`;
/** `0A…` and 19 characters, as shared drive (and My Drive root) ids. */
export const newDriveId = () => `0A${randomString(17, alphabet.slice(0, 62))}Uk9PVA`;
export const newAccessToken = () => `ya29.${randomString(120)}`;
export const newRefreshToken = () => `1//${randomString(100)}`;
export const newAuthorizationCode = () => `4/0A${randomString(70)}`;
export const newResourceId = () => randomString(27);
/** 21 digits, as Google account ids (`sub`). */
export const newSubject = () => `1${Array.from({ length: 20 }, () => String(randomInt(10))).join('')}`;
/** 16 hex digits, as Gmail message and thread ids. */
export const newMessageId = () => randomBytes(8).toString('hex').replace(/^0/, '1');
export const newPermissionId = () => Array.from({ length: 20 }, () => String(randomInt(10))).join('');
