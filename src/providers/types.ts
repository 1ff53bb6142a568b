// What the gateway asks of a provider, whichever it is. Everything specific to one provider lives in its folder
// (src/providers/<name>/: its manifest and its adapter); the rest of the gateway sees only these types.
import type { ProviderManifest } from './manifest.js';

/** A provider's id in the API, as its manifest declares it (`GITHUB`). */
export type Provider = string;

/** Something a connection can reach and sync (one of the provider's resource kinds). */
export interface ProviderResource {
  /** The provider's stable id for it. */
  id: string;
  /** Which of the manifest's resource kinds it is. */
  kind: string;
  name: string;
  fullName: string;
  description: string | null;
  private: boolean;
  /**
   * The line of versions synced when the selection names no other (for a git repository, its default branch);
   * null when it has none yet.
   */
  defaultRef: string | null;
  updatedAt: Date;
  /** Where it sits, for providers whose resources nest (a Drive file's folder); null at the top. */
  parentId?: string | null;
  /** Its media type, where the provider has one (Drive: `application/vnd.google-apps.folder`, …). */
  mimeType?: string | null;
  /** Where a person opens it at the provider. */
  url?: string | null;
  /** Its size in bytes, where the provider reports one. */
  size?: number | null;
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

/**
 * A provider adapter: what it implements is what it can do (src/providers/capabilities.ts decides every "not
 * supported" from these members alone).
 */
export interface ProviderAdapter {
  manifest: ProviderManifest;
  id: Provider;
  slug: string;
  name: string;
  /** How users connect accounts, and the configured OAuth app (null when its variables are unset). */
  oauth?: { flow: OAuthFlow; app: OAuthApp | null };
  /** Lists what a connection can reach (and so lets a selection be made from it). */
  resources?: ResourceLister;
  /** Reads configured resources' files for the sync engine. */
  documents?: DocumentSource;
  /** Registers webhooks on resources, and reads the deliveries it sends to `/webhooks/<slug>`. */
  webhooks?: { manager: WebhookManager; parser: WebhookParser };
  /**
   * Subscribes a connection (not each resource) to its account's changes, and reads the notifications sent to
   * `/webhooks/<slug>` (Drive's push channels, Gmail's Pub/Sub pushes). Absent when the provider is polled.
   */
  push?: { subscriber: PushSubscriber; parser: PushParser };
}

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

/** A file of a resource's latest version, as the provider describes it (no content). */
export interface SourceFile {
  /** Unique within the resource: what the document is stored under. */
  path: string;
  /** Content hash (or version): equal hashes mean equal content. */
  sha: string;
  size: number;
  binary: boolean;
  /** The provider's id of the file, where fetching it needs one (Drive). */
  id?: string;
  /** The provider's media type, where fetching it depends on it (a Google Doc is exported, a text file downloaded). */
  mimeType?: string;
  /** Why this file is not synced as a document (an unsupported type, too large): recorded on the run, not stored. */
  skip?: string;
}

export interface SourceSnapshot {
  /** The version the files were read at (for a git repository, the commit). */
  version: string;
  files: SourceFile[];
  /**
   * Where the provider's change feed stood when the files were read (Drive's page token, Gmail's history id):
   * stored with the documents and handed back to the next snapshot, which may then read only what changed.
   */
  cursor?: string | null;
}

/** A document as stored: enough for an incremental snapshot to rebuild the listing it came from. */
export interface StoredFile {
  path: string;
  sha: string;
}

/** What a snapshot is taken of: the configured resource, and the cursor its last sync left (null the first time). */
export interface SnapshotTarget {
  /** The provider's id of the configured resource. */
  id: string;
  fullName: string;
  ref: string | null;
  cursor: string | null;
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
   * Every file of the resource's latest version on `ref` (its default when null). The listing is complete: when
   * any part of it cannot be read, this throws (IncompleteSnapshotError) rather than return fewer files.
   */
  snapshot(credentials: ProviderCredentials, resource: SnapshotTarget, stored: readonly StoredFile[]): Promise<SourceSnapshot>;
  /** The content of these files, by hash: an outcome for every hash asked for. */
  fetchText(credentials: ProviderCredentials, resource: { fullName: string }, files: SourceFile[]): Promise<Map<string, FileText>>;
}

/** A webhook delivery, parsed far enough to find its secret; `verify` checks the signature with it. */
export interface InboundWebhook {
  deliveryId: string;
  event: string;
  /** The resource it is about, and the hook that sent it. */
  resourceId: string | null;
  webhookId: string | null;
  verify(secret: string): Promise<boolean>;
  /** Whether it reports new content of the resource on `ref` (the resource's default when null): worth a sync. */
  changes(ref: string | null): boolean;
  /** Whether this is the provider's connectivity check. */
  isPing: boolean;
}

/** A subscription the provider made for a connection (a Drive channel, a Gmail watch). */
export interface PushSubscription {
  /** What its notifications carry to say which subscription they are for (a channel id, a mailbox). */
  subscriptionId: string;
  /** What ending it needs (opaque to the gateway). */
  handle: string;
  /** When the provider stops sending: it is renewed before then. */
  expiresAt: Date;
}

export interface PushSubscriber {
  /** Subscribes the account to notifications sent to `url`, carrying `token` where the provider echoes one back. */
  subscribe(credentials: ProviderCredentials, target: { url: string; token: string }): Promise<PushSubscription>;
  /** Ends a subscription; one already gone counts as ended. */
  unsubscribe(credentials: ProviderCredentials, subscription: Pick<PushSubscription, 'subscriptionId' | 'handle'>): Promise<void>;
}

/** A push notification, parsed far enough to find its subscription; `verify` checks it came from the provider. */
export interface InboundPush {
  deliveryId: string;
  subscriptionId: string;
  /** Checks the notification against the subscription's token (or the provider's own signature). */
  verify(token: string): Promise<boolean>;
  /** The provider's handshake when a subscription starts: nothing changed. */
  isPing: boolean;
}

export interface PushParser {
  /** Null when the request is not a notification of this provider at all. */
  parse(headers: Headers, body: string): InboundPush | null;
}

export interface WebhookParser {
  /** Null when the request is not a delivery at all (missing headers, unparseable body). */
  parse(headers: Headers, body: string): InboundWebhook | null;
}

/** What configuration gives an adapter: its OAuth app (null when unset) and its variables' values. */
export interface ProviderSettings {
  oauthApp: OAuthApp | null;
  variables: Readonly<Record<string, string>>;
  /** Retries of failed provider calls, with quadratic backoff from `retryBaseMs`. */
  upstream: { retries: number; retryBaseMs: number };
}

/** A provider folder's export: the manifest and how to build its adapter from its settings. */
export interface ProviderModule {
  manifest: ProviderManifest;
  createAdapter(settings: ProviderSettings): ProviderAdapter;
}
