// The webhook receiver with GitHub's real parser and fakes for what it is given (the hooks' targets, the record of
// deliveries, the sync requests): a delivery changes nothing unless one of its hooks' secrets verifies it; a
// redelivery is processed once; a ping only proves the secret; a push to a tracked branch queues a sync.
import { sign } from '@octokit/webhooks-methods';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../http/httpErrors.js';
import { adapterOf } from '../../providers/adapter.js';
import { gitHubWebhookParser } from '../../providers/github/webhookDeliveries.js';
import { manifest as github } from '../../providers/github/manifest.js';
import { manifest as notion } from '../../providers/notion/manifest.js';
import type { ProviderRegistry } from '../../providers/registry.js';
import type { WebhookManager } from '../../providers/types.js';
import type { HookTarget } from '../resources/service.js';
import type { SyncRequests } from '../sync/requests.js';
import type { SyncRun, SyncScope } from '../sync/storage.js';
import { WebhookReceiver } from './receiver.js';
import type { DeliveryStorage } from './storage.js';

const unusedManager: WebhookManager = {
  register: () => Promise.reject(new Error('not in these tests')),
  remove: () => Promise.reject(new Error('not in these tests')),
};
const adapters = [adapterOf(github, { webhooks: { manager: unusedManager, parser: gitHubWebhookParser } }), adapterOf(notion)];
const providers: ProviderRegistry = {
  all: adapters,
  get: (id) => {
    const adapter = adapters.find((each) => each.id === id);
    if (!adapter) throw new Error(`No provider ${id} in this test.`);
    return adapter;
  },
  bySlug: (slug) => adapters.find((adapter) => adapter.slug === slug),
};

function target(connectionId: string, extra: Partial<HookTarget> = {}): HookTarget {
  return { connectionId, connectionActive: true, providerResourceId: '1296269', defaultBranch: null, secret: 'secret-1', ...extra };
}

/** A receiver over fakes; what it looked up, recorded and queued is kept for the assertions. */
function receiverWith(targets: HookTarget[]) {
  const lookups: string[][] = [];
  const recorded = new Set<string>();
  const queued: { connectionId: string; trigger: string; scope: SyncScope | null }[] = [];
  const deliveries: Pick<DeliveryStorage, 'recordFirst'> = {
    recordFirst(deliveryId) {
      const first = !recorded.has(deliveryId);
      recorded.add(deliveryId);
      return Promise.resolve(first);
    },
  };
  const requests: Pick<SyncRequests, 'request'> = {
    request(connectionId, trigger, scope) {
      queued.push({ connectionId, trigger, scope });
      return Promise.resolve({ id: `run-${String(queued.length)}` } as SyncRun);
    },
  };
  const receiver = new WebhookReceiver({
    providers,
    hookTargets: (provider, resourceId, webhookId) => {
      lookups.push([provider, resourceId, webhookId]);
      return Promise.resolve(targets);
    },
    pushTargets: () => Promise.resolve([]),
    deliveries: deliveries as DeliveryStorage,
    requests: requests as SyncRequests,
  });
  return { receiver, lookups, recorded, queued };
}

const PUSH = JSON.stringify({ ref: 'refs/heads/main', repository: { id: 1296269, default_branch: 'main' } });

async function delivery(event: string, body: string, options: { secret?: string | null; id?: string; hookId?: string | null } = {}) {
  const { secret = 'secret-1', id = 'delivery-1', hookId = '292' } = options;
  const headers = new Headers({ 'x-github-event': event, 'x-github-delivery': id });
  if (hookId !== null) headers.set('x-github-hook-id', hookId);
  if (secret !== null) headers.set('x-hub-signature-256', await sign(secret, body));
  return headers;
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; httpStatus: number }> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof HttpError)) throw new Error('Expected an HttpError.', { cause: error });
  return { code: error.code, httpStatus: error.httpStatus };
}

describe('WebhookReceiver', () => {
  it('answers 404 for a provider that is unknown or sends no webhooks, before reading the delivery', async () => {
    const { receiver, lookups } = receiverWith([target('c-1')]);
    for (const slug of ['gitlab', 'notion', 'GITHUB']) {
      expect(await refusal(receiver.receive(slug, await delivery('push', PUSH), PUSH))).toEqual({ code: 'NOT_FOUND', httpStatus: 404 });
    }
    expect(lookups).toEqual([]);
  });

  it('answers 400 for a request that is not a delivery', async () => {
    const { receiver } = receiverWith([target('c-1')]);
    expect(await refusal(receiver.receive('github', new Headers(), PUSH))).toEqual({ code: 'BAD_REQUEST', httpStatus: 400 });
    expect(await refusal(receiver.receive('github', await delivery('push', 'null'), 'null'))).toEqual({
      code: 'BAD_REQUEST',
      httpStatus: 400,
    });
  });

  it('changes nothing for a delivery with a missing or wrong signature', async () => {
    for (const secret of [null, 'not-the-secret']) {
      const { receiver, lookups, recorded, queued } = receiverWith([target('c-1')]);
      expect(await refusal(receiver.receive('github', await delivery('push', PUSH, { secret }), PUSH))).toEqual({
        code: 'INVALID_SIGNATURE',
        httpStatus: 401,
      });
      expect(lookups).toEqual([['GITHUB', '1296269', '292']]);
      expect([recorded.size, queued]).toEqual([0, []]);
    }
  });

  it('cannot verify a delivery that names no hook, or whose hook has no target or no secret', async () => {
    const noHook = receiverWith([target('c-1')]);
    expect((await refusal(noHook.receiver.receive('github', await delivery('push', PUSH, { hookId: null }), PUSH))).code).toBe(
      'INVALID_SIGNATURE',
    );
    expect(noHook.lookups).toEqual([]);
    for (const targets of [[], [target('c-1', { secret: null })]]) {
      const { receiver, recorded } = receiverWith(targets);
      expect((await refusal(receiver.receive('github', await delivery('push', PUSH), PUSH))).code).toBe('INVALID_SIGNATURE');
      expect(recorded.size).toBe(0);
    }
  });

  it('verifies with any of the secrets its hook’s targets hold', async () => {
    const { receiver, queued } = receiverWith([target('c-1', { secret: 'secret-1' }), target('c-2', { secret: 'secret-2' })]);
    expect(await receiver.receive('github', await delivery('push', PUSH, { secret: 'secret-2' }), PUSH)).toEqual({
      queued: ['run-1', 'run-2'],
    });
    expect(queued).toEqual([
      { connectionId: 'c-1', trigger: 'WEBHOOK', scope: { resourceId: '1296269' } },
      { connectionId: 'c-2', trigger: 'WEBHOOK', scope: { resourceId: '1296269' } },
    ]);
  });

  it('processes a redelivery once', async () => {
    const { receiver, queued } = receiverWith([target('c-1')]);
    const headers = await delivery('push', PUSH);
    expect(await receiver.receive('github', headers, PUSH)).toEqual({ queued: ['run-1'] });
    expect(await receiver.receive('github', headers, PUSH)).toEqual({ duplicate: true });
    expect(queued).toHaveLength(1);
  });

  it('answers a verified ping and queues nothing for it', async () => {
    const { receiver, recorded, queued } = receiverWith([target('c-1')]);
    const ping = JSON.stringify({ zen: 'Practicality beats purity.', hook_id: 292, repository: { id: 1296269 } });
    expect(await receiver.receive('github', await delivery('ping', ping, { id: 'ping-1' }), ping)).toEqual({ ok: true });
    expect([...recorded]).toEqual(['ping-1']);
    expect(queued).toEqual([]);
  });

  it('queues a sync only for active connections tracking the branch pushed to', async () => {
    const { receiver, queued } = receiverWith([
      target('default-branch'),
      target('tracks-main', { defaultBranch: 'main' }),
      target('tracks-develop', { defaultBranch: 'develop' }),
      target('inactive', { connectionActive: false }),
    ]);
    expect(await receiver.receive('github', await delivery('push', PUSH), PUSH)).toEqual({ queued: ['run-1', 'run-2'] });
    expect(queued.map((each) => each.connectionId)).toEqual(['default-branch', 'tracks-main']);
  });

  it('ignores, once recorded, a push to another branch and events it does not handle', async () => {
    const { receiver, recorded, queued } = receiverWith([target('c-1')]);
    const toFeature = JSON.stringify({ ref: 'refs/heads/feature', repository: { id: 1296269, default_branch: 'main' } });
    expect(await receiver.receive('github', await delivery('push', toFeature, { id: 'd-1' }), toFeature)).toEqual({ ignored: true });
    expect(await receiver.receive('github', await delivery('issues', PUSH, { id: 'd-2' }), PUSH)).toEqual({ ignored: true });
    expect([...recorded]).toEqual(['d-1', 'd-2']);
    expect(queued).toEqual([]);
  });
});
