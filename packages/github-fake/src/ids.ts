// Identifiers shaped like GitHub's: node ids, tokens, OAuth codes, request ids and git object ids.
import { createHash, randomBytes, randomInt } from 'node:crypto';

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function randomBase62(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += base62.charAt(randomInt(base62.length));
  return out;
}

/** Token prefixes GitHub uses: OAuth app tokens, GitHub App user tokens, and their refresh tokens. */
export type TokenPrefix = 'gho' | 'ghu' | 'ghr';

/** `gho_`/`ghu_` tokens are 40 characters long, `ghr_` refresh tokens 80. */
export function newToken(prefix: TokenPrefix): string {
  return `${prefix}_${randomBase62(prefix === 'ghr' ? 76 : 36)}`;
}

/** OAuth authorization codes are 20 hexadecimal characters. */
export function newOAuthCode(): string {
  return randomBytes(10).toString('hex');
}

/** `x-github-request-id` values look like `C0DE:1A2B3:4C5D6E:5F6A7B8:65F0A1B2`. */
export function newRequestId(): string {
  const hex = (bytes: number) =>
    randomBytes(bytes)
      .toString('hex')
      .toUpperCase()
      .replace(/^0+(?=.)/, '');
  return [hex(2), hex(3), hex(3), hex(4), hex(4)].join(':');
}

/**
 * GitHub's "next" global node ids: a type prefix, `_`, and the unpadded URL-safe base64 of the MessagePack
 * array `[0, databaseId]` (hence the familiar `R_kgDO…` for repositories and `U_kgDO…` for users).
 */
export function nodeId(prefix: string, databaseId: number): string {
  return `${prefix}_${Buffer.concat([Buffer.from([0x92, 0x00]), msgpackUint(databaseId)]).toString('base64url')}`;
}

function msgpackUint(value: number): Buffer {
  if (value < 0x80) return Buffer.from([value]);
  if (value < 0x100) return Buffer.from([0xcc, value]);
  if (value < 0x10000) {
    const buffer = Buffer.alloc(3);
    buffer[0] = 0xcd;
    buffer.writeUInt16BE(value, 1);
    return buffer;
  }
  const buffer = Buffer.alloc(5);
  buffer[0] = 0xce;
  buffer.writeUInt32BE(value, 1);
  return buffer;
}

/** A git object's node id in one repository: `C_`, `T_` or `B_` by type, then the repository and the oid. */
export function gitObjectNodeId(repositoryId: number, type: 'blob' | 'tree' | 'commit', oid: string): string {
  const prefix = { commit: 'C', tree: 'T', blob: 'B' }[type];
  return `${prefix}_${Buffer.from(`${repositoryId}:${oid}`).toString('base64url')}`;
}

/** A git object id exactly as git computes it: SHA-1 over `<type> <size>\0<content>`. */
export function gitObjectId(type: 'blob' | 'tree' | 'commit', content: Buffer): string {
  return createHash('sha1').update(`${type} ${content.length}\0`).update(content).digest('hex');
}

/** Opaque connection cursors, base64 like GitHub's (`Y3Vyc29yOnYyOpH…`). */
export function encodeCursor(value: unknown): string {
  return Buffer.from(`cursor:v2:${JSON.stringify(value)}`).toString('base64');
}

export function decodeCursor(cursor: string): unknown {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (!text.startsWith('cursor:v2:')) return undefined;
  try {
    return JSON.parse(text.slice('cursor:v2:'.length));
  } catch {
    return undefined;
  }
}
