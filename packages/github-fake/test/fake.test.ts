// The GitHub fake itself, over real HTTP: what the gateway's tests rely on must behave as GitHub does.
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubFake, type GitHubFake } from '../src';

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body };
}

function graphql(fake: GitHubFake, token: string | null, query: string, variables?: Record<string, unknown>, scheme = 'bearer') {
  return call(fake.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `${scheme} ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
}

function rest(fake: GitHubFake, token: string | null, method: string, path: string, body?: unknown) {
  return call(`${fake.apiUrl}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      ...(token ? { authorization: `token ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const REPOSITORIES = `query ($first: Int, $after: String, $orderBy: RepositoryOrder, $affiliations: [RepositoryAffiliation], $ownerAffiliations: [RepositoryAffiliation]) {
  viewer {
    repositories(first: $first, after: $after, orderBy: $orderBy, affiliations: $affiliations, ownerAffiliations: $ownerAffiliations, isFork: false) {
      totalCount
      pageInfo { hasNextPage endCursor startCursor hasPreviousPage }
      nodes {
        id databaseId name nameWithOwner description isPrivate isEmpty createdAt updatedAt pushedAt url
        owner { __typename login }
        defaultBranchRef { name target { __typename oid } }
      }
      edges { cursor node { databaseId } }
    }
  }
}`;

describe('GitHub fake (github.com layout)', () => {
  let github: GitHubFake;
  let token: string;

  beforeAll(async () => {
    github = await startGitHubFake();
    github.addUser({ login: 'octocat' });
    github.addUser({ login: 'hubot' });
    github.addOrganization({ login: 'acme' });
    github.addRepositories('octocat', 23);
    github.addRepositories('octocat', [{ name: 'empty-one', empty: true, description: null }]);
    github.addRepositories('hubot', 2, { visibleTo: ['octocat'] });
    github.addRepositories('acme', 3, { visibleTo: ['octocat'] });
    github.addRepositories('hubot', [{ name: 'secret-stuff', isPrivate: true }]);
    token = github.issueToken('octocat').accessToken;
  });
  afterAll(() => github?.close());
  afterEach(() => {
    github.resetBehaviour();
    github.resetCounters();
  });

  it('serves github.com URLs', () => {
    expect(github.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(github.webUrl).toBe(github.apiUrl);
    expect(github.graphqlUrl).toBe(`${github.apiUrl}/graphql`);
    expect(token).toMatch(/^ghu_[A-Za-z0-9]{36}$/);
  });

  describe('GraphQL', () => {
    it('answers viewer, with either authorization scheme in any case', async () => {
      for (const scheme of ['bearer', 'Bearer', 'token', 'TOKEN']) {
        const answer = await graphql(github, token, '{ viewer { login id databaseId name } }', undefined, scheme);
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual({
          data: { viewer: { login: 'octocat', id: expect.stringMatching(/^U_kg/), databaseId: 1, name: expect.any(String) } },
        });
      }
      const answer = await graphql(github, token, '{ viewer { login } }');
      expect(answer.headers.get('x-ratelimit-resource')).toBe('graphql');
      expect(Number(answer.headers.get('x-ratelimit-remaining'))).toBeLessThan(5000);
      expect(answer.headers.get('x-github-request-id')).toMatch(/^[0-9A-F]+(:[0-9A-F]+){4}$/);
    });

    it('rejects documents the real schema does not accept, with HTTP 200 and errors only', async () => {
      const unknownField = await graphql(github, token, '{ viewer { login favouriteColour } }');
      expect(unknownField.status).toBe(200);
      expect(unknownField.body.data).toBeUndefined();
      expect(unknownField.body.errors).toEqual([
        expect.objectContaining({
          message: "Field 'favouriteColour' doesn't exist on type 'User'",
          extensions: { code: 'undefinedField', typeName: 'User', fieldName: 'favouriteColour' },
          locations: [{ line: 1, column: 18 }],
        }),
      ]);
      const badArgument = await graphql(github, token, '{ viewer { repositories(first: 1, sort: NAME) { totalCount } } }');
      expect(badArgument.body.errors[0].message).toBe("Field 'repositories' doesn't accept argument 'sort'");
      const badEnum = await graphql(github, token, '{ viewer { repositories(first: 1, affiliations: [FRIEND]) { totalCount } } }');
      expect(badEnum.body.errors[0].message).toMatch(/FRIEND/);
      const syntax = await graphql(github, token, '{ viewer { login }');
      expect(syntax.status).toBe(200);
      expect(syntax.body.errors[0].message).toMatch(/Syntax Error/);
      const noQuery = await call(github.graphqlUrl, { method: 'POST', headers: { authorization: `bearer ${token}` }, body: '{}' });
      expect(noQuery.body.errors[0].message).toBe('A query attribute must be specified and must be a string.');
      const notJson = await call(github.graphqlUrl, { method: 'POST', headers: { authorization: `bearer ${token}` }, body: '{nope' });
      expect(notJson.status).toBe(400);
    });

    it('answers 401 without a token, or with a bad or expired one', async () => {
      const anonymous = await graphql(github, null, '{ viewer { login } }');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.message).toBe('This endpoint requires you to be authenticated.');
      const bad = await graphql(github, 'ghu_nope', '{ viewer { login } }');
      expect(bad.status).toBe(401);
      expect(bad.body).toMatchObject({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/graphql' });

      const { accessToken } = github.issueToken('octocat');
      expect((await graphql(github, accessToken, '{ viewer { login } }')).status).toBe(200);
      github.expireToken(accessToken);
      const expired = await graphql(github, accessToken, '{ viewer { login } }');
      expect(expired.status).toBe(401);
      expect(expired.body).toMatchObject({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/graphql' });
      const expiredRest = await rest(github, accessToken, 'GET', '/repos/octocat/repo-001/hooks');
      expect(expiredRest.status).toBe(401);
      expect(expiredRest.body).toMatchObject({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });

      const shortLived = github.issueToken('octocat', { expiresInSeconds: 0.2 }).accessToken;
      expect((await graphql(github, shortLived, '{ viewer { login } }')).status).toBe(200);
      await expect
        .poll(async () => (await graphql(github, shortLived, '{ viewer { login } }')).status, { timeout: 5_000, interval: 50 })
        .toBe(401);
    });

    it('pages through the viewer’s repositories with opaque cursors, oldest first, each exactly once', async () => {
      const affiliations = ['OWNER', 'COLLABORATOR', 'ORGANIZATION_MEMBER'];
      const seen: number[] = [];
      let after: string | null = null;
      let pages = 0;
      let previous = '';
      for (;;) {
        const answer = await graphql(github, token, REPOSITORIES, { first: 10, after, affiliations, ownerAffiliations: affiliations });
        expect(answer.body.errors).toBeUndefined();
        const connection = answer.body.data.viewer.repositories;
        expect(connection.totalCount).toBe(29);
        expect(connection.pageInfo.hasPreviousPage).toBe(pages > 0);
        expect(connection.edges.map((edge: any) => edge.node.databaseId)).toEqual(connection.nodes.map((node: any) => node.databaseId));
        expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
        expect(connection.pageInfo.startCursor).toBe(connection.edges[0]?.cursor ?? null);
        for (const node of connection.nodes) {
          expect(node.createdAt > previous).toBe(true);
          previous = node.createdAt;
        }
        seen.push(...connection.nodes.map((node: any) => node.databaseId));
        pages++;
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
        expect(Buffer.from(after!, 'base64').toString('base64')).toBe(after);
      }
      expect(pages).toBe(3);
      expect(seen).toHaveLength(29);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      expect(seen[0]).toBe(100001);
      expect(new Set(seen).size).toBe(29);
      expect(seen).not.toContain(github.repository('hubot/secret-stuff')!.databaseId);
    });

    it('describes repositories as GitHub does', async () => {
      const answer = await graphql(github, token, REPOSITORIES, { first: 100 });
      const nodes = answer.body.data.viewer.repositories.nodes;
      const first = nodes[0];
      expect(first).toEqual({
        id: expect.stringMatching(/^R_kgDO/),
        databaseId: 100001,
        name: 'repo-001',
        nameWithOwner: 'octocat/repo-001',
        description: expect.any(String),
        isPrivate: false,
        isEmpty: false,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
        updatedAt: expect.stringMatching(/Z$/),
        pushedAt: expect.stringMatching(/Z$/),
        url: `${github.webUrl}/octocat/repo-001`,
        owner: { __typename: 'User', login: 'octocat' },
        defaultBranchRef: { name: 'main', target: { __typename: 'Commit', oid: expect.stringMatching(/^[0-9a-f]{40}$/) } },
      });
      expect(nodes.map((node: any) => node.isPrivate).slice(0, 4)).toEqual([false, true, false, true]);
      expect(nodes[2].description).toBeNull();
      const empty = nodes.find((node: any) => node.name === 'empty-one');
      expect(empty).toMatchObject({ isEmpty: true, defaultBranchRef: null, description: null });
      // The default ownerAffiliations (OWNER, COLLABORATOR) leave organization repositories out.
      expect(answer.body.data.viewer.repositories.totalCount).toBe(26);
      expect(nodes.some((node: any) => node.owner.login === 'acme')).toBe(false);
      expect(nodes.filter((node: any) => node.owner.login === 'hubot')).toHaveLength(2);
      const owned = await graphql(github, token, REPOSITORIES, { first: 1, affiliations: ['OWNER'] });
      expect(owned.body.data.viewer.repositories.totalCount).toBe(24);
      const org = await graphql(github, token, REPOSITORIES, { first: 5, ownerAffiliations: ['ORGANIZATION_MEMBER'] });
      expect(org.body.data.viewer.repositories.nodes.map((node: any) => [node.nameWithOwner, node.owner.__typename])).toEqual([
        ['acme/repo-001', 'Organization'],
        ['acme/repo-002', 'Organization'],
        ['acme/repo-003', 'Organization'],
      ]);
    });

    it('orders by NAME and CREATED_AT in both directions, keeping cursors valid', async () => {
      const names = async (orderBy: object, first: number, after?: string) => {
        const answer = await graphql(github, token, REPOSITORIES, { first, after, orderBy, affiliations: ['OWNER'] });
        const connection = answer.body.data.viewer.repositories;
        return { names: connection.nodes.map((node: any) => node.name), end: connection.pageInfo.endCursor };
      };
      const byNameDesc = await names({ field: 'NAME', direction: 'DESC' }, 3);
      expect(byNameDesc.names).toEqual(['repo-023', 'repo-022', 'repo-021']);
      expect((await names({ field: 'NAME', direction: 'DESC' }, 2, byNameDesc.end)).names).toEqual(['repo-020', 'repo-019']);
      expect((await names({ field: 'NAME', direction: 'ASC' }, 2)).names).toEqual(['empty-one', 'repo-001']);
      expect((await names({ field: 'CREATED_AT', direction: 'DESC' }, 2)).names).toEqual(['empty-one', 'repo-023']);
      const wrongOrder = await graphql(github, token, REPOSITORIES, {
        first: 2,
        after: byNameDesc.end,
        orderBy: { field: 'CREATED_AT', direction: 'ASC' },
      });
      expect(wrongOrder.body.errors[0]).toMatchObject({ type: 'INVALID_CURSOR_ARGUMENTS' });
      const garbage = await graphql(github, token, REPOSITORIES, { first: 2, after: 'bm9wZQ==' });
      expect(garbage.body.errors[0].message).toBe('`after` does not appear to be a valid cursor.');
    });

    it('enforces GitHub’s pagination limits', async () => {
      const tooMany = await graphql(github, token, REPOSITORIES, { first: 101 });
      expect(tooMany.status).toBe(200);
      expect(tooMany.body.data).toBeNull();
      expect(tooMany.body.errors).toEqual([
        expect.objectContaining({
          type: 'EXCESSIVE_PAGINATION',
          path: ['viewer', 'repositories'],
          message: 'Requesting 101 records on the `repositories` connection exceeds the `first` limit of 100 records.',
        }),
      ]);
      const unbounded = await graphql(github, token, '{ viewer { repositories { totalCount } } }');
      expect(unbounded.body.errors[0].message).toBe(
        'You must provide a `first` or `last` value to properly paginate the `repositories` connection.',
      );
    });

    it('answers rateLimit and counts each query against the hourly budget', async () => {
      const query = '{ rateLimit { limit remaining used cost resetAt } }';
      const one = (await graphql(github, token, query)).body.data.rateLimit;
      const two = (await graphql(github, token, query)).body.data.rateLimit;
      expect(one).toMatchObject({ limit: 5000, cost: 1 });
      expect(two.remaining).toBe(one.remaining - 1);
      expect(two.used).toBe(one.used + 1);
      expect(Date.parse(two.resetAt)).toBeGreaterThan(Date.now());
    });

    it('resolves repository(owner, name), and NOT_FOUND for what the viewer cannot see', async () => {
      const seen = await graphql(github, token, '{ repository(owner: "hubot", name: "repo-001") { nameWithOwner viewerPermission } }');
      expect(seen.body.data.repository).toEqual({ nameWithOwner: 'hubot/repo-001', viewerPermission: 'ADMIN' });
      const hidden = await graphql(github, token, '{ repository(owner: "hubot", name: "secret-stuff") { id } }');
      expect(hidden.body).toEqual({
        data: { repository: null },
        errors: [
          {
            type: 'NOT_FOUND',
            path: ['repository'],
            locations: [{ line: 1, column: 3 }],
            message: "Could not resolve to a Repository with the name 'hubot/secret-stuff'.",
          },
        ],
      });
    });

    it('serves repository contents with real git object ids once files are added', async () => {
      const CONTENTS = `query ($name: String!) {
        repository(owner: "octocat", name: $name) {
          isEmpty
          object(expression: "HEAD:") { ... on Tree { oid entries { name path type mode oid object { ... on Blob { byteSize isBinary text } } } } }
          defaultBranchRef { target { ... on Commit { oid tree { oid } } } }
        }
      }`;
      const bare = await graphql(github, token, CONTENTS, { name: 'repo-010' });
      // A repository without files has one commit with git's empty tree.
      expect(bare.body.data.repository.object).toEqual({ oid: '4b825dc642cb6eb9a060e54bf8d69288fbee4904', entries: [] });
      expect((await graphql(github, token, CONTENTS, { name: 'empty-one' })).body.data.repository).toEqual({
        isEmpty: true,
        object: null,
        defaultBranchRef: null,
      });

      const commitOid = github.addFiles('octocat/repo-010', {
        'README.md': 'hello\n',
        'src/index.ts': 'export {};\n',
        'logo.png': Buffer.from([0x89, 0x50, 0, 1]),
      });
      const answer = await graphql(github, token, CONTENTS, { name: 'repo-010' });
      const repository = answer.body.data.repository;
      expect(repository.defaultBranchRef.target.oid).toBe(commitOid);
      expect(repository.defaultBranchRef.target.tree.oid).toBe(repository.object.oid);
      expect(repository.object.entries).toEqual([
        {
          name: 'README.md',
          path: 'README.md',
          type: 'blob',
          mode: 33188,
          oid: 'ce013625030ba8dba906f756967f9e9ca394464a',
          object: { byteSize: 6, isBinary: false, text: 'hello\n' },
        },
        {
          name: 'logo.png',
          path: 'logo.png',
          type: 'blob',
          mode: 33188,
          oid: expect.stringMatching(/^[0-9a-f]{40}$/),
          object: { byteSize: 4, isBinary: true, text: null },
        },
        { name: 'src', path: 'src', type: 'tree', mode: 16384, oid: expect.stringMatching(/^[0-9a-f]{40}$/), object: {} },
      ]);
      const file = await graphql(
        github,
        token,
        '{ repository(owner: "octocat", name: "repo-010") { object(expression: "main:src/index.ts") { ... on Blob { text } } } }',
      );
      expect(file.body.data.repository.object).toEqual({ text: 'export {};\n' });
    });

    it('reports fields it does not model as errors rather than null', async () => {
      const answer = await graphql(github, token, '{ viewer { login pinnedItems(first: 1) { totalCount } } }');
      expect(answer.body.errors[0].message).toBe('The GitHub fake does not implement User.pinnedItems.');
    });
  });

  describe('REST webhooks', () => {
    const hookBody = (url: string, secret = 's3cret') => ({
      name: 'web',
      active: true,
      events: ['push'],
      config: { url, content_type: 'json', secret, insecure_ssl: '0' },
    });

    it('creates, rejects duplicates, lists, updates and deletes hooks as GitHub does', async () => {
      const created = await rest(github, token, 'POST', '/repos/octocat/repo-003/hooks', hookBody('https://gateway.test/hooks'));
      expect(created.status).toBe(201);
      const hook = created.body;
      expect(hook).toEqual({
        type: 'Repository',
        id: expect.any(Number),
        name: 'web',
        active: true,
        events: ['push'],
        config: { content_type: 'json', insecure_ssl: '0', secret: '********', url: 'https://gateway.test/hooks' },
        updated_at: expect.stringMatching(/Z$/),
        created_at: expect.stringMatching(/Z$/),
        url: `${github.apiUrl}/repos/octocat/repo-003/hooks/${hook.id}`,
        test_url: `${github.apiUrl}/repos/octocat/repo-003/hooks/${hook.id}/test`,
        ping_url: `${github.apiUrl}/repos/octocat/repo-003/hooks/${hook.id}/pings`,
        deliveries_url: `${github.apiUrl}/repos/octocat/repo-003/hooks/${hook.id}/deliveries`,
        last_response: { code: null, status: 'unused', message: null },
      });
      for (const name of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-used', 'x-github-request-id']) {
        expect(created.headers.get(name)).toBeTruthy();
      }
      expect(github.hooks('octocat/repo-003')).toEqual([
        expect.objectContaining({
          id: hook.id,
          active: true,
          events: ['push'],
          config: { url: 'https://gateway.test/hooks', content_type: 'json', secret: 's3cret', insecure_ssl: '0' },
        }),
      ]);

      const duplicate = await rest(github, token, 'POST', '/repos/octocat/repo-003/hooks', hookBody('https://gateway.test/hooks', 'other'));
      expect(duplicate.status).toBe(422);
      expect(duplicate.body).toEqual({
        message: 'Validation Failed',
        errors: [{ resource: 'Hook', code: 'custom', message: 'Hook already exists on this repository' }],
        documentation_url: 'https://docs.github.com/rest/repos/webhooks#create-a-repository-webhook',
        status: '422',
      });
      const noUrl = await rest(github, token, 'POST', '/repos/octocat/repo-003/hooks', { config: { content_type: 'json' } });
      expect(noUrl.status).toBe(422);
      expect(noUrl.body.message).toBe('Validation Failed');
      const badEvent = await rest(github, token, 'POST', '/repos/octocat/repo-003/hooks', {
        events: ['pushh'],
        config: { url: 'https://x.test' },
      });
      expect(badEvent.status).toBe(422);

      const got = await rest(github, token, 'GET', `/repos/octocat/repo-003/hooks/${hook.id}`);
      expect(got.body).toEqual(hook);
      const patched = await rest(github, token, 'PATCH', `/repos/octocat/repo-003/hooks/${hook.id}`, {
        active: false,
        add_events: ['pull_request'],
        config: { url: 'https://gateway.test/hooks', content_type: 'form', secret: 'rotated' },
      });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({
        id: hook.id,
        active: false,
        events: ['push', 'pull_request'],
        config: { content_type: 'form', secret: '********' },
      });
      expect(github.hooks('octocat/repo-003')[0]!.config.secret).toBe('rotated');

      expect((await rest(github, token, 'DELETE', `/repos/octocat/repo-003/hooks/${hook.id}`)).status).toBe(204);
      expect(github.hooks('octocat/repo-003')).toEqual([]);
      const gone = await rest(github, token, 'DELETE', `/repos/octocat/repo-003/hooks/${hook.id}`);
      expect(gone.status).toBe(404);
      expect(gone.body.message).toBe('Not Found');
      expect((await rest(github, token, 'PATCH', '/repos/octocat/repo-003/hooks/999', { active: true })).status).toBe(404);

      expect(github.count('hooks.create')).toBe(4);
      expect(github.count('hooks.get')).toBe(1);
      expect(github.count('hooks.update')).toBe(2);
      expect(github.count('hooks.delete')).toBe(2);
      const recorded = github.requests.find((request) => request.kind === 'hooks.create')!;
      expect(recorded).toMatchObject({
        method: 'POST',
        path: '/repos/octocat/repo-003/hooks',
        status: 201,
        body: hookBody('https://gateway.test/hooks'),
      });
      expect(recorded.headers.authorization).toBe(`token ${token}`);
    });

    it('pages hook lists with per_page, page and a Link header', async () => {
      for (let index = 0; index < 5; index++) {
        expect(
          (await rest(github, token, 'POST', '/repos/octocat/repo-004/hooks', hookBody(`https://gateway.test/h${index}`))).status,
        ).toBe(201);
      }
      const first = await rest(github, token, 'GET', '/repos/octocat/repo-004/hooks?per_page=2');
      expect(first.body.map((hook: any) => hook.config.url)).toEqual(['https://gateway.test/h0', 'https://gateway.test/h1']);
      expect(first.headers.get('link')).toBe(
        `<${github.apiUrl}/repos/octocat/repo-004/hooks?per_page=2&page=2>; rel="next", <${github.apiUrl}/repos/octocat/repo-004/hooks?per_page=2&page=3>; rel="last"`,
      );
      const last = await rest(github, token, 'GET', '/repos/octocat/repo-004/hooks?per_page=2&page=3');
      expect(last.body).toHaveLength(1);
      expect(last.headers.get('link')).toContain('rel="prev"');
      const all = await rest(github, token, 'GET', '/repos/octocat/repo-004/hooks');
      expect(all.body).toHaveLength(5);
      expect(all.headers.get('link')).toBeNull();
      expect(github.count('hooks.list')).toBe(3);
    });

    it('answers 404 for repositories the token’s user cannot see, and 401 without a token', async () => {
      const hidden = await rest(github, token, 'GET', '/repos/hubot/secret-stuff/hooks');
      expect(hidden.status).toBe(404);
      expect(hidden.body).toMatchObject({ message: 'Not Found' });
      expect((await rest(github, token, 'POST', '/repos/nobody/nothing/hooks', hookBody('https://x.test'))).status).toBe(404);
      expect((await rest(github, null, 'GET', '/repos/octocat/repo-001/hooks')).status).toBe(401);
      // Collaborators with admin rights manage hooks too.
      expect((await rest(github, token, 'GET', '/repos/hubot/repo-002/hooks')).status).toBe(200);
    });

    it('delivers signed events to the hooks subscribed to them', async () => {
      const received: { headers: IncomingHttpHeaders; body: string }[] = [];
      const receiver = createServer((req, res) => {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          received.push({ headers: req.headers, body });
          res.writeHead(202).end();
        });
      });
      receiver.listen(0, '127.0.0.1');
      await once(receiver, 'listening');
      try {
        const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/github`;
        await rest(github, token, 'POST', '/repos/octocat/repo-008/hooks', hookBody(url, 'deliver-secret'));
        await rest(github, token, 'POST', '/repos/octocat/repo-008/hooks', {
          events: ['issues'],
          config: { url: `${url}?issues`, content_type: 'json' },
        });
        const deliveries = await github.deliver('octocat/repo-008', 'push', { ref: 'refs/heads/main' });
        expect(deliveries).toEqual([expect.objectContaining({ status: 202, url })]);
        const [delivery] = received;
        expect(JSON.parse(delivery!.body)).toMatchObject({ ref: 'refs/heads/main', repository: { full_name: 'octocat/repo-008' } });
        expect(delivery!.headers).toMatchObject({
          'x-github-event': 'push',
          'x-github-hook-id': String(github.hooks('octocat/repo-008')[0]!.id),
          'x-hub-signature-256': `sha256=${createHmac('sha256', 'deliver-secret').update(delivery!.body).digest('hex')}`,
        });
      } finally {
        receiver.close();
        receiver.closeAllConnections();
      }
    });

    it('fails hook creation on one repository on demand', async () => {
      github.failHookCreation('octocat/repo-005', 500, 1);
      const failed = await rest(github, token, 'POST', '/repos/octocat/repo-005/hooks', hookBody('https://gateway.test/fail'));
      expect(failed.status).toBe(500);
      expect((await rest(github, token, 'POST', '/repos/octocat/repo-006/hooks', hookBody('https://gateway.test/fail'))).status).toBe(201);
      expect((await rest(github, token, 'POST', '/repos/octocat/repo-005/hooks', hookBody('https://gateway.test/fail'))).status).toBe(201);
      github.failHookCreation('octocat/repo-007', 503);
      expect((await rest(github, token, 'POST', '/repos/octocat/repo-007/hooks', hookBody('https://gateway.test/a'))).status).toBe(503);
      expect((await rest(github, token, 'POST', '/repos/octocat/repo-007/hooks', hookBody('https://gateway.test/a'))).status).toBe(503);
      github.failHookCreation('octocat/repo-007', 503, 0);
      expect((await rest(github, token, 'POST', '/repos/octocat/repo-007/hooks', hookBody('https://gateway.test/a'))).status).toBe(201);
    });
  });

  describe('REST git blobs', () => {
    it('serves a blob as base64 JSON, or its bytes for a raw Accept, as GitHub does', async () => {
      const long = `${'x'.repeat(70)}\n`;
      github.addFiles('octocat/repo-013', { 'notes.md': long, 'logo.png': Buffer.from([0x89, 0x50, 0, 1]) });
      const sha = github.oidAt('octocat/repo-013', 'notes.md');
      const json = await rest(github, token, 'GET', `/repos/octocat/repo-013/git/blobs/${sha}`);
      expect(json.status).toBe(200);
      expect(json.body).toEqual({
        sha,
        node_id: expect.stringMatching(/^B_/),
        size: 71,
        url: `${github.apiUrl}/repos/octocat/repo-013/git/blobs/${sha}`,
        content: `${Buffer.from(long).toString('base64').slice(0, 60)}\n${Buffer.from(long).toString('base64').slice(60)}\n`,
        encoding: 'base64',
      });
      expect(github.count('git.blob')).toBe(1);

      for (const accept of ['application/vnd.github.raw+json', 'application/vnd.github.raw']) {
        const raw = await fetch(`${github.apiUrl}/repos/octocat/repo-013/git/blobs/${sha}`, {
          headers: { accept, authorization: `token ${token}` },
        });
        expect(raw.headers.get('content-type')).toBe(`${accept}; charset=utf-8`);
        expect(await raw.text()).toBe(long);
      }
      const binary = await fetch(`${github.apiUrl}/repos/octocat/repo-013/git/blobs/${github.oidAt('octocat/repo-013', 'logo.png')}`, {
        headers: { accept: 'application/vnd.github.raw+json', authorization: `token ${token}` },
      });
      expect(Buffer.from(await binary.arrayBuffer())).toEqual(Buffer.from([0x89, 0x50, 0, 1]));

      expect((await rest(github, token, 'GET', `/repos/octocat/repo-013/git/blobs/${'0'.repeat(40)}`)).status).toBe(404);
      expect((await rest(github, token, 'GET', `/repos/octocat/repo-013/git/blobs/${github.oidAt('octocat/repo-013', '')}`)).status).toBe(
        404,
      );
      expect((await rest(github, token, 'GET', `/repos/hubot/secret-stuff/git/blobs/${sha}`)).status).toBe(404);
    });
  });

  describe('misbehaviour', () => {
    it('rate limits in the primary style: 403 with x-ratelimit-remaining 0 and the reset time', async () => {
      github.rateLimit('hooks.list', { retryAfterSeconds: 42, style: 'primary' });
      const answer = await rest(github, token, 'GET', '/repos/octocat/repo-001/hooks');
      expect(answer.status).toBe(403);
      expect(answer.body.message).toBe('API rate limit exceeded for user ID 1.');
      expect(answer.body.documentation_url).toMatch(/^https:\/\/docs\.github\.com\//);
      expect(answer.headers.get('x-ratelimit-remaining')).toBe('0');
      const reset = Number(answer.headers.get('x-ratelimit-reset'));
      expect(reset - Date.now() / 1000).toBeGreaterThan(40);
      expect(reset - Date.now() / 1000).toBeLessThan(44);
      // Other kinds are not limited.
      expect((await rest(github, token, 'GET', '/repos/octocat/repo-001/hooks/1')).status).toBe(404);
      github.clearRateLimit('hooks.list');
      expect((await rest(github, token, 'GET', '/repos/octocat/repo-001/hooks')).status).toBe(200);
    });

    it('rate limits in the secondary style: 403 with retry-after', async () => {
      github.rateLimit('graphql', { retryAfterSeconds: 30, style: 'secondary' });
      const answer = await graphql(github, token, '{ viewer { login } }');
      expect(answer.status).toBe(403);
      expect(answer.headers.get('retry-after')).toBe('30');
      expect(answer.body.message).toMatch(/^You have exceeded a secondary rate limit/);
      github.clearRateLimit();
      expect((await graphql(github, token, '{ viewer { login } }')).status).toBe(200);
    });

    it('rate limits in the GraphQL style: HTTP 200 with a RATE_LIMITED error, and lifts after retryAfterSeconds', async () => {
      github.rateLimit('graphql', { retryAfterSeconds: 1, style: 'graphql' });
      const answer = await graphql(github, token, '{ viewer { login } }');
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1.' }] });
      expect(answer.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(Number(answer.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
      await expect
        .poll(async () => (await graphql(github, token, '{ viewer { login } }')).body.data, { timeout: 5_000, interval: 100 })
        .toEqual({ viewer: { login: 'octocat' } });
    });

    it('fails the next requests of a kind, or those a predicate picks', async () => {
      github.failNext('graphql', 2);
      const failed = await graphql(github, token, '{ viewer { login } }');
      expect(failed.status).toBe(502);
      expect(failed.body.errors[0].message).toMatch(/Something went wrong/);
      expect((await graphql(github, token, '{ viewer { login } }')).status).toBe(502);
      expect((await graphql(github, token, '{ viewer { login } }')).status).toBe(200);
      expect(github.requests.map((request) => request.status)).toEqual([502, 502, 200]);
      expect(github.count('graphql')).toBe(3);

      github.failNext('hooks.delete', 1, 503);
      expect((await rest(github, token, 'DELETE', '/repos/octocat/repo-001/hooks/1')).status).toBe(503);
      expect((await rest(github, token, 'DELETE', '/repos/octocat/repo-001/hooks/1')).status).toBe(404);

      const onRepo = ({ method, path }: { method: string; path: string }) => method === 'GET' && path.includes('/repo-002/');
      github.failNext(onRepo, 5, 500);
      expect((await rest(github, token, 'GET', '/repos/octocat/repo-002/hooks')).status).toBe(500);
      expect((await rest(github, token, 'GET', '/repos/octocat/repo-001/hooks')).status).toBe(200);
      github.failNext(onRepo, 0);
      expect((await rest(github, token, 'GET', '/repos/octocat/repo-002/hooks')).status).toBe(200);

      github.resetCounters();
      expect(github.count('graphql')).toBe(0);
      expect(github.requests).toEqual([]);
    });

    it('breaks chosen object lookups: null without an error, a GraphQL error beside the data, or a truncated blob', async () => {
      github.addFiles('octocat/repo-012', { 'README.md': 'abcdefgh', 'docs/a.md': 'A' });
      const readme = github.oidAt('octocat/repo-012', 'README.md');
      const docs = github.oidAt('octocat/repo-012', 'docs');
      const root = github.oidAt('octocat/repo-012', '');
      const OBJECTS = `query ($a: GitObjectID!, $b: GitObjectID!) { repository(owner: "octocat", name: "repo-012") {
        a: object(oid: $a) { oid ... on Blob { isTruncated text } }
        b: object(oid: $b) { oid }
      } }`;
      const lookup = () => graphql(github, token, OBJECTS, { a: readme, b: docs });

      github.breakObjects(docs, 'null', 1);
      expect((await lookup()).body).toEqual({
        data: { repository: { a: { oid: readme, isTruncated: false, text: 'abcdefgh' }, b: null } },
      });
      expect((await lookup()).body.data.repository.b).toEqual({ oid: docs });

      const erring = [readme];
      github.breakObjects(erring, 'error');
      const failed = await lookup();
      expect(failed.status).toBe(200);
      expect(failed.body.data.repository).toEqual({ a: null, b: { oid: docs } });
      expect(failed.body.errors).toEqual([
        expect.objectContaining({ path: ['repository', 'a'], message: expect.stringMatching(/^Something went wrong/) }),
      ]);
      github.breakObjects(erring, 'error', 0); // cancels what is left for the same selector

      // 'truncated' applies to blobs only; `nth` counts every lookup since the fault was set.
      github.breakObjects(({ nth }) => nth <= 2, 'truncated');
      expect((await lookup()).body.data.repository).toEqual({ a: { oid: readme, isTruncated: true, text: 'abcd' }, b: { oid: docs } });
      expect((await lookup()).body.data.repository.a).toEqual({ oid: readme, isTruncated: false, text: 'abcdefgh' });
      github.resetBehaviour();

      github.breakObjects(({ repository, type }) => repository === 'octocat/repo-012' && type === 'tree', 'null');
      const tree = await graphql(
        github,
        token,
        `
          query ($o: GitObjectID!) {
            repository(owner: "octocat", name: "repo-012") {
              object(oid: $o) {
                oid
              }
            }
          }
        `,
        { o: root },
      );
      expect(tree.body).toEqual({ data: { repository: { object: null } } });
      expect(() => github.oidAt('octocat/repo-012', 'missing.md')).toThrow(/nothing at "missing.md"/);
    });

    it('lets failNext matchers pick GraphQL requests by their variables', async () => {
      const picked = ({ body }: { body: unknown }) => JSON.stringify(body).includes('"first":2');
      github.failNext(picked, 5, 502);
      const query = 'query ($first: Int!) { viewer { repositories(first: $first) { totalCount } } }';
      expect((await graphql(github, token, query, { first: 2 })).status).toBe(502);
      expect((await graphql(github, token, query, { first: 1 })).status).toBe(200);
      github.failNext(picked, 0);
      expect((await graphql(github, token, query, { first: 2 })).status).toBe(200);
    });

    it('delays answers by the configured latency', async () => {
      github.setLatency(120);
      const started = performance.now();
      await graphql(github, token, '{ viewer { login } }');
      expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    });
  });

  describe('OAuth', () => {
    const clientId = 'Iv1.fakeclient';
    const clientSecret = 'shh';
    const redirectUri = 'http://app.test/oauth/callback';

    beforeAll(() => {
      github.addOAuthApp({ clientId, clientSecret, expiringTokens: true });
      github.addOAuthApp({
        clientId: 'classic',
        clientSecret: 'classic-secret',
        expiringTokens: false,
        callbackUrl: 'http://app.test/oauth',
      });
    });

    const authorize = async (client = clientId, extra: Record<string, string> = {}) => {
      const query = new URLSearchParams({ client_id: client, redirect_uri: redirectUri, state: 'st4te', ...extra });
      const answer = await call(`${github.webUrl}/login/oauth/authorize?${query}`);
      return { answer, location: answer.status === 302 ? new URL(answer.headers.get('location')!) : null };
    };
    const exchange = (fields: Record<string, string>, accept = 'application/json') =>
      call(`${github.webUrl}/login/oauth/access_token`, {
        method: 'POST',
        headers: { accept, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });

    it('redirects with a code for the signed-in user, or with access_denied', async () => {
      github.setAuthorizingUser('octocat');
      const { location } = await authorize();
      expect(`${location!.origin}${location!.pathname}`).toBe(redirectUri);
      expect(location!.searchParams.get('code')).toMatch(/^[0-9a-f]{20}$/);
      expect(location!.searchParams.get('state')).toBe('st4te');

      github.denyNextAuthorization();
      const denied = (await authorize()).location!;
      expect(Object.fromEntries(denied.searchParams)).toMatchObject({ error: 'access_denied', state: 'st4te' });
      expect(denied.searchParams.get('error_description')).toBeTruthy();
      expect((await authorize()).location!.searchParams.get('code')).toBeTruthy();
      expect(github.count('oauth.authorize')).toBe(3);
    });

    it('exchanges a code once for an expiring token pair, rotates on refresh and rejects a used refresh token', async () => {
      github.setAuthorizingUser('octocat');
      const code = (await authorize()).location!.searchParams.get('code')!;
      const wrongSecret = await exchange({ client_id: clientId, client_secret: 'nope', code });
      expect(wrongSecret.status).toBe(200);
      expect(wrongSecret.body.error).toBe('incorrect_client_credentials');

      const granted = await exchange({ client_id: clientId, client_secret: clientSecret, code, redirect_uri: redirectUri });
      expect(granted.status).toBe(200);
      expect(granted.body).toEqual({
        access_token: expect.stringMatching(/^ghu_/),
        expires_in: 28800,
        refresh_token: expect.stringMatching(/^ghr_/),
        refresh_token_expires_in: 15897600,
        scope: '',
        token_type: 'bearer',
      });
      expect((await graphql(github, granted.body.access_token, '{ viewer { login } }')).body.data.viewer.login).toBe('octocat');
      const reused = await exchange({ client_id: clientId, client_secret: clientSecret, code });
      expect(reused.body).toMatchObject({ error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.' });

      const refreshed = await exchange({
        client_id: clientId,
        client_secret: clientSecret,
        grant_type: 'refresh_token',
        refresh_token: granted.body.refresh_token,
      });
      expect(refreshed.body).toMatchObject({
        access_token: expect.stringMatching(/^ghu_/),
        refresh_token: expect.stringMatching(/^ghr_/),
        expires_in: 28800,
      });
      expect(refreshed.body.access_token).not.toBe(granted.body.access_token);
      expect(refreshed.body.refresh_token).not.toBe(granted.body.refresh_token);
      expect((await graphql(github, granted.body.access_token, '{ viewer { login } }')).status).toBe(401);
      expect((await graphql(github, refreshed.body.access_token, '{ viewer { login } }')).status).toBe(200);

      const again = await exchange({
        client_id: clientId,
        client_secret: clientSecret,
        grant_type: 'refresh_token',
        refresh_token: granted.body.refresh_token,
      });
      expect(again.status).toBe(200);
      expect(again.body).toEqual({
        error: 'bad_refresh_token',
        error_description: 'The refresh token passed is incorrect or expired.',
        error_uri: expect.stringMatching(/^https:\/\/docs\.github\.com\//),
      });
      expect(github.count('oauth.token')).toBe(5);
    });

    it('binds codes to their client, and answers form-encoded without Accept: application/json', async () => {
      github.setAuthorizingUser('hubot');
      const code = (
        await authorize('classic', { redirect_uri: 'http://app.test/oauth/callback', scope: 'repo admin:repo_hook' })
      ).location!.searchParams.get('code')!;
      expect((await exchange({ client_id: clientId, client_secret: clientSecret, code })).body.error).toBe('bad_verification_code');
      const granted = await exchange({ client_id: 'classic', client_secret: 'classic-secret', code }, '*/*');
      expect(granted.headers.get('content-type')).toMatch(/^application\/x-www-form-urlencoded/);
      const fields = Object.fromEntries(new URLSearchParams(granted.body as string));
      expect(fields).toEqual({ access_token: expect.stringMatching(/^gho_/), scope: 'repo,admin:repo_hook', token_type: 'bearer' });
      const mismatch = await authorize('classic', { redirect_uri: 'http://elsewhere.test/callback' });
      expect(mismatch.location!.searchParams.get('error')).toBe('redirect_uri_mismatch');
    });

    it('deletes a grant with the app’s Basic credentials, revoking all of its tokens', async () => {
      github.setAuthorizingUser('octocat');
      const tokens: string[] = [];
      for (let round = 0; round < 2; round++) {
        const code = (await authorize()).location!.searchParams.get('code')!;
        tokens.push((await exchange({ client_id: clientId, client_secret: clientSecret, code })).body.access_token);
      }
      const unrelated = github.issueToken('octocat').accessToken;
      const revoke = (user: string, password: string, accessToken: string) =>
        call(`${github.apiUrl}/applications/${clientId}/grant`, {
          method: 'DELETE',
          headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`, 'content-type': 'application/json' },
          body: JSON.stringify({ access_token: accessToken }),
        });
      expect((await revoke(clientId, 'wrong', tokens[0]!)).status).toBe(404);
      expect((await graphql(github, tokens[0]!, '{ viewer { login } }')).status).toBe(200);
      const deleted = await revoke(clientId, clientSecret, tokens[0]!);
      expect(deleted.status).toBe(204);
      for (const revoked of tokens) expect((await graphql(github, revoked, '{ viewer { login } }')).status).toBe(401);
      expect((await graphql(github, unrelated, '{ viewer { login } }')).status).toBe(200);
      expect((await revoke(clientId, clientSecret, tokens[0]!)).status).toBe(404);
      expect(github.count('grant.delete')).toBe(3);
    });
  });
});

describe('GitHub fake (GitHub Enterprise Server layout)', () => {
  let github: GitHubFake;
  let token: string;

  beforeAll(async () => {
    github = await startGitHubFake({ enterprise: true });
    github.addUser({ login: 'ghe-user', id: 42 });
    github.addRepositories('ghe-user', 3);
    token = github.issueToken('ghe-user').accessToken;
  });
  afterAll(() => github?.close());

  it('serves REST under /api/v3 and GraphQL at /api/graphql, as Octokit derives it', async () => {
    expect(github.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
    expect(github.graphqlUrl).toBe(github.apiUrl.replace(/\/v3$/, '/graphql'));
    expect(github.webUrl).toBe(github.apiUrl.replace(/\/api\/v3$/, ''));

    const answer = await graphql(github, token, '{ viewer { databaseId repositories(first: 2) { totalCount nodes { name url } } } }');
    expect(answer.body.data.viewer).toEqual({
      databaseId: 42,
      repositories: {
        totalCount: 3,
        nodes: [
          { name: 'repo-001', url: `${github.webUrl}/ghe-user/repo-001` },
          { name: 'repo-002', url: `${github.webUrl}/ghe-user/repo-002` },
        ],
      },
    });
    const created = await rest(github, token, 'POST', '/repos/ghe-user/repo-001/hooks', { config: { url: 'https://gateway.test/ghe' } });
    expect(created.status).toBe(201);
    expect(created.body.url).toBe(`${github.apiUrl}/repos/ghe-user/repo-001/hooks/${created.body.id}`);
    expect(created.body).toMatchObject({ events: ['push'], active: true, config: { content_type: 'form', insecure_ssl: '0' } });
    expect(created.headers.get('x-github-enterprise-version')).toBeTruthy();

    // The github.com paths are not the API here.
    expect(
      (
        await call(`${github.webUrl}/graphql`, {
          method: 'POST',
          headers: { authorization: `bearer ${token}` },
          body: '{"query":"{ viewer { login } }"}',
        })
      ).status,
    ).toBe(404);
    expect((await call(`${github.webUrl}/repos/ghe-user/repo-001/hooks`, { headers: { authorization: `bearer ${token}` } })).status).toBe(
      404,
    );

    expect(github.count('graphql')).toBe(1);
    expect(github.count('hooks.create')).toBe(1);
    const [graphqlRequest, hookRequest] = github.requests;
    expect(graphqlRequest).toMatchObject({ path: '/api/graphql', apiPath: '/graphql' });
    expect(hookRequest).toMatchObject({ path: '/api/v3/repos/ghe-user/repo-001/hooks', apiPath: '/repos/ghe-user/repo-001/hooks' });
  });

  it('closes promptly with keep-alive connections open', async () => {
    const fake = await startGitHubFake();
    fake.addUser({ login: 'x' });
    const accessToken = fake.issueToken('x').accessToken;
    await graphql(fake, accessToken, '{ viewer { login } }');
    const started = performance.now();
    await fake.close();
    expect(performance.now() - started).toBeLessThan(1000);
    await expect(fetch(fake.graphqlUrl, { method: 'POST' })).rejects.toThrow();
  });
});
