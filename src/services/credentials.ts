// Whether a connection can call its provider, and with which token. The status check is cheap and runs first;
// the token is decrypted only when an upstream call is actually about to happen.
import type { SecretBox } from '../crypto/secretBox';
import { MissingRefreshTokenError } from '../errors';
import type { Connection } from '../generated/prisma/client';
import type { ProviderCredentials } from '../providers/types';

/** Throws MissingRefreshTokenError unless the connection holds credentials it can use. */
export function assertUsableCredentials(connection: Connection, now = new Date()): void {
  const reason = unusableReason(connection, now);
  if (reason) throw new MissingRefreshTokenError(connection.id, reason);
}

function unusableReason(connection: Connection, now: Date): string | null {
  if (connection.status === 'PENDING') return 'the OAuth flow has not completed';
  if (connection.status === 'REAUTHORIZATION_REQUIRED') return 'the provider no longer accepts its grant';
  if (!connection.accessTokenEncrypted) return 'no access token is stored';
  const expired = connection.accessTokenExpiresAt !== null && connection.accessTokenExpiresAt <= now;
  if (expired && !connection.refreshTokenEncrypted) return 'the access token expired and there is no refresh token';
  return null;
}

export function openCredentials(connection: Connection, secretBox: SecretBox): ProviderCredentials {
  assertUsableCredentials(connection);
  return { accessToken: secretBox.open(connection.accessTokenEncrypted!) };
}
