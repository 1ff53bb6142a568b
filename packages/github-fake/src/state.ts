// What the fake GitHub knows: accounts, repositories with their contents and webhooks, tokens, OAuth apps,
// authorization codes and grants. Pure data and the rules over it; no HTTP here.
import { blob, commit, isoSeconds, treeOf, type FileContent, type GitBlob, type GitCommit } from './git';
import { newOAuthCode, newToken, nodeId } from './ids';

export type AccountType = 'User' | 'Organization';

export interface Account {
  type: AccountType;
  login: string;
  /** GitHub's numeric id (`databaseId` in GraphQL, `id` in REST). */
  id: number;
  nodeId: string;
  name: string | null;
  createdAt: string;
}

/** GraphQL's `RepositoryPermission`; webhooks need ADMIN. */
export type RepositoryPermission = 'ADMIN' | 'MAINTAIN' | 'WRITE' | 'TRIAGE' | 'READ';
export type RepositoryAffiliation = 'OWNER' | 'COLLABORATOR' | 'ORGANIZATION_MEMBER';

export interface HookConfig {
  url: string;
  content_type: string;
  /** Stored in clear; the API only ever shows it as `********`. */
  secret?: string;
  insecure_ssl: string;
}

export interface Hook {
  id: number;
  name: 'web';
  active: boolean;
  events: string[];
  config: HookConfig;
  createdAt: string;
  updatedAt: string;
}

export interface Repository {
  databaseId: number;
  nodeId: string;
  owner: Account;
  name: string;
  description: string | null;
  isPrivate: boolean;
  isFork: boolean;
  isArchived: boolean;
  createdAt: string;
  updatedAt: string;
  pushedAt: string | null;
  defaultBranch: string;
  /** The default branch's head; null while the repository is empty. */
  head: GitCommit | null;
  files: Map<string, GitBlob>;
  /** Users other than the owner who can see the repository, with their permission. */
  collaborators: Map<string, RepositoryPermission>;
  hooks: Hook[];
}

export interface RepositorySpec {
  name?: string;
  description?: string | null;
  isPrivate?: boolean;
  /** Same as `isPrivate` (REST's name for it). */
  private?: boolean;
  /** An empty repository has no commits: `defaultBranchRef` is null and `isEmpty` true. */
  empty?: boolean;
  isFork?: boolean;
  isArchived?: boolean;
  defaultBranch?: string;
  createdAt?: string | Date;
  updatedAt?: string | Date;
  pushedAt?: string | Date | null;
  /** Initial files, path → content; they make up the default branch's first commit. */
  files?: Record<string, FileContent>;
}

export interface AccessToken {
  token: string;
  login: string;
  /** The OAuth app (client id) the token belongs to; null for tokens made with `issueToken` without one. */
  clientId: string | null;
  scopes: string[];
  /** Epoch milliseconds, or null for tokens that never expire. */
  expiresAt: number | null;
  revoked: boolean;
}

export interface RefreshToken {
  token: string;
  accessToken: string;
  login: string;
  clientId: string | null;
  scopes: string[];
  expiresAt: number;
  used: boolean;
}

export interface OAuthApp {
  clientId: string;
  clientSecret: string;
  /** GitHub App style user tokens (`ghu_`, 8 hours, with a `ghr_` refresh token) rather than OAuth app tokens. */
  expiringTokens: boolean;
  /** When set, `redirect_uri` must be this URL or below it, as GitHub requires. */
  callbackUrl?: string;
}

export interface AuthorizationCode {
  code: string;
  clientId: string;
  login: string;
  redirectUri: string | null;
  scopes: string[];
  codeChallenge: string | null;
  codeChallengeMethod: string | null;
  expiresAt: number;
  used: boolean;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds. */
  expiresAt?: number;
  refreshTokenExpiresAt?: number;
}

export const accessTokenLifetimeSeconds = 28_800;
export const refreshTokenLifetimeSeconds = 15_897_600;
const codeLifetimeMs = 10 * 60_000;
/** Repositories and hooks are numbered from here, so ids never collide with account ids. */
const firstRepositoryId = 100_001;
const firstHookId = 400_000_001;
/** Creation times start here and advance one hour per repository, so `createdAt` is strictly increasing. */
const timeOrigin = Date.UTC(2021, 0, 4, 9, 0, 0);

function toIso(value: string | Date): string {
  return isoSeconds(typeof value === 'string' ? new Date(value) : value);
}

export class GitHubState {
  readonly accounts = new Map<string, Account>(); // by lowercase login
  readonly repositories: Repository[] = []; // in creation order
  readonly tokens = new Map<string, AccessToken>();
  readonly refreshTokens = new Map<string, RefreshToken>();
  readonly apps = new Map<string, OAuthApp>();
  readonly codes = new Map<string, AuthorizationCode>();
  authorizingUser: string | null = null;
  denyAuthorizations = 0;

  private nextAccountId = 1;
  private nextRepositoryId = firstRepositoryId;
  private nextHookId = firstHookId;
  private repositorySequence = 0;

  // ---- accounts ------------------------------------------------------------------------------------------

  addAccount(type: AccountType, { login, id, name }: { login: string; id?: number; name?: string | null }): Account {
    if (this.accounts.has(login.toLowerCase())) throw new Error(`GitHub fake: account ${login} already exists`);
    const accountId = id ?? this.nextAccountId;
    if ([...this.accounts.values()].some((account) => account.id === accountId)) {
      throw new Error(`GitHub fake: account id ${accountId} is taken`);
    }
    this.nextAccountId = Math.max(this.nextAccountId, accountId + 1);
    const account: Account = {
      type,
      login,
      id: accountId,
      nodeId: nodeId(type === 'User' ? 'U' : 'O', accountId),
      name: name === undefined ? (type === 'User' ? `${login} (fake)` : login) : name,
      createdAt: isoSeconds(new Date(timeOrigin - 86_400_000 * 365 + accountId * 60_000)),
    };
    this.accounts.set(login.toLowerCase(), account);
    return account;
  }

  account(login: string): Account | undefined {
    return this.accounts.get(login.toLowerCase());
  }

  requireAccount(login: string): Account {
    const account = this.account(login);
    if (!account) throw new Error(`GitHub fake: no account ${login}; add it with addUser/addOrganization first`);
    return account;
  }

  // ---- repositories --------------------------------------------------------------------------------------

  addRepositories(
    ownerLogin: string,
    specs: number | RepositorySpec[],
    { visibleTo = [], permission = 'ADMIN' }: { visibleTo?: string[]; permission?: RepositoryPermission } = {},
  ): Repository[] {
    const owner = this.requireAccount(ownerLogin);
    const collaborators = visibleTo.map((login) => this.requireAccount(login));
    const list: RepositorySpec[] = typeof specs === 'number' ? Array.from({ length: specs }, () => ({})) : specs;
    return list.map((spec) => {
      const ordinal = this.repositories.filter((repository) => repository.owner === owner).length + 1;
      const sequence = this.repositorySequence++;
      const name = spec.name ?? `repo-${String(ordinal).padStart(3, '0')}`;
      if (this.findRepository(owner.login, name)) throw new Error(`GitHub fake: ${owner.login}/${name} already exists`);
      const created = spec.createdAt ? new Date(spec.createdAt) : new Date(timeOrigin + sequence * 3_600_000);
      const databaseId = this.nextRepositoryId++;
      const repository: Repository = {
        databaseId,
        nodeId: nodeId('R', databaseId),
        owner,
        name,
        // Every third generated repository has no description, and every other one is private.
        description: spec.description !== undefined ? spec.description : ordinal % 3 === 0 ? null : `Fake repository ${name}`,
        isPrivate: spec.isPrivate ?? spec.private ?? ordinal % 2 === 0,
        isFork: spec.isFork ?? false,
        isArchived: spec.isArchived ?? false,
        createdAt: isoSeconds(created),
        updatedAt: spec.updatedAt ? toIso(spec.updatedAt) : isoSeconds(new Date(created.getTime() + 1_800_000)),
        pushedAt: null,
        defaultBranch: spec.defaultBranch ?? 'main',
        head: null,
        files: new Map(),
        collaborators: new Map(collaborators.filter((user) => user !== owner).map((user) => [user.login.toLowerCase(), permission])),
        hooks: [],
      };
      if (!spec.empty) {
        const files = new Map(Object.entries(spec.files ?? {}).map(([path, content]) => [normalizePath(path), blob(content)]));
        repository.files = files;
        repository.head = commit(treeOf(files), null, 'Initial commit', created, owner.login);
        repository.pushedAt = isoSeconds(new Date(created.getTime() + 60_000));
      } else if (spec.files && Object.keys(spec.files).length > 0) {
        throw new Error('GitHub fake: an empty repository cannot have files');
      }
      if (spec.pushedAt !== undefined) repository.pushedAt = spec.pushedAt === null ? null : toIso(spec.pushedAt);
      this.repositories.push(repository);
      return repository;
    });
  }

  findRepository(ownerLogin: string, name: string): Repository | undefined {
    const owner = ownerLogin.toLowerCase();
    const lowerName = name.toLowerCase();
    return this.repositories.find(
      (repository) => repository.owner.login.toLowerCase() === owner && repository.name.toLowerCase() === lowerName,
    );
  }

  requireRepository(fullName: string): Repository {
    const [owner, name] = fullName.split('/');
    const repository = owner && name ? this.findRepository(owner, name) : undefined;
    if (!repository) throw new Error(`GitHub fake: no repository ${fullName}`);
    return repository;
  }

  /** Adds or replaces files on the default branch as one new commit (the first one, for an empty repository). */
  addFiles(fullName: string, files: Record<string, FileContent | null>): GitCommit {
    const repository = this.requireRepository(fullName);
    for (const [path, content] of Object.entries(files)) {
      if (content === null) repository.files.delete(normalizePath(path));
      else repository.files.set(normalizePath(path), blob(content));
    }
    const date = new Date(Math.max(Date.now(), Date.parse(repository.createdAt) + 60_000));
    repository.head = commit(
      treeOf(repository.files),
      repository.head,
      `Update ${Object.keys(files).join(', ')}`,
      date,
      repository.owner.login,
    );
    repository.pushedAt = repository.updatedAt = isoSeconds(date);
    return repository.head;
  }

  /** How `login` relates to a repository, or null when the repository is not theirs to list. */
  affiliation(repository: Repository, login: string): RepositoryAffiliation | null {
    if (repository.owner.login.toLowerCase() === login.toLowerCase()) return 'OWNER';
    if (!repository.collaborators.has(login.toLowerCase())) return null;
    return repository.owner.type === 'Organization' ? 'ORGANIZATION_MEMBER' : 'COLLABORATOR';
  }

  permission(repository: Repository, login: string | null): RepositoryPermission | null {
    if (login !== null) {
      if (repository.owner.login.toLowerCase() === login.toLowerCase()) return 'ADMIN';
      const granted = repository.collaborators.get(login.toLowerCase());
      if (granted) return granted;
    }
    return repository.isPrivate ? null : 'READ';
  }

  canSee(repository: Repository, login: string | null): boolean {
    return this.permission(repository, login) !== null;
  }

  // ---- webhooks ------------------------------------------------------------------------------------------

  createHook(repository: Repository, data: Omit<Hook, 'id' | 'name' | 'createdAt' | 'updatedAt'>): Hook {
    const now = isoSeconds(new Date());
    const hook: Hook = { id: this.nextHookId++, name: 'web', ...data, createdAt: now, updatedAt: now };
    repository.hooks.push(hook);
    return hook;
  }

  // ---- tokens --------------------------------------------------------------------------------------------

  issueToken(
    login: string,
    options: {
      expiresInSeconds?: number;
      refreshToken?: boolean | string;
      accessToken?: string;
      clientId?: string | null;
      scopes?: string[];
      refreshTokenExpiresInSeconds?: number;
    } = {},
  ): IssuedTokens {
    const account = this.requireAccount(login);
    const clientId = options.clientId ?? null;
    const app = clientId ? this.apps.get(clientId) : undefined;
    const prefix = app && !app.expiringTokens ? 'gho' : 'ghu';
    const token = options.accessToken ?? newToken(prefix);
    if (this.tokens.has(token)) throw new Error('GitHub fake: that access token exists already');
    const now = Date.now();
    const expiresAt = options.expiresInSeconds === undefined ? null : now + options.expiresInSeconds * 1000;
    const scopes = options.scopes ?? [];
    this.tokens.set(token, { token, login: account.login, clientId, scopes, expiresAt, revoked: false });
    const issued: IssuedTokens = { accessToken: token, ...(expiresAt !== null ? { expiresAt } : {}) };
    if (options.refreshToken) {
      const refresh = typeof options.refreshToken === 'string' ? options.refreshToken : newToken('ghr');
      const refreshExpiresAt = now + (options.refreshTokenExpiresInSeconds ?? refreshTokenLifetimeSeconds) * 1000;
      this.refreshTokens.set(refresh, {
        token: refresh,
        accessToken: token,
        login: account.login,
        clientId,
        scopes,
        expiresAt: refreshExpiresAt,
        used: false,
      });
      issued.refreshToken = refresh;
      issued.refreshTokenExpiresAt = refreshExpiresAt;
    }
    return issued;
  }

  /** The live token, or null when it is unknown, revoked or expired. */
  validToken(token: string): AccessToken | null {
    const found = this.tokens.get(token);
    if (!found || found.revoked || (found.expiresAt !== null && found.expiresAt <= Date.now())) return null;
    return found;
  }

  expireToken(token: string): void {
    const found = this.tokens.get(token);
    if (!found) throw new Error('GitHub fake: unknown access token');
    found.expiresAt = Date.now() - 1000;
  }

  /** Refresh rotation: the old refresh token and its access token stop working, a new pair is issued. */
  refresh(refreshToken: string, clientId: string): IssuedTokens | null {
    const found = this.refreshTokens.get(refreshToken);
    if (!found || found.used || found.expiresAt <= Date.now()) return null;
    if (found.clientId !== null && found.clientId !== clientId) return null;
    const app = this.apps.get(clientId);
    if (!app?.expiringTokens) return null;
    found.used = true;
    const old = this.tokens.get(found.accessToken);
    if (old) old.revoked = true;
    return this.issueToken(found.login, {
      clientId: found.clientId ?? clientId,
      scopes: found.scopes,
      expiresInSeconds: accessTokenLifetimeSeconds,
      refreshToken: true,
    });
  }

  /** Revokes every token of the grant a token belongs to (one user's authorization of one app). */
  revokeGrant(clientId: string, login: string): void {
    for (const token of this.tokens.values()) {
      if (token.clientId === clientId && token.login === login) token.revoked = true;
    }
    for (const refresh of this.refreshTokens.values()) {
      if (refresh.clientId === clientId && refresh.login === login) refresh.used = true;
    }
  }

  // ---- OAuth ---------------------------------------------------------------------------------------------

  addOAuthApp(app: OAuthApp): OAuthApp {
    const stored = { ...app };
    this.apps.set(app.clientId, stored);
    return stored;
  }

  createCode(data: Omit<AuthorizationCode, 'code' | 'expiresAt' | 'used'>): AuthorizationCode {
    const code: AuthorizationCode = { ...data, code: newOAuthCode(), expiresAt: Date.now() + codeLifetimeMs, used: false };
    this.codes.set(code.code, code);
    return code;
  }
}

function normalizePath(path: string): string {
  return path.split('/').filter(Boolean).join('/');
}
