// POST /graphql (GHES: /api/graphql): documents are parsed, validated against GitHub's real schema and
// executed against it, with plain objects standing in for GitHub's data. A field the fake does not model
// fails loudly instead of quietly answering null.
import {
  execute,
  GraphQLError,
  parse,
  validate,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLFormattedError,
} from 'graphql';
import { authenticate, type FakeContext } from './context';
import { findObject, isBinary, isoSeconds, lookupPath, type GitBlob, type GitCommit, type GitObject, type GitTree } from './git';
import { json, restError, somethingWentWrong, type FakeRequest, type FakeResponse } from './http';
import { decodeCursor, encodeCursor, gitObjectNodeId } from './ids';
import { rateLimitedResponse } from './ratelimit';
import { githubSchema } from './schema';
import type { Account, Repository, RepositoryAffiliation } from './state';
import { infoOf } from './faults';

type Source = Record<string, unknown>;
type Args = Record<string, any>;

const maxPageSize = 100;

export async function handleGraphQL(request: FakeRequest, context: FakeContext): Promise<FakeResponse> {
  if (request.method !== 'POST') return restError(404, 'Not Found', 'https://docs.github.com/graphql');
  const auth = authenticate(request, context, 'graphql');
  if ('failure' in auth) return auth.failure;
  const { account: viewer } = auth;
  const scopes = { 'x-oauth-scopes': auth.token.scopes.join(', '), 'x-accepted-oauth-scopes': 'repo', 'x-github-media-type': 'github.v4' };

  const limited = context.faults.takeRateLimit(infoOf(request));
  if (limited) return rateLimitedResponse(limited, viewer.id, 'graphql', request.requestId);

  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return restError(400, 'Problems parsing JSON', 'https://docs.github.com/graphql');
  }
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  let variables = (body as { variables?: unknown }).variables;
  const answer = (result: object) => json(200, result, { ...context.limits.headers(viewer.id, 'graphql'), ...scopes });
  if (typeof query !== 'string' || query.trim() === '') {
    return answer({ errors: [{ message: 'A query attribute must be specified and must be a string.' }] });
  }
  if (typeof variables === 'string') {
    try {
      variables = variables.trim() === '' ? {} : JSON.parse(variables);
    } catch {
      return answer({ errors: [{ message: 'Variables are invalid JSON.' }] });
    }
  }

  const schema = await githubSchema();
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return answer({ errors: [formatError(error as GraphQLError)] });
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) return answer({ errors: invalid.map((error) => formatError(githubValidationError(error))) });

  context.limits.consume(viewer.id, 'graphql');
  const objects = new Objects(context, viewer, request.requestId);
  const result: ExecutionResult = await execute({
    schema,
    document,
    rootValue: objects.query(),
    contextValue: objects,
    variableValues: (variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: typeof operationName === 'string' && operationName !== '' ? operationName : undefined,
    fieldResolver,
  });
  return answer({
    ...(result.errors ? { errors: result.errors.map(formatError) } : {}),
    ...('data' in result ? { data: result.data } : {}),
  });
}

/** Like graphql's default resolver, but a field the fake does not model is an error rather than null. */
const fieldResolver: GraphQLFieldResolver<unknown, Objects> = (source, args, context, info) => {
  if (source !== null && typeof source === 'object' && info.fieldName in source) {
    const value = (source as Source)[info.fieldName];
    return typeof value === 'function' ? value.call(source, args, context, info) : value;
  }
  throw new GraphQLError(`The GitHub fake does not implement ${info.parentType.name}.${info.fieldName}.`);
};

/** GitHub's error shape: a `type` such as NOT_FOUND beside the message rather than inside `extensions`. */
function formatError(error: GraphQLError): GraphQLFormattedError & { type?: string } {
  const { type, ...extensions } = (error.extensions ?? {}) as Record<string, unknown>;
  return {
    ...(typeof type === 'string' ? { type } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
    ...(error.locations ? { locations: error.locations } : {}),
    message: error.message,
  };
}

/** graphql-ruby's wording and codes for the two validation errors clients meet most. */
function githubValidationError(error: GraphQLError): GraphQLError {
  const field = /^Cannot query field "([^"]+)" on type "([^"]+)"\./.exec(error.message);
  if (field) {
    const [, fieldName = '', typeName = ''] = field;
    return new GraphQLError(`Field '${fieldName}' doesn't exist on type '${typeName}'`, {
      nodes: error.nodes,
      extensions: { code: 'undefinedField', typeName, fieldName },
    });
  }
  const argument = /^Unknown argument "([^"]+)" on field "[^".]+\.([^"]+)"\./.exec(error.message);
  if (argument) {
    const [, argumentName = '', fieldName = ''] = argument;
    return new GraphQLError(`Field '${fieldName}' doesn't accept argument '${argumentName}'`, {
      nodes: error.nodes,
      extensions: { code: 'argumentNotAccepted', name: fieldName, typeName: 'Field', argumentName },
    });
  }
  return error;
}

function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type: 'NOT_FOUND' } });
}

// ---- connections ---------------------------------------------------------------------------------------

interface Page<T> {
  items: T[];
  cursor: (item: T) => string;
  /** Sort key of an item, compared element by element in the connection's order. */
  key: (item: T) => (string | number)[];
  /** -1 for descending order. */
  direction: 1 | -1;
  /** Names the order so that a cursor from another order is rejected. */
  order: string;
}

function compareKeys(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

/** Relay pagination with GitHub's argument rules and keyset cursors (stable while items are added). */
function connection<T>(name: string, args: Args, page: Omit<Page<T>, 'cursor'>, node: (item: T) => Source): Source {
  const { first, last, after, before } = args as {
    first?: number | null;
    last?: number | null;
    after?: string | null;
    before?: string | null;
  };
  for (const [argument, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value === null || value === undefined) continue;
    if (value < 0) throw new GraphQLError(`\`${argument}\` on the \`${name}\` connection cannot be less than zero.`);
    if (value > maxPageSize) {
      throw new GraphQLError(
        `Requesting ${value} records on the \`${name}\` connection exceeds the \`${argument}\` limit of ${maxPageSize} records.`,
        { extensions: { type: 'EXCESSIVE_PAGINATION' } },
      );
    }
  }
  if ((first === null || first === undefined) && (last === null || last === undefined)) {
    throw new GraphQLError(`You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`, {
      extensions: { type: 'MISSING_PAGINATION_BOUNDARIES' },
    });
  }
  if (first !== null && first !== undefined && last !== null && last !== undefined) {
    throw new GraphQLError(`Passing both \`first\` and \`last\` to paginate the \`${name}\` connection is not supported.`);
  }

  const compare = (a: T, b: T) => page.direction * compareKeys(page.key(a), page.key(b));
  const sorted = [...page.items].sort(compare);
  const position = (cursor: string, argument: string) => {
    const decoded = decodeCursor(cursor) as { o?: unknown; k?: unknown } | undefined;
    if (decoded?.o !== page.order || !Array.isArray(decoded.k)) {
      throw new GraphQLError(`\`${argument}\` does not appear to be a valid cursor.`, { extensions: { type: 'INVALID_CURSOR_ARGUMENTS' } });
    }
    return decoded.k as (string | number)[];
  };
  let window = sorted;
  if (after) {
    const key = position(after, 'after');
    window = window.filter((item) => page.direction * compareKeys(page.key(item), key) > 0);
  }
  if (before) {
    const key = position(before, 'before');
    window = window.filter((item) => page.direction * compareKeys(page.key(item), key) < 0);
  }
  const slice = first !== null && first !== undefined ? window.slice(0, first) : window.slice(Math.max(0, window.length - (last ?? 0)));
  const cursor = (item: T) => encodeCursor({ o: page.order, k: page.key(item) });
  const firstIndex = slice.length > 0 ? sorted.indexOf(slice[0]!) : -1;
  const lastIndex = slice.length > 0 ? sorted.indexOf(slice[slice.length - 1]!) : -1;
  return {
    totalCount: sorted.length,
    nodes: slice.map(node),
    edges: slice.map((item) => ({ cursor: cursor(item), node: node(item) })),
    pageInfo: {
      hasNextPage: slice.length > 0 ? lastIndex < sorted.length - 1 : Boolean(before) && window.length < sorted.length,
      hasPreviousPage: slice.length > 0 ? firstIndex > 0 : Boolean(after) && window.length < sorted.length,
      startCursor: slice.length > 0 ? cursor(slice[0]!) : null,
      endCursor: slice.length > 0 ? cursor(slice[slice.length - 1]!) : null,
    },
  };
}

// ---- objects -------------------------------------------------------------------------------------------

/** Builds the plain objects GraphQL resolves against, for one request's viewer. */
class Objects {
  constructor(
    private readonly context: FakeContext,
    private readonly viewer: Account,
    private readonly requestId: string,
  ) {}

  private get state() {
    return this.context.state;
  }

  query(): Source {
    return {
      viewer: () => this.account(this.viewer),
      rateLimit: () => {
        const status = this.context.limits.status(this.viewer.id, 'graphql');
        return {
          cost: 1,
          limit: status.limit,
          nodeCount: 1,
          remaining: status.remaining,
          used: status.used,
          resetAt: isoSeconds(new Date(status.resetAt)),
        };
      },
      repository: ({ owner, name }: Args) => {
        const repository = this.state.findRepository(owner, name);
        if (!repository || !this.state.canSee(repository, this.viewer.login)) {
          throw notFound(`Could not resolve to a Repository with the name '${owner}/${name}'.`);
        }
        return this.repository(repository);
      },
      repositoryOwner: ({ login }: Args) => {
        const account = this.state.account(login);
        return account ? this.account(account) : null;
      },
      user: ({ login }: Args) => {
        const account = this.state.account(login);
        if (account?.type !== 'User') throw notFound(`Could not resolve to a User with the login of '${login}'.`);
        return this.account(account);
      },
      organization: ({ login }: Args) => {
        const account = this.state.account(login);
        if (account?.type !== 'Organization') {
          throw notFound(`Could not resolve to an Organization with the login of '${login}'.`);
        }
        return this.account(account);
      },
      node: ({ id }: Args) => {
        const node = this.node(id);
        if (!node) throw notFound(`Could not resolve to a node with the global id of '${id}'`);
        return node;
      },
      nodes: ({ ids }: Args) => (ids as string[]).map((id) => this.node(id)),
    };
  }

  private node(id: string): Source | null {
    const account = [...this.state.accounts.values()].find((candidate) => candidate.nodeId === id);
    if (account) return this.account(account);
    const repository = this.state.repositories.find((candidate) => candidate.nodeId === id);
    return repository && this.state.canSee(repository, this.viewer.login) ? this.repository(repository) : null;
  }

  account(account: Account): Source {
    const url = `${this.context.webUrl}/${account.login}`;
    const common: Source = {
      __typename: account.type,
      id: account.nodeId,
      databaseId: account.id,
      login: account.login,
      name: account.name,
      avatarUrl: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
      url,
      resourcePath: `/${account.login}`,
      createdAt: account.createdAt,
      updatedAt: account.createdAt,
      description: null,
      location: null,
      websiteUrl: null,
      twitterUsername: null,
      email: account.type === 'User' ? '' : null,
      repositories: (args: Args, _context: unknown, info: { fieldName: string }) => this.repositories(account, args, info.fieldName),
      repository: ({ name }: Args) => {
        const repository = this.state.findRepository(account.login, name);
        return repository && this.state.canSee(repository, this.viewer.login) ? this.repository(repository) : null;
      },
    };
    if (account.type === 'User') {
      return { ...common, bio: null, company: null, isViewer: account === this.viewer, isSiteAdmin: false };
    }
    return {
      ...common,
      viewerIsAMember: this.state.repositories.some(
        (repository) => repository.owner === account && repository.collaborators.has(this.viewer.login.toLowerCase()),
      ),
    };
  }

  /**
   * `repositories` of the viewer follows GitHub: a repository is listed when the viewer's affiliation to it is in
   * `ownerAffiliations` (default OWNER, COLLABORATOR, so organization repositories need ORGANIZATION_MEMBER) and,
   * if given, in `affiliations`. Another account lists the repositories it owns that the viewer can see.
   */
  private repositories(account: Account, args: Args, fieldName: string): Source {
    const affiliations = args.affiliations as RepositoryAffiliation[] | null | undefined;
    const ownerAffiliations = args.ownerAffiliations as RepositoryAffiliation[] | null | undefined;
    const allowed = (affiliation: RepositoryAffiliation) =>
      (!ownerAffiliations?.length || ownerAffiliations.includes(affiliation)) &&
      (!affiliations?.length || affiliations.includes(affiliation));
    const items = this.state.repositories.filter((repository) => {
      if (account === this.viewer) {
        const affiliation = this.state.affiliation(repository, this.viewer.login);
        if (!affiliation || !allowed(affiliation)) return false;
      } else if (repository.owner !== account || !this.state.canSee(repository, this.viewer.login) || !allowed('OWNER')) {
        return false;
      }
      if (args.privacy && (args.privacy === 'PRIVATE') !== repository.isPrivate) return false;
      if (args.visibility && args.visibility !== (repository.isPrivate ? 'PRIVATE' : 'PUBLIC')) return false;
      if (typeof args.isFork === 'boolean' && args.isFork !== repository.isFork) return false;
      if (typeof args.isArchived === 'boolean' && args.isArchived !== repository.isArchived) return false;
      if (args.isLocked === true || args.hasIssuesEnabled === false) return false;
      return true;
    });
    const field = (args.orderBy?.field as string | undefined) ?? 'CREATED_AT';
    const direction = args.orderBy?.direction === 'DESC' ? -1 : 1;
    const sortValue: Record<string, (repository: Repository) => string | number> = {
      CREATED_AT: (repository) => repository.createdAt,
      UPDATED_AT: (repository) => repository.updatedAt,
      PUSHED_AT: (repository) => repository.pushedAt ?? '',
      NAME: (repository) => repository.name.toLowerCase(),
      STARGAZERS: () => 0,
    };
    const value = sortValue[field] ?? sortValue.CREATED_AT!;
    return connection(
      fieldName,
      args,
      { items, key: (repository) => [value(repository), repository.databaseId], direction, order: field },
      (repository) => this.repository(repository),
    );
  }

  repository(repository: Repository): Source {
    const fullName = `${repository.owner.login}/${repository.name}`;
    const url = `${this.context.webUrl}/${fullName}`;
    const permission = this.state.permission(repository, this.viewer.login);
    return {
      __typename: 'Repository',
      id: repository.nodeId,
      databaseId: repository.databaseId,
      name: repository.name,
      nameWithOwner: fullName,
      description: repository.description,
      isPrivate: repository.isPrivate,
      visibility: repository.isPrivate ? 'PRIVATE' : 'PUBLIC',
      isEmpty: repository.head === null,
      isFork: repository.isFork,
      isArchived: repository.isArchived,
      isDisabled: false,
      isLocked: false,
      isMirror: false,
      isTemplate: false,
      hasIssuesEnabled: true,
      createdAt: repository.createdAt,
      updatedAt: repository.updatedAt,
      pushedAt: repository.pushedAt,
      url,
      resourcePath: `/${fullName}`,
      sshUrl: `git@${new URL(this.context.webUrl).host}:${fullName}.git`,
      homepageUrl: null,
      mirrorUrl: null,
      parent: null,
      primaryLanguage: null,
      licenseInfo: null,
      stargazerCount: 0,
      forkCount: 0,
      diskUsage: Math.ceil([...repository.files.values()].reduce((sum, file) => sum + file.content.length, 0) / 1024),
      owner: () => this.account(repository.owner),
      viewerPermission: permission,
      viewerCanAdminister: permission === 'ADMIN',
      defaultBranchRef: () => (repository.head ? this.ref(repository, repository.defaultBranch, repository.head) : null),
      ref: ({ qualifiedName }: Args) => {
        const name = String(qualifiedName).replace(/^refs\/heads\//, '');
        return repository.head && name === repository.defaultBranch ? this.ref(repository, name, repository.head) : null;
      },
      object: ({ expression, oid }: Args) => {
        const found = oid ? findObject(repository.head, oid) : resolveExpression(repository, expression ?? 'HEAD');
        if (!found) return null;
        const fault = oid ? this.context.faults.takeObjectFault({ repository: fullName, oid: found.oid, type: found.type }) : null;
        if (fault === 'null') return null;
        if (fault === 'error') throw new GraphQLError(somethingWentWrong(this.requestId));
        return this.gitObject(repository, found, { truncated: fault === 'truncated' });
      },
    };
  }

  private ref(repository: Repository, name: string, head: GitCommit): Source {
    return {
      __typename: 'Ref',
      id: `REF_${Buffer.from(`${repository.databaseId}:refs/heads/${name}`).toString('base64url')}`,
      name,
      prefix: 'refs/heads/',
      target: () => this.gitObject(repository, head),
      repository: () => this.repository(repository),
    };
  }

  /** `truncated`: a blob's text cut to its first half, as GitHub cuts long texts (`isTruncated`). */
  private gitObject(repository: Repository, object: GitObject, { truncated = false } = {}): Source {
    const url = `${this.context.webUrl}/${repository.owner.login}/${repository.name}`;
    const common = {
      id: gitObjectNodeId(repository.databaseId, object.type, object.oid),
      oid: object.oid,
      abbreviatedOid: object.oid.slice(0, 7),
      commitUrl: `${url}/commit/${repository.head?.oid ?? object.oid}`,
      commitResourcePath: `/${repository.owner.login}/${repository.name}/commit/${repository.head?.oid ?? object.oid}`,
      repository: () => this.repository(repository),
    };
    switch (object.type) {
      case 'commit':
        return {
          ...common,
          __typename: 'Commit',
          commitUrl: `${url}/commit/${object.oid}`,
          commitResourcePath: `/${repository.owner.login}/${repository.name}/commit/${object.oid}`,
          url: `${url}/commit/${object.oid}`,
          resourcePath: `/${repository.owner.login}/${repository.name}/commit/${object.oid}`,
          message: object.message,
          messageHeadline: object.message.split('\n')[0],
          messageBody: object.message.split('\n').slice(1).join('\n').trim(),
          committedDate: object.committedDate,
          authoredDate: object.committedDate,
          tree: () => this.gitObject(repository, object.tree),
          file: ({ path }: Args) => {
            const target = lookupPath(object.tree, path);
            const parts = String(path).split('/').filter(Boolean);
            return target && parts.length > 0 ? this.treeEntry(repository, parts.join('/'), target) : null;
          },
        };
      case 'tree':
        return {
          ...common,
          __typename: 'Tree',
          entries: () => object.entries.map((entry) => this.treeEntry(repository, entry.path, entry.object)),
        };
      case 'blob':
        return {
          ...common,
          __typename: 'Blob',
          byteSize: object.content.length,
          isBinary: isBinary(object),
          isTruncated: truncated,
          text: isBinary(object)
            ? null
            : object.content.subarray(0, truncated ? Math.floor(object.content.length / 2) : undefined).toString('utf8'),
        };
    }
  }

  private treeEntry(repository: Repository, path: string, object: GitBlob | GitTree): Source {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    const text = object.type === 'blob' && !isBinary(object) ? object.content.toString('utf8') : null;
    return {
      name,
      path,
      nameRaw: Buffer.from(name).toString('base64'),
      pathRaw: Buffer.from(path).toString('base64'),
      type: object.type,
      mode: object.type === 'tree' ? 0o40000 : 0o100644,
      oid: object.oid,
      size: object.type === 'blob' ? object.content.length : 0,
      extension: object.type === 'blob' && dot > 0 ? name.slice(dot) : null,
      isGenerated: false,
      language: null,
      submodule: null,
      lineCount: text === null ? null : text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0),
      object: () => this.gitObject(repository, object),
      repository: () => this.repository(repository),
    };
  }
}

/** `HEAD`, `HEAD:`, `main:src/index.ts`, `<commit oid>:docs`: a revision, optionally `:` and a path. */
function resolveExpression(repository: Repository, expression: string): GitObject | null {
  const head = repository.head;
  if (!head) return null;
  const colon = expression.indexOf(':');
  const revision = colon === -1 ? expression : expression.slice(0, colon);
  let target: GitCommit | null = null;
  if (revision === 'HEAD' || revision === repository.defaultBranch || revision === `refs/heads/${repository.defaultBranch}`) {
    target = head;
  } else if (/^[0-9a-f]{4,40}$/.test(revision)) {
    for (let current: GitCommit | null = head; current; current = current.parent) {
      if (current.oid.startsWith(revision)) {
        target = current;
        break;
      }
    }
  }
  if (!target) return null;
  return colon === -1 ? target : lookupPath(target.tree, expression.slice(colon + 1));
}
