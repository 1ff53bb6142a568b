// startGitHubFake(): the fake GitHub as tests use it — its URLs, state setup, behaviour switches and the
// record of what it was asked.
import type { FakeContext } from './context';
import { deliver, type Delivery } from './deliveries';
import { Faults, type ObjectFault, type ObjectSelector, type RateLimitOptions, type RequestMatcher } from './faults';
import { lookupPath, type FileContent } from './git';
import type { RequestKind } from './http';
import { RateLimits } from './ratelimit';
import { githubSchema } from './schema';
import { listen, type RecordedRequest } from './server';
import {
  GitHubState,
  type Account,
  type IssuedTokens,
  type OAuthApp,
  type Repository,
  type RepositoryPermission,
  type RepositorySpec,
} from './state';

export interface GitHubFakeOptions {
  /** GitHub Enterprise Server layout: REST under `/api/v3`, GraphQL at `/api/graphql`. */
  enterprise?: boolean;
}

export interface FakeAccount {
  login: string;
  id: number;
  nodeId: string;
  type: 'User' | 'Organization';
  name: string | null;
}

export interface FakeRepository {
  databaseId: number;
  nodeId: string;
  name: string;
  nameWithOwner: string;
  owner: string;
  description: string | null;
  isPrivate: boolean;
  isEmpty: boolean;
  defaultBranch: string;
  createdAt: string;
  updatedAt: string;
  pushedAt: string | null;
}

export interface FakeHook {
  id: number;
  /** `secret` in clear, as the gateway registered it. */
  config: { url: string; content_type: string; secret: string | undefined; insecure_ssl: string };
  events: string[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface IssueTokenOptions {
  /** Unset: the token never expires. */
  expiresInSeconds?: number;
  /** true for a random `ghr_` refresh token, or the refresh token's value. */
  refreshToken?: boolean | string;
  refreshTokenExpiresInSeconds?: number;
  /** The access token's value (default: a random `ghu_…`, or `gho_…` for a non-expiring OAuth app). */
  accessToken?: string;
  /** The OAuth app the token belongs to: needed for grant deletion, and binds the refresh token to it. */
  clientId?: string;
  scopes?: string[];
}

export interface GitHubFake {
  /** GITHUB_API_URL: `http://127.0.0.1:PORT`, or `http://127.0.0.1:PORT/api/v3` for GHES. */
  readonly apiUrl: string;
  /** Where GraphQL answers: `${apiUrl}/graphql`, or `http://127.0.0.1:PORT/api/graphql` for GHES. */
  readonly graphqlUrl: string;
  /** `http://127.0.0.1:PORT`: `/login/oauth/authorize`, `/login/oauth/access_token`, html URLs. */
  readonly webUrl: string;
  readonly enterprise: boolean;

  addUser(user: { login: string; id?: number; name?: string | null }): FakeAccount;
  addOrganization(organization: { login: string; id?: number; name?: string | null }): FakeAccount;
  issueToken(login: string, options?: IssueTokenOptions): IssuedTokens;
  /** The token is answered with 401 Bad credentials from now on. */
  expireToken(accessToken: string): void;
  /**
   * Creates repositories owned by `ownerLogin`: `count` generated ones (`repo-001`…; every other one private,
   * every third without description) or one per spec. Visible to the owner and to `visibleTo` (collaborators,
   * or organization members for an organization), who get `permission` (default ADMIN, which webhooks need).
   */
  addRepositories(
    ownerLogin: string,
    countOrSpecs: number | RepositorySpec[],
    options?: { visibleTo?: string[]; permission?: RepositoryPermission },
  ): FakeRepository[];
  /** Commits files (path → content, null deletes) to the default branch; returns the new commit's oid. */
  /** A repository by `owner/name` (any case), or undefined. */
  repository(fullName: string): FakeRepository | undefined;
  /** The repositories `ownerLogin` owns, in creation order. */
  repositoriesOf(ownerLogin: string): FakeRepository[];
  addFiles(fullName: string, files: Record<string, FileContent | null>): string;
  /** The oid of the blob or tree at `path` ('' for the root tree) on the default branch's head. */
  oidAt(fullName: string, path: string): string;
  hooks(fullName: string): FakeHook[];
  /** POSTs a signed webhook delivery to every active hook of the repository subscribed to `event`. */
  deliver(fullName: string, event: string, payload?: object): Promise<Delivery[]>;

  addOAuthApp(app: OAuthApp): void;
  /** The signed-in user who approves `/login/oauth/authorize` (null: GitHub's sign-in page is shown). */
  setAuthorizingUser(login: string | null): void;
  /** The next `count` authorizations redirect with `error=access_denied`. */
  denyNextAuthorization(count?: number): void;

  /** Delay before every answer. */
  setLatency(ms: number): void;
  /** The next `count` requests matching `kind` fail with `status`; count 0 cancels what is still pending. */
  failNext(kind: RequestMatcher, count?: number, status?: number): void;
  /** Creating a hook on this repository fails with `status`, `count` times (default: until cleared with count 0). */
  failHookCreation(fullName: string, status?: number, count?: number): void;
  /**
   * `object(oid:)` lookups that `select` picks (oids, or a predicate over the lookup and its `nth`) answer with
   * `fault`, `count` times (default: until resetBehaviour, or count 0 with the same selector): 'null' is null
   * without an error, 'error' a GraphQL error beside the other data, 'truncated' a blob with `isTruncated: true`
   * and half its text.
   */
  breakObjects(select: ObjectSelector, fault: ObjectFault, count?: number): void;
  /** Requests matching `kind` are rate limited for `retryAfterSeconds` (default 60), in GitHub's given style. */
  rateLimit(kind: RequestMatcher, options: RateLimitOptions): void;
  /** Lifts the rate limit set for `kind` (same kind string or same function), or all of them. */
  clearRateLimit(kind?: RequestMatcher): void;
  /** Clears latency, injected failures, broken objects and rate limits. */
  resetBehaviour(): void;

  /** Every request answered, oldest first. */
  readonly requests: readonly RecordedRequest[];
  count(kind: RequestKind | ((request: RecordedRequest) => boolean)): number;
  /** Forgets the recorded requests. */
  resetCounters(): void;

  close(): Promise<void>;
}

export async function startGitHubFake(options: GitHubFakeOptions = {}): Promise<GitHubFake> {
  const enterprise = options.enterprise ?? false;
  // Built once per process; awaiting it here keeps the first GraphQL request as fast as the others.
  await githubSchema();
  const state = new GitHubState();
  const faults = new Faults();
  let requests: RecordedRequest[] = [];
  let context!: FakeContext;
  const running = await listen(
    (port) => {
      const webUrl = `http://127.0.0.1:${port}`;
      context = { state, faults, limits: new RateLimits(), webUrl, apiUrl: enterprise ? `${webUrl}/api/v3` : webUrl, enterprise };
      return context;
    },
    (entry) => requests.push(entry),
  );

  const repositoryView = (repository: Repository): FakeRepository => ({
    databaseId: repository.databaseId,
    nodeId: repository.nodeId,
    name: repository.name,
    nameWithOwner: `${repository.owner.login}/${repository.name}`,
    owner: repository.owner.login,
    description: repository.description,
    isPrivate: repository.isPrivate,
    isEmpty: repository.head === null,
    defaultBranch: repository.defaultBranch,
    createdAt: repository.createdAt,
    updatedAt: repository.updatedAt,
    pushedAt: repository.pushedAt,
  });
  const accountView = ({ login, id, nodeId, type, name }: Account): FakeAccount => ({ login, id, nodeId, type, name });

  return {
    apiUrl: context.apiUrl,
    graphqlUrl: enterprise ? `${context.webUrl}/api/graphql` : `${context.apiUrl}/graphql`,
    webUrl: context.webUrl,
    enterprise,

    addUser: (user) => accountView(state.addAccount('User', user)),
    addOrganization: (organization) => accountView(state.addAccount('Organization', organization)),
    issueToken: (login, tokenOptions = {}) => state.issueToken(login, tokenOptions),
    expireToken: (accessToken) => state.expireToken(accessToken),
    addRepositories: (ownerLogin, countOrSpecs, repositoryOptions) =>
      state.addRepositories(ownerLogin, countOrSpecs, repositoryOptions).map(repositoryView),
    repository: (fullName) => {
      const [owner, name] = fullName.split('/');
      const repository = owner && name ? state.findRepository(owner, name) : undefined;
      return repository && repositoryView(repository);
    },
    repositoriesOf: (ownerLogin) =>
      state.repositories.filter((repository) => repository.owner.login.toLowerCase() === ownerLogin.toLowerCase()).map(repositoryView),
    addFiles: (fullName, files) => state.addFiles(fullName, files).oid,
    oidAt: (fullName, path) => {
      const head = state.requireRepository(fullName).head;
      const found = head && lookupPath(head.tree, path);
      if (!found) throw new Error(`${fullName} has nothing at ${JSON.stringify(path)}`);
      return found.oid;
    },
    hooks: (fullName) =>
      state.requireRepository(fullName).hooks.map((hook) => ({
        id: hook.id,
        config: {
          url: hook.config.url,
          content_type: hook.config.content_type,
          secret: hook.config.secret,
          insecure_ssl: hook.config.insecure_ssl,
        },
        events: [...hook.events],
        active: hook.active,
        createdAt: hook.createdAt,
        updatedAt: hook.updatedAt,
      })),
    deliver: (fullName, event, payload = {}) => {
      const repository = state.requireRepository(fullName);
      const sender = repository.owner;
      return deliver(repository, event, {
        repository: {
          id: repository.databaseId,
          node_id: repository.nodeId,
          name: repository.name,
          full_name: `${sender.login}/${repository.name}`,
          private: repository.isPrivate,
        },
        sender: { login: sender.login, id: sender.id, node_id: sender.nodeId, type: sender.type },
        ...payload,
      });
    },

    addOAuthApp: (app) => void state.addOAuthApp(app),
    setAuthorizingUser: (login) => {
      if (login !== null) state.requireAccount(login);
      state.authorizingUser = login;
    },
    denyNextAuthorization: (count = 1) => {
      state.denyAuthorizations += count;
    },

    setLatency: (ms) => {
      faults.latencyMs = ms;
    },
    failNext: (kind, count = 1, status = 502) => faults.failNext(kind, count, status),
    failHookCreation: (fullName, status = 500, count = Infinity) => faults.failHookCreation(fullName, status, count),
    breakObjects: (select, fault, count = Infinity) => faults.breakObjects(select, fault, count),
    rateLimit: (kind, rateLimitOptions) => faults.rateLimit(kind, rateLimitOptions),
    clearRateLimit: (kind) => faults.clearRateLimit(kind),
    resetBehaviour: () => faults.reset(),

    get requests() {
      return requests;
    },
    count: (kind) => requests.filter((request) => (typeof kind === 'function' ? kind(request) : request.kind === kind)).length,
    resetCounters: () => {
      requests = [];
    },

    close: () => running.close(),
  };
}
