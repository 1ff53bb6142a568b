// The OAuth `state`: signed (HMAC-SHA256), bound to one connection, expiring, and single-use. The token carries
// the connection id, a random nonce and the expiry; only the nonce's hash is stored on the connection, and the
// callback clears it atomically, so a replayed state finds nothing to consume.
import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

export const STATE_TTL_SECONDS = 3600;

export interface IssuedState {
  state: string;
  nonceHash: string;
  expiresAt: Date;
}

export interface VerifiedState {
  connectionId: string;
  nonceHash: string;
}

export class StateSigner {
  private readonly key: Buffer;

  /** Derives its own key from the credentials key, so the two uses never share key material. */
  constructor(masterKey: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'connections-gateway oauth state', 32));
  }

  issue(connectionId: string, now = Date.now()): IssuedState {
    const nonce = randomBytes(24).toString('base64url');
    const expiresAt = new Date(now + STATE_TTL_SECONDS * 1000);
    const payload = Buffer.from(JSON.stringify({ c: connectionId, n: nonce, e: Math.floor(expiresAt.getTime() / 1000) })).toString(
      'base64url',
    );
    return { state: `${payload}.${this.sign(payload)}`, nonceHash: hashNonce(nonce), expiresAt };
  }

  /** The connection and nonce of a genuine, unexpired state; null for anything else. */
  verify(state: string, now = Date.now()): VerifiedState | null {
    const [payload, signature, extra] = state.split('.');
    if (!payload || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const { c, n, e } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { c: unknown; n: unknown; e: unknown };
      if (typeof c !== 'string' || typeof n !== 'string' || typeof e !== 'number' || e * 1000 <= now) return null;
      return { connectionId: c, nonceHash: hashNonce(n) };
    } catch {
      return null;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}

function hashNonce(nonce: string): string {
  return createHash('sha256').update(nonce).digest('hex');
}
