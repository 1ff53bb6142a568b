// A connection's provider credentials: checked, decrypted, and refreshed when they are about to expire or the
// provider rejects them. A refresh token may be spent only once (providers that rotate them refuse it again), so refreshes are
// single-flight within the process and serialized across processes by a row lock; the new pair is stored before
// it is used.
import type { SecretBox } from '../../crypto/secretBox.js';
import { MissingRefreshTokenError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { ProviderRegistry } from '../../providers/registry.js';
import { CredentialsRejectedError, RefreshRejectedError, type ProviderCredentials } from '../../providers/types.js';
import type { Connection, ConnectionStorage, LockedDecision } from './storage.js';

/** Refresh when less than this much of the access token's life is left. */
export const REFRESH_AHEAD_MS = 5 * 60 * 1000;

/** Throws MissingRefreshTokenError unless the connection holds credentials it can use. */
export function assertUsableCredentials(connection: Connection, now = Date.now()): void {
  const reason = unusableReason(connection, now);
  if (reason) throw new MissingRefreshTokenError(connection.id, reason);
}

function unusableReason(connection: Connection, now: number): string | null {
  if (connection.status === 'PENDING') return 'the OAuth flow has not completed';
  if (connection.status === 'REAUTHORIZATION_REQUIRED') return 'the provider no longer accepts its grant';
  if (connection.status === 'DELETED') return 'it was deleted';
  if (!connection.accessTokenEncrypted) return 'no access token is stored';
  if (isExpired(connection, now) && !connection.refreshTokenEncrypted) return 'the access token expired and there is no refresh token';
  return null;
}

function isExpired(connection: Connection, now: number, marginMs = 0): boolean {
  return connection.accessTokenExpiresAt !== null && connection.accessTokenExpiresAt.getTime() - marginMs <= now;
}

/** Runs a provider call with a connection's credentials, refreshed as needed. */
export type WithCredentials = <T>(call: (credentials: ProviderCredentials) => Promise<T>) => Promise<T>;

export class CredentialsManager {
  private readonly refreshing = new Map<string, Promise<Connection>>();

  constructor(
    private readonly storage: ConnectionStorage,
    private readonly secretBox: SecretBox,
    private readonly providers: ProviderRegistry,
    private readonly logger: Logger,
  ) {}

  /** `withCredentials` bound to one connection, for services that make several provider calls for it. */
  for(connection: Connection): WithCredentials {
    return (call) => this.withCredentials(connection, call);
  }

  /**
   * Runs `call` with the connection's credentials, refreshed first if they expire within REFRESH_AHEAD_MS.
   * When the provider rejects them, refreshes once and retries; without a way to refresh, the connection is
   * marked REAUTHORIZATION_REQUIRED and MissingRefreshTokenError is thrown.
   */
  async withCredentials<T>(connection: Connection, call: (credentials: ProviderCredentials) => Promise<T>): Promise<T> {
    assertUsableCredentials(connection);
    let current = connection;
    if (isExpired(current, Date.now(), REFRESH_AHEAD_MS) && current.refreshTokenEncrypted) current = await this.refresh(current);
    try {
      return await call(this.open(current));
    } catch (error) {
      if (!(error instanceof CredentialsRejectedError)) throw error;
      if (!current.refreshTokenEncrypted) throw await this.requireReauthorization(current, 'the provider rejected its access token');
    }
    const refreshed = await this.refresh(current);
    try {
      return await call(this.open(refreshed));
    } catch (error) {
      if (error instanceof CredentialsRejectedError) {
        throw await this.requireReauthorization(refreshed, 'the provider rejected a freshly refreshed token');
      }
      throw error;
    }
  }

  private open(connection: Connection): ProviderCredentials {
    // assertUsableCredentials has seen a token and a refresh always stores one; this only keeps the types honest.
    if (!connection.accessTokenEncrypted) throw new MissingRefreshTokenError(connection.id, 'no access token is stored');
    return { accessToken: this.secretBox.open(connection.accessTokenEncrypted) };
  }

  /** Refreshes the pair once for all concurrent callers in this process. */
  private refresh(connection: Connection): Promise<Connection> {
    let pending = this.refreshing.get(connection.id);
    if (!pending) {
      pending = this.refreshUnderLock(connection).finally(() => this.refreshing.delete(connection.id));
      this.refreshing.set(connection.id, pending);
    }
    return pending;
  }

  private async refreshUnderLock(seen: Connection): Promise<Connection> {
    // Another gateway process may hold the same connection: the row lock makes refreshes take turns.
    const outcome = await this.storage.withLockedRow(seen.id, async (row): Promise<LockedDecision> => {
      // Someone refreshed while we waited: use their pair rather than spending the refresh token again.
      if (
        row.accessTokenEncrypted !== seen.accessTokenEncrypted &&
        !unusableReason(row, Date.now()) &&
        !isExpired(row, Date.now(), REFRESH_AHEAD_MS)
      ) {
        return { use: row };
      }
      if (!row.refreshTokenEncrypted) return { rejected: 'there is no refresh token' };
      const adapter = this.providers.get(row.provider);
      if (!adapter.oauth?.app) return { rejected: `${adapter.name}'s OAuth app is not configured, so tokens cannot be refreshed` };
      try {
        const tokens = await adapter.oauth.flow.refresh(adapter.oauth.app, this.secretBox.open(row.refreshTokenEncrypted));
        return {
          store: {
            accessTokenEncrypted: this.secretBox.seal(tokens.accessToken),
            refreshTokenEncrypted: tokens.refreshToken ? this.secretBox.seal(tokens.refreshToken) : null,
            accessTokenExpiresAt: tokens.accessTokenExpiresAt,
            refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
          },
        };
      } catch (error) {
        if (error instanceof RefreshRejectedError) return { rejected: 'the provider refused its refresh token' };
        throw error;
      }
    });
    if ('rejected' in outcome) throw await this.requireReauthorization(seen, outcome.rejected);
    this.logger.info({ connectionId: seen.id }, 'refreshed provider credentials');
    return outcome.connection;
  }

  private async requireReauthorization(connection: Connection, reason: string): Promise<MissingRefreshTokenError> {
    await this.storage.requireReauthorization(connection.id, reason);
    return new MissingRefreshTokenError(connection.id, reason);
  }
}
