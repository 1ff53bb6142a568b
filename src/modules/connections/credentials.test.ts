// A connection's credentials, with fakes for what the manager is given (the row store, the provider's OAuth flow)
// and a real secret box: usable or not, refreshed ahead of expiry and once when the provider rejects the token,
// single-flight, and the user asked to connect again when no refresh can help.
import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { createSecretBox } from '../../crypto/secretBox.js';
import { MissingRefreshTokenError, UpstreamError } from '../../errors.js';
import { createLogger } from '../../logger.js';
import { adapterOf } from '../../providers/adapter.js';
import type { ProviderRegistry } from '../../providers/registry.js';
import { CredentialsRejectedError, RefreshRejectedError, type OAuthApp, type OAuthFlow, type OAuthTokens } from '../../providers/types.js';
import { assertUsableCredentials, CredentialsManager, REFRESH_AHEAD_MS } from './credentials.js';
import type { Connection, ConnectionStorage, LockedDecision } from './storage.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const secretBox = createSecretBox(randomBytes(32));
// Sealed once: every copy of the row holds the same ciphertext, as rows read from the database do.
const sealed = { access: secretBox.seal('access-1'), refresh: secretBox.seal('refresh-1') };

function connection(extra: Partial<Connection> = {}): Connection {
  return {
    id: 'conn-1',
    organizationId: 'org-1',
    provider: 'ACME',
    status: 'ACTIVE',
    accountLogin: 'octo',
    accountId: '1',
    accessTokenEncrypted: sealed.access,
    refreshTokenEncrypted: sealed.refresh,
    accessTokenExpiresAt: null,
    refreshTokenExpiresAt: null,
    metadata: {},
    containerTags: [],
    redirectUrl: null,
    oauthStateHash: null,
    oauthStateExpiresAt: null,
    documentLimit: 10_000,
    deletedAt: null,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...extra,
  };
}

const expiresIn = (ms: number) => new Date(Date.now() + ms);

function reason(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof MissingRefreshTokenError) return error.message;
    throw error;
  }
}

describe('assertUsableCredentials', () => {
  const check = (extra: Partial<Connection>, now = NOW) => reason(() => assertUsableCredentials(connection(extra), now));
  const at = (offset: number) => new Date(NOW + offset);

  it('takes an active connection with a token that has not expired, or that it can refresh', () => {
    expect(check({})).toBeNull();
    expect(check({ accessTokenExpiresAt: at(1) })).toBeNull();
    expect(check({ accessTokenExpiresAt: at(-1) })).toBeNull();
  });

  it('says why a connection cannot be used', () => {
    const message = (why: string) => `Connection conn-1 has no usable credentials (${why}); connect it again.`;
    expect(check({ status: 'PENDING' })).toBe(message('the OAuth flow has not completed'));
    expect(check({ status: 'REAUTHORIZATION_REQUIRED' })).toBe(message('the provider no longer accepts its grant'));
    expect(check({ accessTokenEncrypted: null })).toBe(message('no access token is stored'));
    expect(check({ accessTokenExpiresAt: at(-1), refreshTokenEncrypted: null })).toBe(
      message('the access token expired and there is no refresh token'),
    );
  });

  it('counts a token expiring this very moment as expired', () => {
    expect(check({ accessTokenExpiresAt: at(0), refreshTokenEncrypted: null })).not.toBeNull();
    expect(check({ accessTokenExpiresAt: at(1), refreshTokenEncrypted: null })).toBeNull();
  });
});

/** The row store's part in refreshing: one row, decided on under its "lock", as ConnectionStorage does it. */
class FakeRows implements Pick<ConnectionStorage, 'withLockedRow' | 'requireReauthorization'> {
  reauthorized: string[] = [];
  constructor(public row: Connection) {}

  async withLockedRow(_id: string, decide: (row: Connection) => Promise<LockedDecision>) {
    const decision = await decide(this.row);
    if ('use' in decision) return { connection: decision.use };
    if ('rejected' in decision) return decision;
    this.row = { ...this.row, ...decision.store, status: 'ACTIVE' };
    return { connection: this.row };
  }

  requireReauthorization(id: string): Promise<void> {
    this.reauthorized.push(id);
    this.row = { ...this.row, status: 'REAUTHORIZATION_REQUIRED', accessTokenEncrypted: null, refreshTokenEncrypted: null };
    return Promise.resolve();
  }
}

const tokens = (n: number, extra: Partial<OAuthTokens> = {}): OAuthTokens => ({
  accessToken: `access-${String(n)}`,
  refreshToken: `refresh-${String(n)}`,
  accessTokenExpiresAt: expiresIn(8 * 3600_000),
  refreshTokenExpiresAt: null,
  ...extra,
});

function manager(row: Connection, options: { app?: OAuthApp | null } = {}) {
  const refresh = vi.fn<(app: OAuthApp, refreshToken: string) => Promise<OAuthTokens>>(() => Promise.resolve(tokens(2)));
  const flow: OAuthFlow = {
    appVariables: ['ACME_CLIENT_ID', 'ACME_CLIENT_SECRET'],
    authorizeUrl: () => 'https://auth.acme.test/authorize',
    exchangeCode: () => Promise.reject(new Error('not in these tests')),
    account: () => Promise.reject(new Error('not in these tests')),
    refresh,
  };
  const app = options.app === undefined ? { clientId: 'id', clientSecret: 'secret' } : options.app;
  const adapter = adapterOf({ id: 'ACME', slug: 'acme', name: 'Acme', resourceKinds: [] }, { oauth: { flow, app } });
  const providers: ProviderRegistry = { all: [adapter], get: () => adapter, bySlug: () => adapter };
  const rows = new FakeRows(row);
  const credentials = new CredentialsManager(rows as unknown as ConnectionStorage, secretBox, providers, createLogger('silent'));
  return { credentials, rows, refresh };
}

/** A provider call that records the tokens it was given, rejecting those listed. */
function providerCall(rejected: string[] = []) {
  const seen: string[] = [];
  const call = ({ accessToken }: { accessToken: string }) => {
    seen.push(accessToken);
    return rejected.includes(accessToken) ? Promise.reject(new CredentialsRejectedError('401')) : Promise.resolve(`ok with ${accessToken}`);
  };
  return { call, seen };
}

describe('CredentialsManager.withCredentials', () => {
  it('uses the stored token while it has more than REFRESH_AHEAD_MS to live', async () => {
    const fresh = connection({ accessTokenExpiresAt: expiresIn(REFRESH_AHEAD_MS + 60_000) });
    const { credentials, refresh } = manager(fresh);
    const { call, seen } = providerCall();
    expect(await credentials.withCredentials(fresh, call)).toBe('ok with access-1');
    expect(seen).toEqual(['access-1']);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('refreshes a token about to expire first, storing the new pair sealed before using it', async () => {
    const expiring = connection({ accessTokenExpiresAt: expiresIn(REFRESH_AHEAD_MS - 1000) });
    const { credentials, rows, refresh } = manager(expiring);
    const { call, seen } = providerCall();
    expect(await credentials.withCredentials(expiring, call)).toBe('ok with access-2');
    expect(refresh).toHaveBeenCalledExactlyOnceWith({ clientId: 'id', clientSecret: 'secret' }, 'refresh-1');
    expect(seen).toEqual(['access-2']);
    expect(rows.row.accessTokenEncrypted).not.toContain('access-2');
    expect([secretBox.open(rows.row.accessTokenEncrypted ?? ''), secretBox.open(rows.row.refreshTokenEncrypted ?? '')]).toEqual([
      'access-2',
      'refresh-2',
    ]);
    expect(rows.row.accessTokenExpiresAt?.getTime()).toBeGreaterThan(Date.now() + REFRESH_AHEAD_MS);
  });

  it('refreshes once for concurrent calls', async () => {
    const expiring = connection({ accessTokenExpiresAt: expiresIn(-1000) });
    const { credentials, refresh } = manager(expiring);
    const { call, seen } = providerCall();
    await Promise.all([1, 2, 3].map(() => credentials.withCredentials(expiring, call)));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['access-2', 'access-2', 'access-2']);
  });

  it('uses the pair another process stored while it waited for the row, instead of spending the refresh token again', async () => {
    const seenByUs = connection({ accessTokenExpiresAt: expiresIn(-1000) });
    const { credentials, rows, refresh } = manager(
      connection({ accessTokenEncrypted: secretBox.seal('access-9'), accessTokenExpiresAt: expiresIn(3600_000) }),
    );
    const { call, seen } = providerCall();
    expect(await credentials.withCredentials(seenByUs, call)).toBe('ok with access-9');
    expect(seen).toEqual(['access-9']);
    expect(refresh).not.toHaveBeenCalled();
    expect(rows.reauthorized).toEqual([]);
  });

  it('refreshes once and retries when the provider rejects the token', async () => {
    const { credentials, refresh } = manager(connection());
    const { call, seen } = providerCall(['access-1']);
    expect(await credentials.withCredentials(connection(), call)).toBe('ok with access-2');
    expect(seen).toEqual(['access-1', 'access-2']);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('asks the user to connect again when a freshly refreshed token is rejected too', async () => {
    const { credentials, rows } = manager(connection());
    const { call, seen } = providerCall(['access-1', 'access-2']);
    const error = await credentials.withCredentials(connection(), call).catch((thrown: unknown) => thrown);
    expect(error).toEqual(new MissingRefreshTokenError('conn-1', 'the provider rejected a freshly refreshed token'));
    expect(seen).toEqual(['access-1', 'access-2']);
    expect(rows.reauthorized).toEqual(['conn-1']);
  });

  it('asks the user to connect again when a rejected token cannot be refreshed', async () => {
    const noRefresh = connection({ refreshTokenEncrypted: null });
    const { credentials, rows, refresh } = manager(noRefresh);
    const error = await credentials.withCredentials(noRefresh, providerCall(['access-1']).call).catch((thrown: unknown) => thrown);
    expect(error).toEqual(new MissingRefreshTokenError('conn-1', 'the provider rejected its access token'));
    expect(refresh).not.toHaveBeenCalled();
    expect(rows.reauthorized).toEqual(['conn-1']);
  });

  it('asks the user to connect again when the provider refuses the refresh token', async () => {
    const expiring = connection({ accessTokenExpiresAt: expiresIn(0) });
    const { credentials, rows, refresh } = manager(expiring);
    refresh.mockRejectedValueOnce(new RefreshRejectedError('bad_refresh_token'));
    const error = await credentials.withCredentials(expiring, providerCall().call).catch((thrown: unknown) => thrown);
    expect(error).toEqual(new MissingRefreshTokenError('conn-1', 'the provider refused its refresh token'));
    expect(rows.reauthorized).toEqual(['conn-1']);
  });

  it('cannot refresh without the provider’s OAuth app', async () => {
    const expiring = connection({ accessTokenExpiresAt: expiresIn(0) });
    const { credentials, rows } = manager(expiring, { app: null });
    const error = await credentials.withCredentials(expiring, providerCall().call).catch((thrown: unknown) => thrown);
    expect(error).toEqual(new MissingRefreshTokenError('conn-1', "Acme's OAuth app is not configured, so tokens cannot be refreshed"));
    expect(rows.reauthorized).toEqual(['conn-1']);
  });

  it('lets other failures through, of the call or of the refresh, without touching the grant', async () => {
    const { credentials, rows, refresh } = manager(connection());
    const down = new UpstreamError('Acme', 'Acme failed.');
    await expect(credentials.withCredentials(connection(), () => Promise.reject(down))).rejects.toBe(down);
    expect(refresh).not.toHaveBeenCalled();

    const expiring = connection({ accessTokenExpiresAt: expiresIn(0) });
    refresh.mockRejectedValueOnce(down);
    await expect(credentials.withCredentials(expiring, providerCall().call)).rejects.toBe(down);
    expect(rows.reauthorized).toEqual([]);
  });

  it('refuses, before any call, a connection that cannot be used', async () => {
    const { credentials } = manager(connection());
    const { call, seen } = providerCall();
    await expect(credentials.withCredentials(connection({ status: 'PENDING' }), call)).rejects.toBeInstanceOf(MissingRefreshTokenError);
    expect(seen).toEqual([]);
  });

  it('keeps no refresh token when the provider issues none', async () => {
    const expiring = connection({ accessTokenExpiresAt: expiresIn(0) });
    const { credentials, rows, refresh } = manager(expiring);
    refresh.mockResolvedValueOnce(tokens(3, { refreshToken: null, accessTokenExpiresAt: null }));
    expect(await credentials.withCredentials(expiring, providerCall().call)).toBe('ok with access-3');
    expect([rows.row.refreshTokenEncrypted, rows.row.accessTokenExpiresAt]).toEqual([null, null]);
  });
});
