// The whole loop with real durable jobs (pg-boss) and a worker: configure → the initial sync runs by itself;
// a signed push → an incremental run; bad signatures and redeliveries change nothing.
import { createHmac, randomUUID } from 'node:crypto';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { expect } from 'vitest';
import { graphql } from './gql';
import { describeEachDatabase, test } from './support/fixtures';
import { dataOf, having } from './support/graphql';
import { subscribe } from './support/subscriptions';

const LatestSync = graphql(`
  query LatestSync($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        latestSync {
          id
          status
          trigger
          documentsAdded
          documentsUpdated
          documentsDeleted
          failures {
            resource
            reason
          }
        }
        syncRuns(first: 10) {
          totalCount
        }
      }
    }
  }
`);

const ConfigureAndSync = graphql(`
  mutation ConfigureAndSync($input: ConfigureConnectionInput!) {
    configureConnection(input: $input) {
      __typename
    }
  }
`);

const SyncedDocuments = graphql(`
  query SyncedDocuments($id: ID!) {
    connection(id: $id) {
      ... on Connection {
        documents(first: 10) {
          totalCount
          edges {
            node {
              path
              resourceName
              size
              sha
              content
            }
          }
        }
      }
    }
  }
`);

const SyncNow = graphql(`
  mutation SyncNow($id: ID!) {
    syncConnection(id: $id) {
      __typename
      ... on SyncConnectionPayload {
        run {
          id
          status
          trigger
        }
      }
    }
  }
`);

const SyncUnsupported = graphql(`
  mutation SyncUnsupported($id: ID!) {
    syncConnection(id: $id) {
      __typename
      ... on Error {
        code
        httpStatus
      }
    }
  }
`);

const SyncProgressStream = graphql(`
  subscription SyncProgressStream($id: ID!) {
    syncProgress(connectionId: $id) {
      type
      runId
      resource
      resources
      filesDone
      filesTotal
      status
      added
      updated
      deleted
    }
  }
`);

const flowTest = test
  .extend('syncWorkers', { scope: 'file' }, true)
  .extend('repositories', { scope: 'file' }, [
    {
      name: 'handbook',
      files: { 'README.md': '# Handbook', 'people/onboarding.md': 'Welcome', 'people/faq.txt': 'Q&A', 'tool.py': 'print()' },
    },
    { name: 'site', files: { 'index.mdx': 'Home', 'logo.svg': '<svg/>' } },
  ])
  /** The connection's latest run and how many runs it has. */
  .extend('latest', ({ gateway, organization, connection }) => async () => {
    const response = await gateway.graphql(LatestSync, { key: organization.key, variables: { id: connection.id } });
    return having(dataOf(response).connection, 'syncRuns');
  })
  /** The connection once its latest run has finished. */
  .extend('settled', ({ latest }) => async () => {
    await expect
      .poll(async () => (await latest()).latestSync?.status, { timeout: 20_000, interval: 200 })
      .toMatch(/SUCCEEDED|PARTIAL|FAILED/);
    return latest();
  })
  /** A delivery exactly as GitHub signs it: HMAC-SHA256 of the raw body with the hook's secret. */
  .extend(
    'deliver',
    ({ github, gateway }) =>
      async (repoName: string, event: string, payload: object, options: { secret?: string; deliveryId?: string } = {}) => {
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
      },
  )
  .extend('pushPayload', ({ github }) => (repoName: string, branch = 'main') => {
    const repo = github.repository(repoName)!;
    return { ref: `refs/heads/${branch}`, repository: { id: repo.databaseId, full_name: repo.nameWithOwner, default_branch: 'main' } };
  });

describeEachDatabase('syncing through the job queue (%s)', flowTest, (it) => {
  it('runs the initial sync by itself after configureConnection, and the documents are there', async ({
    github,
    gateway,
    organization: { key },
    connection: { id: connectionId },
    settled,
  }) => {
    const repos = ['handbook', 'site'].map((name) => github.repository(`octocat/${name}`)!);
    await gateway.graphql(ConfigureAndSync, {
      key,
      variables: { input: { connectionId, resources: repos.map((repo) => ({ id: String(repo.databaseId), name: repo.nameWithOwner })) } },
    });
    const connection = await settled();
    expect(connection.latestSync).toMatchObject({ status: 'SUCCEEDED', trigger: 'CONFIGURE', documentsAdded: 4, failures: [] });

    const listed = await gateway.graphql(SyncedDocuments, { key, variables: { id: connectionId } });
    const documents = having(listed.body.data!.connection, 'documents').documents;
    expect(documents.totalCount).toBe(4);
    expect(documents.edges.map((edge) => `${edge.node.resourceName}:${edge.node.path}`).sort()).toEqual([
      'octocat/handbook:README.md',
      'octocat/handbook:people/faq.txt',
      'octocat/handbook:people/onboarding.md',
      'octocat/site:index.mdx',
    ]);
    expect(documents.edges.find((edge) => edge.node.path === 'README.md')!.node).toMatchObject({
      content: '# Handbook',
      size: 10,
    });
  });

  it('turns a signed push to the default branch into one incremental run: one blob fetched, one document deleted', async ({
    github,
    settled,
    deliver,
    pushPayload,
  }) => {
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

  it('answers a missing or wrong signature with 401 and queues nothing', async ({ github, gateway, latest, deliver, pushPayload }) => {
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

  it('processes a redelivery once, answers ping, and acknowledges other branches and events without syncing', async ({
    github,
    latest,
    settled,
    deliver,
    pushPayload,
  }) => {
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

  it('syncs on request (syncConnection) and on schedule, joining a run that is already queued', async ({
    gateway,
    organization: { key },
    connection: { id: connectionId },
    settled,
  }) => {
    const requested = await gateway.graphql(SyncNow, { key, variables: { id: connectionId } });
    expect(having(requested.body.data!.syncConnection, 'run').run).toMatchObject({ status: 'QUEUED', trigger: 'MANUAL' });
    expect((await settled()).latestSync).toMatchObject({ trigger: 'MANUAL', status: 'SUCCEEDED' });

    // Nothing is due right after a run; two hours later (interval 60 minutes) the connection is.
    expect(await gateway.worker.queueDueSyncs(60)).toBe(0);
    expect(await gateway.worker.queueDueSyncs(60, new Date(Date.now() + 2 * 3600_000))).toBe(1);
    expect((await settled()).latestSync).toMatchObject({ trigger: 'SCHEDULE', status: 'SUCCEEDED' });

    const notion = await gateway.createConnection(
      (await gateway.db.prisma.connection.findUniqueOrThrow({ where: { id: connectionId } })).organizationId,
      'NOTION',
    );
    const unsupported = await gateway.graphql(SyncUnsupported, { key, variables: { id: notion } });
    expect(unsupported.body.data!.syncConnection).toEqual({
      __typename: 'ProviderNotSupportedError',
      code: 'NOT_IMPLEMENTED',
      httpStatus: 501,
    });
  });

  it('opens the server-sent event stream with a comment, before any event', async ({ gateway, organization: { key }, connection }) => {
    // The wire as yoga writes it: graphql-sse's client (next test) reads past the comment.
    const response = await gateway.app.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: print(SyncProgressStream), variables: { id: connection.id } }),
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value).startsWith(':')).toBe(true);
    await reader.cancel();
  });

  it('streams sync progress over server-sent events', async ({ gateway, organization: { key }, connection: { id: connectionId } }) => {
    const progress = subscribe(gateway.app.url, SyncProgressStream, { key, variables: { id: connectionId } });
    // The gateway has answered with the stream, so the subscription is registered: no event of the run can be missed.
    expect((await progress.opened).get('content-type')).toContain('text/event-stream');
    const events: ResultOf<typeof SyncProgressStream>['syncProgress'][] = [];
    const reading = (async () => {
      for await (const result of progress) {
        expect(result.errors).toBeUndefined();
        events.push(result.data!.syncProgress);
        if (result.data!.syncProgress.type === 'FINISHED') break;
      }
    })();
    await gateway.graphql(SyncNow, { key, variables: { id: connectionId } });
    await reading;
    await progress.close();
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

  it('lists sync runs over REST', async ({ gateway, organization: { key }, connection: { id: connectionId } }) => {
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
