// startGoogleFake(): the fake Google as tests use it — its URLs, state setup, behaviour switches, outgoing
// pushes and the record of what it was asked.
import type { FakeContext } from './context';
import { DriveState, type Channel, type DriveFile, type FileSpec, type FileUpdate } from './driveState';
import { mimeTypes } from './driveState';
import { Faults, type RateLimitOptions, type RequestMatcher } from './faults';
import { GmailState, type MessageSpec, type Watch } from './gmailState';
import type { RequestKind } from './http';
import { Signer } from './jwt';
import { Outbox, type Delivery } from './push';
import { listen, type RecordedRequest } from './server';
import { AuthState, type IssuedTokens, type IssueTokenOptions, type OAuthClient } from './state';

export interface GoogleFakeOptions {
  /**
   * `'manual'` (default): Drive channel notifications and Pub/Sub pushes wait for `deliverPendingNotifications()`,
   * so a test decides when the gateway hears of a change. `'auto'`: they leave on the next event-loop turn.
   */
  notifications?: 'manual' | 'auto';
}

export interface FakeFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  /** null in My Drive. */
  driveId: string | null;
  trashed: boolean;
  version: number;
  modifiedTime: string;
}

export interface FakeChannel {
  id: string;
  resourceId: string;
  address: string;
  token: string | null;
  /** Epoch milliseconds. */
  expiration: number;
  stopped: boolean;
  /** Notifications sent or queued so far (the sync message included). */
  messageNumber: number;
}

export interface PubSubPushOptions {
  /** The `aud` claim of the push JWT (default: the push URL). */
  audience?: string;
  /** The `email` claim (default `gmail-push@fake-project.iam.gserviceaccount.com`). */
  serviceAccountEmail?: string;
  /** `subscription` in the push body (default `projects/<project>/subscriptions/<topic>-push`). */
  subscription?: string;
}

export interface GoogleFake {
  /** `http://127.0.0.1:PORT`: every Google host the gateway uses answers here. */
  readonly baseUrl: string;
  /** The OAuth host: `${oauthUrl}/o/oauth2/v2/auth`, `/token`, `/revoke`. */
  readonly oauthUrl: string;
  /** accounts.google.com/o/oauth2/v2/auth. */
  readonly authorizeUrl: string;
  /** oauth2.googleapis.com/token. */
  readonly tokenUrl: string;
  /** oauth2.googleapis.com/revoke. */
  readonly revokeUrl: string;
  /** www.googleapis.com/oauth2/v3/certs: the JWKS that verifies Pub/Sub push JWTs and id tokens. */
  readonly certsUrl: string;
  readonly userinfoUrl: string;
  /** The API host: Drive under `${apiUrl}/drive/v3`, Gmail under `${apiUrl}/gmail/v1`. */
  readonly apiUrl: string;
  readonly driveUrl: string;
  readonly gmailUrl: string;

  addOAuthClient(client: OAuthClient): void;
  /** The signed-in user who consents at the authorize endpoint (null: the sign-in page is shown). */
  setAuthorizingUser(email: string | null): void;
  /** The next `count` authorizations redirect with `error=access_denied`. */
  denyNextAuthorization(count?: number): void;
  issueToken(email: string, options?: IssueTokenOptions): IssuedTokens;
  /** The access token is answered with 401 from now on. */
  expireToken(accessToken: string): void;
  /** As `/revoke` does: the whole grant (access and refresh token) goes. */
  revokeToken(token: string): void;

  addDriveUser(email: string, options?: { name?: string }): { email: string; rootId: string; permissionId: string };
  addSharedDrive(name: string, members: string[]): { id: string; name: string };
  addFolder(owner: string, spec: { name: string; parent?: string; sharedWith?: string[] }): FakeFile;
  addFile(owner: string, spec: FileSpec): FakeFile;
  updateFile(id: string, update: FileUpdate): FakeFile;
  moveFile(id: string, newParentId: string): FakeFile;
  trashFile(id: string): void;
  untrashFile(id: string): void;
  deleteFile(id: string): void;
  /** Shares a My Drive file with `email`, or (shared false) takes it away: their changes feed reports it removed. */
  shareFile(id: string, email: string, shared?: boolean): void;
  file(id: string): FakeFile | undefined;
  /** The changes.watch channels `email` opened, oldest first. */
  channels(email: string): FakeChannel[];

  addMailbox(email: string, options?: { name?: string; labels?: string[] }): void;
  addLabel(email: string, name: string): { id: string; name: string };
  addMessage(email: string, spec: MessageSpec): { id: string; threadId: string; historyId: string };
  labelMessage(email: string, messageId: string, change: { add?: string[]; remove?: string[] }): void;
  deleteMessage(email: string, messageId: string): void;
  /** Forgets the mailbox's history: history.list with an earlier startHistoryId answers 404. */
  expireHistory(email: string): void;
  historyId(email: string): string;
  watchOf(email: string): Watch | null;
  /** Pushes a topic's messages to `url` (a Pub/Sub push subscription), with an OIDC JWT in `authorization`. */
  setPubSubPush(topic: string, url: string, options?: PubSubPushOptions): void;

  /**
   * Delivers notifications addressed under `fromOrigin` to `toOrigin` instead: for a receiver that listens elsewhere
   * than the public address it registered (a test gateway whose PUBLIC_URL is a name, not its port).
   */
  routeNotifications(fromOrigin: string, toOrigin: string): void;
  /** Sends the queued Drive notifications and Pub/Sub pushes, in order; resolves with what each receiver answered. */
  deliverPendingNotifications(): Promise<Delivery[]>;
  readonly pendingNotifications: number;
  /** Every delivery so far, oldest first. */
  readonly deliveries: readonly Delivery[];

  /** Delay before every answer. */
  setLatency(ms: number): void;
  /** The next `count` requests `matcher` picks (a kind, `'drive'`/`'gmail'`/`'oauth'`, or a predicate) fail with `status`. */
  failNext(matcher: RequestMatcher, status?: number, count?: number): void;
  /** Requests `matcher` picks are rate limited for `retryAfterSeconds` (default 60), in the given style. */
  rateLimit(matcher: RequestMatcher, options: RateLimitOptions): void;
  clearRateLimit(matcher?: RequestMatcher): void;
  /** Clears latency, injected failures and rate limits. */
  resetBehaviour(): void;

  /** Every request answered, oldest first. */
  readonly requests: readonly RecordedRequest[];
  count(kind: RequestKind | ((request: RecordedRequest) => boolean)): number;
  resetCounters(): void;

  close(): Promise<void>;
}

function fileView(file: DriveFile): FakeFile {
  return {
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    parents: [...file.parents],
    driveId: file.driveId,
    trashed: file.trashed,
    version: file.version,
    modifiedTime: file.modifiedTime,
  };
}

function channelView(channel: Channel): FakeChannel {
  const { id, resourceId, address, token, expiration, stopped, messageNumber } = channel;
  return { id, resourceId, address, token, expiration, stopped, messageNumber };
}

export async function startGoogleFake(options: GoogleFakeOptions = {}): Promise<GoogleFake> {
  const signer = new Signer();
  const outbox = new Outbox(signer, options.notifications === 'auto');
  const auth = new AuthState();
  const drive = new DriveState(outbox);
  const gmail = new GmailState(outbox);
  const faults = new Faults();
  let requests: RecordedRequest[] = [];
  let context!: FakeContext;
  const running = await listen(
    (port) => {
      context = { auth, drive, gmail, faults, signer, outbox, baseUrl: `http://127.0.0.1:${port}` };
      return context;
    },
    (entry) => requests.push(entry),
  );
  const baseUrl = context.baseUrl;

  return {
    baseUrl,
    oauthUrl: baseUrl,
    authorizeUrl: `${baseUrl}/o/oauth2/v2/auth`,
    tokenUrl: `${baseUrl}/token`,
    revokeUrl: `${baseUrl}/revoke`,
    certsUrl: `${baseUrl}/oauth2/v3/certs`,
    userinfoUrl: `${baseUrl}/oauth2/v3/userinfo`,
    apiUrl: baseUrl,
    driveUrl: `${baseUrl}/drive/v3`,
    gmailUrl: `${baseUrl}/gmail/v1`,

    addOAuthClient: (client) => void auth.clients.set(client.clientId, client),
    setAuthorizingUser: (email) => {
      if (email !== null) auth.requireAccount(email);
      auth.authorizingUser = email;
    },
    denyNextAuthorization: (count = 1) => {
      auth.denyAuthorizations += count;
    },
    issueToken: (email, tokenOptions) => auth.issueToken(email, tokenOptions),
    expireToken: (token) => auth.expireToken(token),
    revokeToken: (token) => {
      if (!auth.revoke(token)) throw new Error('Unknown token');
    },

    addDriveUser: (email, userOptions = {}) => {
      const account = auth.addAccount(email, userOptions.name);
      const user = drive.addUser(email, account.name);
      return { email, rootId: user.rootId, permissionId: user.permissionId };
    },
    addSharedDrive: (name, members) => {
      const created = drive.addSharedDrive(name, members);
      return { id: created.id, name: created.name };
    },
    addFolder: (owner, spec) => fileView(drive.addFile(owner, { ...spec, mimeType: mimeTypes.folder })),
    addFile: (owner, spec) => fileView(drive.addFile(owner, spec)),
    updateFile: (id, update) => fileView(drive.updateFile(id, update)),
    moveFile: (id, parent) => fileView(drive.moveFile(id, parent)),
    trashFile: (id) => drive.trashFile(id, true),
    untrashFile: (id) => drive.trashFile(id, false),
    deleteFile: (id) => drive.deleteFile(id),
    shareFile: (id, email, shared = true) => drive.shareFile(id, email, shared),
    file: (id) => {
      const file = drive.files.get(id);
      return file && fileView(file);
    },
    channels: (email) => [...drive.channels.values()].filter((channel) => channel.user === email).map(channelView),

    addMailbox: (email, mailboxOptions = {}) => {
      auth.addAccount(email, mailboxOptions.name);
      gmail.addMailbox(email, mailboxOptions.labels);
    },
    addLabel: (email, name) => {
      const label = gmail.addLabel(email, name);
      return { id: label.id, name: label.name };
    },
    addMessage: (email, spec) => {
      const message = gmail.addMessage(email, spec);
      return { id: message.id, threadId: message.threadId, historyId: String(message.historyId) };
    },
    labelMessage: (email, messageId, change) => void gmail.labelMessage(email, messageId, change),
    deleteMessage: (email, messageId) => gmail.deleteMessage(email, messageId),
    expireHistory: (email) => gmail.expireHistory(email),
    historyId: (email) => String(gmail.requireMailbox(email).historyId),
    watchOf: (email) => gmail.requireMailbox(email).watch,
    setPubSubPush: (topic, url, pushOptions = {}) => {
      const [, project = 'fake-project', , name = 'topic'] = topic.split('/');
      gmail.pushes.set(topic, {
        url,
        audience: pushOptions.audience ?? url,
        serviceAccountEmail: pushOptions.serviceAccountEmail ?? 'gmail-push@fake-project.iam.gserviceaccount.com',
        subscription: pushOptions.subscription ?? `projects/${project}/subscriptions/${name}-push`,
      });
    },

    deliverPendingNotifications: () => outbox.deliverPending(),
    routeNotifications: (fromOrigin, toOrigin) => outbox.route(fromOrigin, toOrigin),
    get pendingNotifications() {
      return outbox.pendingCount;
    },
    get deliveries() {
      return outbox.delivered;
    },

    setLatency: (ms) => {
      faults.latencyMs = ms;
    },
    failNext: (matcher, status = 500, count = 1) => faults.failNext(matcher, status, count),
    rateLimit: (matcher, rateLimitOptions) => faults.rateLimit(matcher, rateLimitOptions),
    clearRateLimit: (matcher) => faults.clearRateLimit(matcher),
    resetBehaviour: () => faults.reset(),

    get requests() {
      return requests;
    },
    count: (kind) => requests.filter((request) => (typeof kind === 'function' ? kind(request) : request.kind === kind)).length,
    resetCounters: () => {
      requests = [];
    },

    close: async () => {
      // Pushes already leaving finish first, so no fetch outlives the fake; queued ones are dropped.
      await outbox.idle();
      await running.close();
    },
  };
}
