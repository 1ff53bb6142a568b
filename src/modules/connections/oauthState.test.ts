// The OAuth `state`: signed with a key of its own, bound to one connection, expiring after STATE_TTL_SECONDS;
// anything altered, expired or signed with another key verifies to nothing.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { STATE_TTL_SECONDS, StateSigner } from './oauthState.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const signer = new StateSigner(randomBytes(32));

describe('StateSigner', () => {
  it('verifies a state it issued, giving its connection and the hash stored for its nonce', () => {
    const issued = signer.issue('conn-1', NOW);
    expect(issued.expiresAt).toEqual(new Date(NOW + STATE_TTL_SECONDS * 1000));
    expect(issued.nonceHash).toMatch(/^[0-9a-f]{64}$/);
    expect(issued.state).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(signer.verify(issued.state, NOW + 1000)).toEqual({ connectionId: 'conn-1', nonceHash: issued.nonceHash });
  });

  it('issues a new nonce every time, so each state can be used once', () => {
    const [a, b] = [signer.issue('conn-1', NOW), signer.issue('conn-1', NOW)];
    expect(a.state).not.toBe(b.state);
    expect(a.nonceHash).not.toBe(b.nonceHash);
  });

  it('refuses a state once it has expired', () => {
    const { state } = signer.issue('conn-1', NOW);
    const expiry = NOW + STATE_TTL_SECONDS * 1000;
    expect(signer.verify(state, expiry - 1000)).not.toBeNull();
    expect(signer.verify(state, expiry)).toBeNull();
    expect(signer.verify(state, expiry + 1)).toBeNull();
  });

  it('refuses a state signed with another key', () => {
    const { state } = new StateSigner(randomBytes(32)).issue('conn-1', NOW);
    expect(signer.verify(state, NOW)).toBeNull();
  });

  it('refuses a state whose payload or signature was altered', () => {
    const { state } = signer.issue('conn-1', NOW);
    const [payload = '', signature = ''] = state.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const otherConnection = Buffer.from(JSON.stringify({ ...claims, c: 'conn-2' })).toString('base64url');
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    for (const altered of [`${otherConnection}.${signature}`, `${payload}.${flipped}`, `${payload}.${signature.slice(1)}`, `${payload}.`]) {
      expect(signer.verify(altered, NOW)).toBeNull();
    }
  });

  it('refuses anything that is not a state at all', () => {
    const { state } = signer.issue('conn-1', NOW);
    for (const garbage of ['', '.', 'abc', `${state}.extra`, `.${state}`, 'a.b.c', '\u0000.\u0000']) {
      expect(signer.verify(garbage, NOW)).toBeNull();
    }
  });
});
