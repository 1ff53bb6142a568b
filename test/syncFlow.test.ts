// The whole loop with real durable jobs (pg-boss) and a worker: configure → the initial sync runs by itself;
// a signed push → an incremental run; bad signatures and redeliveries change nothing.
import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from './support/databases';
import { startTestGateway, type TestGateway } from './support/gateway';
import { startGitHubFake, type GitHubFake } from '@connections-gateway/github-fake';

const LATEST = `query ($id: ID!) { connection(id: $id) { ... on Connection {
  latestSync { id status trigger documentsAdded documentsUpdated documentsDeleted failures { resource reason } }
  syncRuns(first: 10) { totalCount }
} } }`;

describe.each(databaseKinds)('syncing through the job queue (%s)', (kind) => {
  let github: GitHubFake;
  let gateway: TestGateway;
  let key: string;
  let connectionId: string;

  const latest = async () => (await gateway.graphql(LATEST, { key, variables: { id: connectionId } })).body.data!.connection;
  const settled = async () => {
    await expect
      .poll(async () => (await latest()).latestSync?.status, { timeout: 20_000, interval: 200 })
      .toMatch(/SUCCEEDED|PARTIAL|FAILED/);
    return latest();
  };

  /** A delivery exactly as GitHub signs it: HMAC-SHA256 of the raw body with the hook's secret. */
  async function deliver(repoName: string, event: string, payload: object, options: { secret?: string; deliveryId?: string } = {}) {
    const [hook] = github.hooks(repoName);
    const body = JSON.stringify(payload);
    const secret = options.secret ?? hook!.config.secret!;
    const response = await gateway.app.fetch('http://gateway.test/webhooks/github', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': event,
        'x-github-delivery': options.deliveryId ?? randomUUID(),
        'x-github-hook-id': String(hook!.id),
        'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
      },
      body,
    });
    return { status: response.status, body: await response.json() };
  }

  const pushPayload = (repoName: string, branch = 'main') => {
    const repo = github.repository(repoName)!;
    return { ref: `refs/heads/${branch}`, repository: { id: repo.databaseId, full_name: repo.nameWithOwner, default_branch: 'main' } };
  };

  beforeAll(async () => {
    github = await startGitHubFake();
    github.addUser({ login: 'octocat' });
    github.addRepositories('octocat', [
      {
        name: 'handbook',
        files: { 'README.md': '# Handbook', 'people/onboarding.md': 'Welcome', 'people/faq.txt': 'Q&A', 'tool.py': 'print()' },
      },
      { name: 'site', files: { 'index.mdx': 'Home', 'logo.svg': '<svg/>' } },
    ]);
    gateway = await startTestGateway(kind, { GITHUB_API_URL: github.apiUrl }, { syncWorkers: true });
    const org = await gateway.createOrganization('acme');
    key = org.key;
    connectionId = await gateway.createConnection(org.organizationId, 'GITHUB', { accessToken: github.issueToken('octocat').accessToken });
  });
  afterAll(async () => {
    await gateway?.close();
    await github?.close();
  });

  it('runs the initial sync by itself after configureConnection, and the documents are there', async () => {
    const repos = ['handbook', 'site'].map((name) => github.repository(`octocat/${name}`)!);
    await gateway.graphql(`mutation ($input: ConfigureConnectionInput!) { configureConnection(input: $input) { __typename } }`, {
      key,
      variables: { input: { connectionId, resources: repos.map((repo) => ({ id: String(repo.databaseId), name: repo.nameWithOwner })) } },
    });
    const connection = await settled();
    expect(connection.latestSync).toMatchObject({ status: 'SUCCEEDED', trigger: 'CONFIGURE', documentsAdded: 4, failures: [] });

    const listed = await gateway.graphql(
      `query ($id: ID!) { connection(id: $id) { ... on Connection { documents(first: 10) { totalCount edges { node { path resourceName size sha content } } } } } }`,
      { key, variables: { id: connectionId } },
    );
    const documents = listed.body.data!.connection.documents;
    expect(documents.totalCount).toBe(4);
    expect(
      documents.edges.map((edge: { node: { resourceName: string; path: string } }) => `${edge.node.resourceName}:${edge.node.path}`).sort(),
    ).toEqual([
      'octocat/handbook:README.md',
      'octocat/handbook:people/faq.txt',
      'octocat/handbook:people/onboarding.md',
      'octocat/site:index.mdx',
    ]);
    expect(documents.edges.find((edge: { node: { path: string } }) => edge.node.path === 'README.md').node).toMatchObject({
      content: '# Handbook',
      size: 10,
    });
  });

  it('turns a signed push to the default branch into one incremental run: one blob fetched, one document deleted', async () => {
    github.addFiles('octocat/handbook', { 'people/onboarding.md': 'Welcome aboard', 'people/faq.txt': null });
    github.resetCounters();
    const delivered = await deliver('octocat/handbook', 'push', pushPayload('octocat/handbook'));
    expect(delivered.status).toBe(202);
    expect(delivered.body.queued).toHaveLength(1);
    const connection = await settled();
    expect(connection.latestSync).toMatchObject({
      trigger: 'WEBHOOK',
      status: 'SUCCEEDED',
      documentsAdded: 0,
      documentsUpdated: 1,
      documentsDeleted: 1,
    });
    const blobRequests = github.requests.filter((request) => JSON.stringify(request.body).includes('GatewayBlobs'));
    expect(blobRequests).toHaveLength(1);
    // Only the pushed repository was read.
    expect(github.requests.every((request) => !JSON.stringify(request.body).includes('"name":"site"'))).toBe(true);
  });

  it('answers a missing or wrong signature with 401 and queues nothing', async () => {
    const before = (await latest()).syncRuns.totalCount;
    expect((await deliver('octocat/handbook', 'push', pushPayload('octocat/handbook'), { secret: 'not-the-secret' })).status).toBe(401);
    const unsigned = await gateway.app.fetch('http://gateway.test/webhooks/github', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'push',
        'x-github-delivery': randomUUID(),
        'x-github-hook-id': String(github.hooks('octocat/handbook')[0]!.id),
      },
      body: JSON.stringify(pushPayload('octocat/handbook')),
    });
    expect(unsigned.status).toBe(401);
    expect((await latest()).syncRuns.totalCount).toBe(before);
  });

  it('processes a redelivery once, answers ping, and acknowledges other branches and events without syncing', async () => {
    const deliveryId = randomUUID();
    github.addFiles('octocat/site', { 'about.md': 'About' });
    const first = await deliver('octocat/site', 'push', pushPayload('octocat/site'), { deliveryId });
    expect(first.status).toBe(202);
    await settled();
    const runs = (await latest()).syncRuns.totalCount;
    const again = await deliver('octocat/site', 'push', pushPayload('octocat/site'), { deliveryId });
    expect(again).toEqual({ status: 200, body: { duplicate: true } });
    expect(
      await deliver('octocat/site', 'ping', {
        zen: 'Keep it logically awesome.',
        repository: { id: github.repository('octocat/site')!.databaseId },
      }),
    ).toEqual({ status: 200, body: { ok: true } });
    expect(await deliver('octocat/site', 'push', pushPayload('octocat/site', 'feature/x'))).toEqual({
      status: 202,
      body: { ignored: true },
    });
    expect(
      await deliver('octocat/site', 'issues', { action: 'opened', repository: { id: github.repository('octocat/site')!.databaseId } }),
    ).toEqual({ status: 202, body: { ignored: true } });
    expect((await latest()).syncRuns.totalCount).toBe(runs);
  });

  it('syncs on request (syncConnection) and on schedule, joining a run that is already queued', async () => {
    const requested = await gateway.graphql(
      `mutation ($id: ID!) { syncConnection(id: $id) { __typename ... on SyncConnectionPayload { run { id status trigger } } } }`,
      { key, variables: { id: connectionId } },
    );
    expect(requested.body.data!.syncConnection.run).toMatchObject({ status: 'QUEUED', trigger: 'MANUAL' });
    expect((await settled()).latestSync).toMatchObject({ trigger: 'MANUAL', status: 'SUCCEEDED' });

    // Nothing is due right after a run; two hours later (interval 60 minutes) the connection is.
    expect(await gateway.worker.queueDueSyncs(60)).toBe(0);
    expect(await gateway.worker.queueDueSyncs(60, new Date(Date.now() + 2 * 3600_000))).toBe(1);
    expect((await settled()).latestSync).toMatchObject({ trigger: 'SCHEDULE', status: 'SUCCEEDED' });

    const notion = await gateway.createConnection(
      (await gateway.db.prisma.connection.findUniqueOrThrow({ where: { id: connectionId } })).organizationId,
      'NOTION',
    );
    const unsupported = await gateway.graphql(
      `mutation ($id: ID!) { syncConnection(id: $id) { __typename ... on Error { code httpStatus } } }`,
      {
        key,
        variables: { id: notion },
      },
    );
    expect(unsupported.body.data!.syncConnection).toEqual({
      __typename: 'ProviderNotSupportedError',
      code: 'NOT_IMPLEMENTED',
      httpStatus: 501,
    });
  });

  it('streams sync progress over server-sent events', async () => {
    const response = await gateway.app.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${key}` },
      body: JSON.stringify({
        query: `subscription ($id: ID!) { syncProgress(connectionId: $id) { type runId resource resources filesDone filesTotal status added updated deleted } }`,
        variables: { id: connectionId },
      }),
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    // The stream opens with a comment; the server pulls the subscription's first event (registering it) as that
    // comment is read, so from here on no event of the run can be missed.
    let buffer = new TextDecoder().decode((await reader.read()).value);
    expect(buffer.startsWith(':')).toBe(true);
    const events: { type: string; resource: string | null; filesDone: number | null; filesTotal: number | null; status: string | null }[] =
      [];
    const reading = (async () => {
      while (!events.some((event) => event.type === 'FINISHED')) {
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const data = buffer
            .slice(0, end)
            .split('\n')
            .find((line) => line.startsWith('data:'));
          buffer = buffer.slice(end + 2);
          if (data) events.push(JSON.parse(data.slice(5)).data.syncProgress);
        }
        if (events.some((event) => event.type === 'FINISHED')) break;
        const { value, done } = await reader.read();
        if (done) break;
        buffer += new TextDecoder().decode(value);
      }
      await reader.cancel();
    })();
    await gateway.graphql(`mutation ($id: ID!) { syncConnection(id: $id) { __typename } }`, { key, variables: { id: connectionId } });
    await reading;
    expect(events[0]).toMatchObject({ type: 'STARTED' });
    const handbook = events.filter((event) => event.type === 'RESOURCE' && event.resource === 'octocat/handbook');
    expect(handbook.at(-1)).toMatchObject({ filesDone: 2, filesTotal: 2 });
    expect(
      events
        .filter((event) => event.type === 'RESOURCE_DONE')
        .map((event) => event.resource)
        .sort(),
    ).toEqual(['octocat/handbook', 'octocat/site']);
    expect(events.at(-1)).toMatchObject({ type: 'FINISHED', status: 'SUCCEEDED' });
  });

  it('lists sync runs over REST', async () => {
    const response = await gateway.app.fetch(`http://gateway.test/v3/connections/${connectionId}/sync-runs`, {
      headers: { authorization: `Bearer ${key}` },
    });
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(body.syncRuns[0]).toMatchObject({ status: 'SUCCEEDED', trigger: 'MANUAL' });
    expect(body.syncRuns.find((run: { trigger: string }) => run.trigger === 'SCHEDULE')).toMatchObject({ status: 'SUCCEEDED' });
    expect(body.syncRuns.find((run: { trigger: string }) => run.trigger === 'WEBHOOK')).toMatchObject({
      status: 'SUCCEEDED',
      documentsAdded: 1,
    });
    expect(body.syncRuns.at(-1)).toMatchObject({ trigger: 'CONFIGURE', documentsAdded: 4 });
  });
});
