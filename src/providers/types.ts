import type { Provider } from '../generated/prisma/enums.js';

export type { Provider };

/** What the gateway can do with a provider's connections. */
export interface ProviderCapabilities {
  /** List the resources (e.g. repositories) a connection can reach. */
  listResources: boolean;
  /** Choose which of those resources to sync. */
  configureResources: boolean;
  /** Receive change notifications from the provider. */
  webhooks: boolean;
}

/** Something a connection can reach and sync: for GitHub, a repository. */
export interface ProviderResource {
  /** The provider's stable id (GitHub: the repository's numeric database id). */
  id: string;
  name: string;
  fullName: string;
  description: string | null;
  private: boolean;
  /** Null when the resource has no default branch yet (an empty repository). */
  defaultBranch: string | null;
  updatedAt: Date;
}

/** One upstream page of a connection's resources, in the provider's stable order. */
export interface ResourceBatch {
  resources: ProviderResource[];
  totalCount: number;
  /** Where the next batch starts; null after the last one. */
  nextCursor: string | null;
}

export interface ProviderCredentials {
  accessToken: string;
}

export interface ResourceLister {
  /** How many resources one upstream request returns at most. */
  batchSize: number;
  listBatch(credentials: ProviderCredentials, cursor: string | null): Promise<ResourceBatch>;
}

export interface WebhookTarget {
  url: string;
  secret: string;
}

export interface RegisteredWebhook {
  webhookId: string;
  /** True when a hook for the URL already existed and was updated to the new secret rather than created. */
  takenOver: boolean;
}

export interface WebhookManager {
  /** Registers (or takes over an existing) webhook for `target.url` on the resource. */
  register(credentials: ProviderCredentials, resource: ProviderResource, target: WebhookTarget): Promise<RegisteredWebhook>;
  /** Removes a webhook; one that is already gone counts as removed. */
  remove(credentials: ProviderCredentials, resource: { fullName: string }, webhookId: string): Promise<void>;
}

/** A provider adapter. Everything provider-specific lives in its folder under src/providers/. */
export interface ProviderAdapter {
  id: Provider;
  /** The provider as the REST API and the SDK spell it, e.g. `google-drive`. */
  slug: string;
  /** Display name, e.g. "Google Drive". */
  name: string;
  capabilities: ProviderCapabilities;
  resources?: ResourceLister;
  webhooks?: WebhookManager;
  /** Reads configured resources' files for the sync engine. */
  documents?: DocumentSource;
  /** Reads the webhook deliveries the provider sends to `/webhooks/<slug>`. */
  webhookParser?: WebhookParser;
  /** How users connect accounts, and the configured OAuth app (null when its variables are unset). */
  oauth?: { flow: OAuthFlow; app: OAuthApp | null };
}

export const noCapabilities: ProviderCapabilities = Object.freeze({
  listResources: false,
  configureResources: false,
  webhooks: false,
});

/** Thrown by adapters when the provider rejects the connection's credentials (HTTP 401). */
export class CredentialsRejectedError extends Error {
  override name = 'CredentialsRejectedError';
}

export interface OAuthApp {
  clientId: string;
  clientSecret: string;
}

export interface OAuthTokens {
  accessToken: string;
  /** Null for tokens that cannot be refreshed (e.g. a classic GitHub OAuth App's). */
  refreshToken: string | null;
  /** Null when the access token does not expire. */
  accessTokenExpiresAt: Date | null;
  refreshTokenExpiresAt: Date | null;
}

export interface ProviderAccount {
  login: string | null;
  id: string | null;
}

/** How users connect a provider account: an OAuth 2 authorization-code flow. */
export interface OAuthFlow {
  /** The environment variables that configure the provider's OAuth app, named when they are missing. */
  appVariables: readonly [clientId: string, clientSecret: string];
  authorizeUrl(app: OAuthApp, params: { state: string; redirectUri: string }): string;
  exchangeCode(app: OAuthApp, code: string, redirectUri: string): Promise<OAuthTokens>;
  /** Trades a refresh token for a new pair; throws RefreshRejectedError when the provider refuses it. */
  refresh(app: OAuthApp, refreshToken: string): Promise<OAuthTokens>;
  account(credentials: ProviderCredentials): Promise<ProviderAccount>;
  /** Revokes the grant (all tokens) at the provider, where it supports that. */
  revokeGrant?(app: OAuthApp, credentials: ProviderCredentials): Promise<void>;
}

/** Thrown when the provider refuses a refresh token (used, revoked or expired). */
export class RefreshRejectedError extends Error {
  override name = 'RefreshRejectedError';
}

/** A file at the head of a resource's default branch, as the provider describes it (no content). */
export interface SourceFile {
  path: string;
  /** Content hash: equal hashes mean equal content. */
  sha: string;
  size: number;
  binary: boolean;
}

export interface SourceSnapshot {
  /** The head commit the files were read at. */
  commit: string;
  files: SourceFile[];
}

/** Thrown when a resource cannot be synced at all (deleted, access lost, empty); the reason is user-facing. */
export class ResourceUnavailableError extends Error {
  override name = 'ResourceUnavailableError';
}

/**
 * Thrown when part of a resource's file listing could not be read: which files exist below `paths` is unknown,
 * so none of them may be taken as deleted. `paths` are folders, each ending in '/' ('/' is the resource's root).
 */
export class IncompleteSnapshotError extends ResourceUnavailableError {
  override name = 'IncompleteSnapshotError';
  constructor(
    message: string,
    readonly paths: string[],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** What fetching one file's content found. Only 'binary' is evidence that the file is not a document. */
export type FileText =
  | { kind: 'text'; text: string }
  | { kind: 'binary' }
  /** Not read (no answer, cut short, or an error); `reason` is a user-facing sentence. */
  | { kind: 'unavailable'; reason: string };

/** Reads a resource's files for syncing. */
export interface DocumentSource {
  /**
   * Every file at the head of the default branch (or `branch`). The listing is complete: when any part of it
   * cannot be read, this throws (IncompleteSnapshotError) rather than return fewer files.
   */
  snapshot(credentials: ProviderCredentials, resource: { fullName: string; branch: string | null }): Promise<SourceSnapshot>;
  /** The content of these files, by hash: an outcome for every hash asked for. */
  fetchText(
    credentials: ProviderCredentials,
    resource: { fullName: string },
    files: Pick<SourceFile, 'sha' | 'size'>[],
  ): Promise<Map<string, FileText>>;
}

/** A webhook delivery, parsed far enough to find its secret; `verify` checks the signature with it. */
export interface InboundWebhook {
  deliveryId: string;
  event: string;
  /** The resource (repository) it is about, and the hook that sent it. */
  resourceId: string | null;
  webhookId: string | null;
  verify(secret: string): Promise<boolean>;
  /** For a push: the branch pushed to, and the repository's default branch. Null for other events. */
  pushedBranch: string | null;
  defaultBranch: string | null;
  /** Whether this is the provider's connectivity check (GitHub's `ping`). */
  isPing: boolean;
}

export interface WebhookParser {
  /** Null when the request is not a delivery at all (missing headers, unparseable body). */
  parse(headers: Headers, body: string): InboundWebhook | null;
}
