// Connections: reading them within an organization, connecting a provider account (createConnection stores a
// PENDING connection and hands out the provider's authorize URL; the OAuth callback completes it, storing the
// tokens encrypted and marking it ACTIVE), connecting one again in place (reauthorizeConnection: a new authorize
// URL for the same connection, whose callback replaces its tokens and keeps everything else), and deleting one
// (its resources' cleanup at the provider first).
import type { SecretBox } from '../../crypto/secretBox.js';
import { ConnectionDeletedError, ConnectionNotFoundError, ProviderNotConfiguredError, ValidationError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { requireCapability } from '../../providers/capabilities.js';
import type { ProviderRegistry } from '../../providers/registry.js';
import type { Provider, ProviderAccount, ProviderAdapter } from '../../providers/types.js';
import type { CredentialsManager } from './credentials.js';
import { STATE_TTL_SECONDS, type StateSigner } from './oauthState.js';
import type { Connection, ConnectionScope, ConnectionStorage, IdPage } from './storage.js';

/** The largest `metadata` a connection keeps: it is the app's own note, read with every connection. */
export const MAX_METADATA_BYTES = 64 * 1024;

/** Documents a connection keeps at most unless created with another documentLimit (as Supermemory's default). */
export const DEFAULT_DOCUMENT_LIMIT = 10_000;
export const MAX_DOCUMENT_LIMIT = 1_000_000;

/**
 * A lookup by provider and container tags acts on at most this many connections (the newest): with tags they are
 * one user's, without they can be an organization's every connection to the provider.
 */
export const MAX_MATCHED_CONNECTIONS = 1_000;

export interface CreateConnectionInput {
  provider: Provider;
  redirectUrl: string;
  metadata?: unknown;
  containerTags?: string[];
  documentLimit?: number | null;
}

export interface ReauthorizeConnectionInput {
  /** Where the user returns; omitted, the connection's stored one (see reauthorize). */
  redirectUrl?: string | null;
}

/** A connection with the link that authorizes it (created, or to be connected again). */
export interface CreatedConnection {
  connection: Connection;
  authLink: string;
  expiresIn: number;
}

export type CallbackOutcome = { kind: 'invalid-state' } | { kind: 'redirect'; location: string };

export interface DeleteResult {
  connection: Connection;
  webhooksRemoved: number;
  /** Resources whose webhook could not be removed (delete those hooks on the provider). */
  unremovedWebhooks: string[];
  grantRevoked: boolean;
  /** Why the grant could not be revoked, if it could not. */
  grantError: string | null;
  /** Whether the documents were kept (the connection stays readable by id, DELETED). */
  documentsKept: boolean;
}

/** What other modules must undo at the provider before a connection goes (the resources module's webhooks). */
export interface ConnectionCleanup {
  beforeDelete(connection: Connection): Promise<{ webhooksRemoved: number; unremovedWebhooks: string[] }>;
}

export interface ConnectionServiceOptions {
  storage: ConnectionStorage;
  credentials: CredentialsManager;
  providers: ProviderRegistry;
  stateSigner: StateSigner;
  secretBox: SecretBox;
  logger: Logger;
  publicUrl: string;
  /** createConnection accepts redirect URLs on these origins only; null: any http(s) URL. */
  allowedRedirectOrigins: string[] | null;
}

export class ConnectionService {
  private cleanup: ConnectionCleanup = { beforeDelete: () => Promise.resolve({ webhooksRemoved: 0, unremovedWebhooks: [] }) };

  constructor(private readonly options: ConnectionServiceOptions) {}

  /** The credentials of connections, for the modules that call providers on their behalf. */
  get credentials(): CredentialsManager {
    return this.options.credentials;
  }

  /** Wired by the composition root: the resources module's cleanup, which depends on this module. */
  onDelete(cleanup: ConnectionCleanup): void {
    this.cleanup = cleanup;
  }

  findMany(organizationId: string, ids: readonly string[]): Promise<Connection[]> {
    return this.options.storage.findMany(organizationId, ids);
  }

  /** The organization's connection, or ConnectionNotFoundError (also for another organization's id). */
  async require(organizationId: string, id: string): Promise<Connection> {
    const connection = await this.options.storage.get(organizationId, id);
    if (!connection) throw new ConnectionNotFoundError(id);
    return connection;
  }

  page(scope: ConnectionScope, page: IdPage): Promise<Connection[]> {
    return this.options.storage.page(scope, page);
  }

  count(scope: ConnectionScope): Promise<number> {
    return this.options.storage.count(scope);
  }

  withTags(organizationId: string, tags: readonly string[]): Promise<Connection[]> {
    return this.options.storage.withTags(organizationId, tags);
  }

  /**
   * The connections to the provider whose container tags are exactly `containerTags` (as a set; null: any), newest
   * first and at most MAX_MATCHED_CONNECTIONS, or ConnectionNotFoundError when there is none.
   */
  async requireMatching(
    organizationId: string,
    adapter: ProviderAdapter,
    containerTags: readonly string[] | null,
  ): Promise<[Connection, ...Connection[]]> {
    const [newest, ...others] = await this.options.storage.withExactTags(
      organizationId,
      adapter.id,
      containerTags,
      MAX_MATCHED_CONNECTIONS,
    );
    if (!newest) throw ConnectionNotFoundError.matching({ provider: adapter.name, containerTags });
    return [newest, ...others];
  }

  /** ProviderNotConfiguredError when the provider connects through OAuth but its app's variables are unset. */
  assertConfigured(adapter: ProviderAdapter): void {
    if (adapter.oauth) configuredApp(adapter, adapter.oauth);
  }

  /** Forgets what this process cached of the connection (after a change it did not make). */
  forget(connectionId: string): void {
    this.options.storage.invalidate(connectionId);
  }

  callbackUrl(providerSlug: string): string {
    return `${this.options.publicUrl}/oauth/callback/${providerSlug}`;
  }

  async create(organizationId: string, input: CreateConnectionInput): Promise<CreatedConnection> {
    const { providers, storage, stateSigner, allowedRedirectOrigins } = this.options;
    const adapter = providers.get(input.provider);
    const oauth = requireCapability(adapter, 'connect');
    const redirectUrl = validateRedirectUrl(input.redirectUrl, allowedRedirectOrigins);
    const app = configuredApp(adapter, oauth);
    const metadata = validateMetadata(input.metadata);
    const documentLimit = validateDocumentLimit(input.documentLimit);

    const pending = await storage.createPending({
      organizationId,
      provider: input.provider,
      redirectUrl,
      metadata,
      containerTags: input.containerTags ?? [],
      documentLimit,
    });
    const issued = stateSigner.issue(pending.id);
    const connection = await storage.setOAuthState(pending.id, issued.nonceHash, issued.expiresAt);
    const authLink = oauth.flow.authorizeUrl(app, { state: issued.state, redirectUri: this.callbackUrl(adapter.slug) });
    return { connection, authLink, expiresIn: STATE_TTL_SECONDS };
  }

  /**
   * Connects an existing connection again, in place: a new authorize link for it (any earlier link of it stops
   * working), whose callback stores the new tokens on the same connection and keeps its id, selection, webhooks,
   * push channels and documents. Any status but DELETED: REAUTHORIZATION_REQUIRED (the grant stopped working),
   * ACTIVE (consent again, e.g. to widen scopes), PENDING (finish connecting). The returning account must be the
   * one the connection holds (see completeAuthorization).
   */
  async reauthorize(organizationId: string, id: string, input: ReauthorizeConnectionInput): Promise<CreatedConnection> {
    const { providers, storage, stateSigner, allowedRedirectOrigins } = this.options;
    const existing = await this.require(organizationId, id);
    if (existing.status === 'DELETED') throw new ConnectionDeletedError(existing.id);
    const adapter = providers.get(existing.provider);
    const oauth = requireCapability(adapter, 'connect');
    // Every connection createConnection made stores the redirectUrl it was created with (createConnection requires
    // one), so an omitted redirectUrl returns the user where connecting did; it is checked again, as
    // ALLOWED_REDIRECT_ORIGINS may have changed since. Only a connection stored without one (made outside OAuth)
    // needs it given. A given one replaces the stored one: the callback reads it from the connection.
    const wanted = input.redirectUrl ?? existing.redirectUrl;
    if (wanted === null) {
      throw new ValidationError('redirectUrl', 'This connection has no redirectUrl stored: give the one to return to.');
    }
    const redirectUrl = validateRedirectUrl(wanted, allowedRedirectOrigins);
    const app = configuredApp(adapter, oauth);

    const issued = stateSigner.issue(existing.id);
    const connection = await storage.renewOAuthState(existing.id, {
      nonceHash: issued.nonceHash,
      expiresAt: issued.expiresAt,
      redirectUrl,
    });
    // Deleted (or deleted for good) since it was read.
    if (!connection) throw new ConnectionDeletedError(existing.id);
    const authLink = oauth.flow.authorizeUrl(app, { state: issued.state, redirectUri: this.callbackUrl(adapter.slug) });
    return { connection, authLink, expiresIn: STATE_TTL_SECONDS };
  }

  /**
   * Completes an authorization from the provider's redirect. A bad, replayed or expired state changes nothing;
   * otherwise the state is spent (whatever happens next) and the browser goes back to the app's redirectUrl. A
   * connection that already holds an account (it is being connected again) takes tokens of that account only:
   * another account's are dropped, the connection stays as it was, and the app hears `error=account_mismatch`.
   */
  async completeAuthorization(
    providerSlug: string,
    params: { state: string | null; code: string | null; error: string | null; errorDescription: string | null },
  ): Promise<CallbackOutcome> {
    const { providers, storage, stateSigner, secretBox, logger } = this.options;
    const adapter = providers.bySlug(providerSlug);
    const verified = params.state ? stateSigner.verify(params.state) : null;
    if (!adapter?.oauth || !verified) return { kind: 'invalid-state' };
    const connection = await storage.spendOAuthState(verified.connectionId, adapter.id, verified.nonceHash);
    if (!connection) return { kind: 'invalid-state' };
    // create() and reauthorize() store a redirectUrl with every state they issue; a connection without one is corrupt.
    const { redirectUrl } = connection;
    if (redirectUrl === null) throw new Error(`Connection ${connection.id} awaits authorization but has no redirectUrl.`);

    const back = (status: 'success' | 'error', extra: Record<string, string> = {}): CallbackOutcome => {
      const location = new URL(redirectUrl);
      location.searchParams.set('connectionId', connection.id);
      location.searchParams.set('status', status);
      for (const [name, value] of Object.entries(extra)) location.searchParams.set(name, value);
      return { kind: 'redirect', location: location.toString() };
    };
    if (params.error || !params.code) {
      return back('error', {
        error: params.error ?? 'missing_code',
        ...(params.errorDescription ? { error_description: params.errorDescription } : {}),
      });
    }
    const { app, flow } = adapter.oauth;
    if (!app) return back('error', { error: 'provider_not_configured' });
    let activated: Awaited<ReturnType<ConnectionStorage['activate']>>;
    try {
      const tokens = await flow.exchangeCode(app, params.code, this.callbackUrl(adapter.slug));
      const account = await flow.account({ accessToken: tokens.accessToken });
      activated = await storage.activate(
        connection.id,
        {
          accessTokenEncrypted: secretBox.seal(tokens.accessToken),
          refreshTokenEncrypted: tokens.refreshToken ? secretBox.seal(tokens.refreshToken) : null,
          accessTokenExpiresAt: tokens.accessTokenExpiresAt,
          refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
        },
        account,
        (row) => (isSameAccount(row, account) ? null : 'account_mismatch'),
      );
    } catch (error) {
      logger.warn({ err: error, connectionId: connection.id }, 'OAuth code exchange failed');
      return back('error', { error: 'exchange_failed' });
    }
    if ('refused' in activated) {
      // The tokens are dropped, not revoked: revoking a grant at the provider would also end that account's other
      // connections made through the same OAuth app.
      logger.warn({ connectionId: connection.id, reason: activated.refused }, 'OAuth authorization refused');
      return back('error', { error: activated.refused });
    }
    return back('success');
  }

  /**
   * Removes what the connection set up at the provider (webhooks, the grant), then the connection itself (its
   * configured resources, runs and documents go with it, unless `deleteDocuments` is false: then the documents and
   * their change feed stay, readable through the DELETED connection). Provider failures are reported, never
   * swallowed, and do not keep the connection alive.
   */
  async delete(connection: Connection, { deleteDocuments = true }: { deleteDocuments?: boolean } = {}): Promise<DeleteResult> {
    const { providers, credentials, storage, logger } = this.options;
    const adapter = providers.get(connection.provider);
    const { webhooksRemoved, unremovedWebhooks } = await this.cleanup.beforeDelete(connection);

    let grantRevoked = false;
    let grantError: string | null = null;
    const oauth = adapter.oauth;
    if (oauth?.flow.revokeGrant && connection.accessTokenEncrypted) {
      const { flow, app } = oauth;
      if (!app) {
        grantError = `${adapter.name}'s OAuth app is not configured, so the grant could not be revoked.`;
      } else {
        try {
          await credentials.withCredentials(connection, async (provided) => {
            await flow.revokeGrant?.(app, provided);
          });
          grantRevoked = true;
        } catch (error) {
          grantError = error instanceof Error ? error.message : String(error);
          logger.warn({ err: error, connectionId: connection.id }, 'could not revoke the grant of a deleted connection');
        }
      }
    }
    const keepDocuments = !deleteDocuments;
    await storage.delete(connection, { keepDocuments, payload: { webhooksRemoved, grantRevoked } });
    return { connection, webhooksRemoved, unremovedWebhooks, grantRevoked, grantError, documentsKept: keepDocuments };
  }
}

/**
 * Whether `account` is the one the connection was connected with: the same stable id where the connection holds
 * one (logins and addresses can change), else the same login (case aside), and any account for a connection
 * that holds neither (its first authorization).
 */
function isSameAccount(connection: Connection, account: ProviderAccount): boolean {
  if (connection.accountId !== null) return account.id === connection.accountId;
  if (connection.accountLogin !== null) return account.login?.toLowerCase() === connection.accountLogin.toLowerCase();
  return true;
}

/** The provider's OAuth app, or ProviderNotConfiguredError naming the variables to set when they are unset. */
function configuredApp(adapter: ProviderAdapter, oauth: NonNullable<ProviderAdapter['oauth']>) {
  if (!oauth.app) throw new ProviderNotConfiguredError(adapter.name, oauth.flow.appVariables);
  return oauth.app;
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

function validateDocumentLimit(limit: number | null | undefined): number {
  if (limit === undefined || limit === null) return DEFAULT_DOCUMENT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_DOCUMENT_LIMIT) {
    throw new ValidationError('documentLimit', `documentLimit must be a whole number from 1 to ${String(MAX_DOCUMENT_LIMIT)}.`);
  }
  return limit;
}

function validateMetadata(metadata: unknown): Record<string, unknown> {
  if (metadata === undefined || metadata === null) return {};
  if (typeof metadata !== 'object' || Array.isArray(metadata)) throw new ValidationError('metadata', 'metadata must be a JSON object.');
  if (Buffer.byteLength(JSON.stringify(metadata)) > MAX_METADATA_BYTES) {
    throw new ValidationError('metadata', `metadata must be at most ${MAX_METADATA_BYTES / 1024} KiB of JSON.`);
  }
  return metadata as Record<string, unknown>;
}
