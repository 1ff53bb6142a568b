// Google's signing side, made locally: an RSA key the fake generates, RS256 JWTs (Pub/Sub push
// authorization, OpenID id_tokens) and the JWKS at `/oauth2/v3/certs` that verifies them, as Google's does.
import { createHash, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';

export interface Jwk {
  kty: string;
  n: string;
  e: string;
  kid: string;
  alg: 'RS256';
  use: 'sig';
}

export class Signer {
  private readonly privateKey: KeyObject;
  readonly kid: string;
  readonly jwk: Jwk;

  constructor() {
    // 2048 bits as Google's keys; generated once per fake, in a few milliseconds.
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    const exported = publicKey.export({ format: 'jwk' });
    this.kid = createHash('sha1').update(String(exported.n)).digest('hex');
    this.jwk = { kty: 'RSA', n: String(exported.n), e: String(exported.e), kid: this.kid, alg: 'RS256', use: 'sig' };
  }

  sign(claims: Record<string, unknown>): string {
    const header = base64url(JSON.stringify({ alg: 'RS256', kid: this.kid, typ: 'JWT' }));
    const payload = base64url(JSON.stringify(claims));
    const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(this.privateKey).toString('base64url');
    return `${header}.${payload}.${signature}`;
  }
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
