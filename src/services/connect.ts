// Connecting a provider account: createConnection stores a PENDING connection and hands out the provider's
// authorize URL; the OAuth callback completes it (tokens stored encrypted, account recorded, status ACTIVE).
import { ProviderNotConfiguredError, ProviderNotSupportedError, ValidationError } from '../errors.js';
import type { Connection, Prisma } from '../generated/prisma/client.js';
import type { Provider } from '../generated/prisma/enums.js';
import { STATE_TTL_SECONDS } from '../oauth/state.js';
import type { Gateway } from './gateway.js';

/** The largest `metadata` a connection keeps: it is the app's own note, read with every connection. */
export const MAX_METADATA_BYTES = 64 * 1024;

export interface CreateConnectionInput {
  provider: Provider;
  redirectUrl: string;
  metadata?: Prisma.InputJsonValue | null;
  containerTags?: string[];
}

export interface CreatedConnection {
  connection: Connection;
  authLink: string;
  expiresIn: number;
}

export function callbackUrl(gateway: Gateway, providerSlug: string): string {
  return `${gateway.publicUrl}/oauth/callback/${providerSlug}`;
}

export async function createConnection(gateway: Gateway, organizationId: string, input: CreateConnectionInput): Promise<CreatedConnection> {
  const adapter = gateway.providers.get(input.provider);
  if (!adapter.oauth) throw new ProviderNotSupportedError(adapter.name, 'createConnection');
  const redirectUrl = validateRedirectUrl(input.redirectUrl, gateway.allowedRedirectOrigins);
  const app = adapter.oauth.app;
  if (!app) throw new ProviderNotConfiguredError(adapter.name, adapter.oauth.flow.appVariables);
  if (input.metadata !== undefined && input.metadata !== null && (typeof input.metadata !== 'object' || Array.isArray(input.metadata))) {
    throw new ValidationError('metadata', 'metadata must be a JSON object.');
  }
  if (input.metadata && Buffer.byteLength(JSON.stringify(input.metadata)) > MAX_METADATA_BYTES) {
    throw new ValidationError('metadata', `metadata must be at most ${MAX_METADATA_BYTES / 1024} KiB of JSON.`);
  }

  const connection = await gateway.prisma.connection.create({
    data: {
      organizationId,
      provider: input.provider,
      status: 'PENDING',
      redirectUrl,
      metadata: input.metadata ?? {},
      containerTags: input.containerTags ?? [],
    },
  });
  const issued = gateway.stateSigner.issue(connection.id);
  const pending = await gateway.prisma.connection.update({
    where: { id: connection.id },
    data: { oauthStateHash: issued.nonceHash, oauthStateExpiresAt: issued.expiresAt },
  });
  const authLink = adapter.oauth.flow.authorizeUrl(app, { state: issued.state, redirectUri: callbackUrl(gateway, adapter.slug) });
  return { connection: pending, authLink, expiresIn: STATE_TTL_SECONDS };
}

function validateRedirectUrl(value: string, allowedOrigins: string[] | null): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ValidationError('redirectUrl', 'redirectUrl must be an absolute http(s) URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ValidationError('redirectUrl', 'redirectUrl must be an absolute http(s) URL.');
  }
  if (allowedOrigins && !allowedOrigins.includes(url.origin)) {
    throw new ValidationError('redirectUrl', `redirectUrl's origin ${url.origin} is not in ALLOWED_REDIRECT_ORIGINS.`);
  }
  return url.toString();
}

export type CallbackOutcome = { kind: 'invalid-state' } | { kind: 'redirect'; location: string };

/**
 * Completes an authorization from the provider's redirect. A bad, replayed or expired state changes nothing;
 * otherwise the state is spent (whatever happens next) and the browser goes back to the app's redirectUrl.
 */
export async function completeAuthorization(
  gateway: Gateway,
  providerSlug: string,
  params: { state: string | null; code: string | null; error: string | null; errorDescription: string | null },
): Promise<CallbackOutcome> {
  const adapter = gateway.providers.bySlug(providerSlug);
  const verified = params.state ? gateway.stateSigner.verify(params.state) : null;
  if (!adapter?.oauth || !verified) return { kind: 'invalid-state' };
  // Spend the state atomically: of two callbacks with the same state, one wins and the other finds nothing.
  const spent = await gateway.prisma.connection.updateMany({
    where: {
      id: verified.connectionId,
      provider: adapter.id,
      status: 'PENDING',
      oauthStateHash: verified.nonceHash,
      oauthStateExpiresAt: { gt: new Date() },
    },
    data: { oauthStateHash: null, oauthStateExpiresAt: null },
  });
  if (spent.count !== 1) return { kind: 'invalid-state' };
  const connection = await gateway.prisma.connection.findUniqueOrThrow({ where: { id: verified.connectionId } });
  gateway.connections.invalidate(connection.id);
  // createConnection stores a redirectUrl with every state it issues; a pending connection without one is corrupt.
  const { redirectUrl } = connection;
  if (redirectUrl === null) throw new Error(`Connection ${connection.id} awaits authorization but has no redirectUrl.`);

  const back = (status: 'success' | 'error', extra: Record<string, string> = {}) => {
    const location = new URL(redirectUrl);
    location.searchParams.set('connectionId', connection.id);
    location.searchParams.set('status', status);
    for (const [name, value] of Object.entries(extra)) location.searchParams.set(name, value);
    return { kind: 'redirect' as const, location: location.toString() };
  };
  if (params.error || !params.code) {
    return back('error', {
      error: params.error ?? 'missing_code',
      ...(params.errorDescription ? { error_description: params.errorDescription } : {}),
    });
  }
  const app = adapter.oauth.app;
  if (!app) return back('error', { error: 'provider_not_configured' });
  try {
    const tokens = await adapter.oauth.flow.exchangeCode(app, params.code, callbackUrl(gateway, adapter.slug));
    const account = await adapter.oauth.flow.account({ accessToken: tokens.accessToken });
    await gateway.prisma.connection.update({
      where: { id: connection.id },
      data: {
        status: 'ACTIVE',
        accessTokenEncrypted: gateway.secretBox.seal(tokens.accessToken),
        refreshTokenEncrypted: tokens.refreshToken ? gateway.secretBox.seal(tokens.refreshToken) : null,
        accessTokenExpiresAt: tokens.accessTokenExpiresAt,
        refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
        accountLogin: account.login,
        accountId: account.id,
      },
    });
    gateway.connections.invalidate(connection.id);
    return back('success');
  } catch (error) {
    gateway.logger.warn({ err: error, connectionId: connection.id }, 'OAuth code exchange failed');
    return back('error', { error: 'exchange_failed' });
  }
}
