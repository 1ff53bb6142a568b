// Registering and removing repository webhooks, over a fake fetch: a hook for our URL that already exists is
// taken over with our secret, a hook already gone counts as removed, and failures name the repository.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateLimitedError, UpstreamError } from '../../errors.js';
import type { ProviderResource } from '../types.js';
import { createWebhookManager } from './webhooks.js';

const upstream = vi.hoisted(() => ({ fetch: vi.fn<typeof fetch>() }));
vi.mock('../http.js', () => ({ upstreamFetch: upstream.fetch }));

afterEach(() => {
  upstream.fetch.mockReset();
});

const manager = createWebhookManager({ apiUrl: 'https://api.github.com', retries: 0, retryBaseMs: 1 });
const credentials = { accessToken: 'gho_test' };
const repository: ProviderResource = {
  id: '1296269',
  kind: 'repository',
  name: 'docs',
  fullName: 'acme/docs',
  description: null,
  private: true,
  defaultRef: 'main',
  updatedAt: new Date(0),
};
const target = { url: 'https://gw.example.com/webhooks/github', secret: 'new-secret' };
const hookConfig = { url: target.url, content_type: 'json', secret: 'new-secret', insecure_ssl: '0' };

function githubAnswers(...answers: [status: number, body: unknown][]): void {
  for (const [status, body] of answers) {
    upstream.fetch.mockResolvedValueOnce(
      new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    );
  }
}

/** Each request the fake received: method, URL and JSON body. */
function requests() {
  return upstream.fetch.mock.calls.map(([url, init]) => [
    init?.method,
    typeof url === 'string' ? url : '',
    typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
  ]);
}

const alreadyExists = {
  message: 'Validation Failed',
  errors: [{ resource: 'Hook', code: 'custom', message: 'Hook already exists on this repository' }],
};

describe('registering a webhook', () => {
  it('creates a push hook with our URL and secret', async () => {
    githubAnswers([201, { id: 123, config: {} }]);
    expect(await manager.register(credentials, repository, target)).toEqual({ webhookId: '123', takenOver: false });
    expect(requests()).toEqual([
      ['POST', 'https://api.github.com/repos/acme/docs/hooks', { name: 'web', active: true, events: ['push'], config: hookConfig }],
    ]);
  });

  it('takes over the hook that already exists for our URL, giving it our secret', async () => {
    githubAnswers(
      [422, alreadyExists],
      [
        200,
        [
          { id: 7, config: { url: 'https://elsewhere.example.com/hook' } },
          { id: 8, config: { url: target.url } },
        ],
      ],
      [200, { id: 8 }],
    );
    expect(await manager.register(credentials, repository, target)).toEqual({ webhookId: '8', takenOver: true });
    expect(requests().slice(1)).toEqual([
      ['GET', 'https://api.github.com/repos/acme/docs/hooks?per_page=100', undefined],
      ['PATCH', 'https://api.github.com/repos/acme/docs/hooks/8', { active: true, events: ['push'], config: hookConfig }],
    ]);
  });

  it('reports any other refusal as an upstream failure for the repository', async () => {
    githubAnswers([422, { message: 'Validation Failed', errors: [{ message: 'Config url is not supported' }] }]);
    await expect(manager.register(credentials, repository, target)).rejects.toEqual(
      new UpstreamError('GitHub', 'GitHub failed to register a webhook for acme/docs (HTTP 422).', 'acme/docs'),
    );
    githubAnswers([404, { message: 'Not Found' }]);
    await expect(manager.register(credentials, repository, target)).rejects.toThrow(
      'GitHub failed to register a webhook for acme/docs (HTTP 404).',
    );
  });

  it('fails the takeover when GitHub does not list the hook it says exists', async () => {
    githubAnswers([422, alreadyExists], [200, [{ id: 7, config: { url: 'https://elsewhere.example.com/hook' } }]]);
    await expect(manager.register(credentials, repository, target)).rejects.toEqual(
      new UpstreamError('GitHub', 'GitHub failed to take over the existing webhook for acme/docs.', 'acme/docs'),
    );
  });

  it('reports a rate limit as one', async () => {
    upstream.fetch.mockResolvedValueOnce(
      new Response(JSON.stringify({ message: 'API rate limit exceeded' }), { status: 403, headers: { 'retry-after': '30' } }),
    );
    await expect(manager.register(credentials, repository, target)).rejects.toEqual(new RateLimitedError('GitHub', 30));
  });
});

describe('removing a webhook', () => {
  it('deletes it by id, and takes one already gone as removed', async () => {
    githubAnswers([204, null], [404, { message: 'Not Found' }]);
    await manager.remove(credentials, repository, '123');
    await manager.remove(credentials, repository, '124');
    expect(requests().map(([method, url]) => [method, url])).toEqual([
      ['DELETE', 'https://api.github.com/repos/acme/docs/hooks/123'],
      ['DELETE', 'https://api.github.com/repos/acme/docs/hooks/124'],
    ]);
  });

  it('reports other failures for the repository', async () => {
    githubAnswers([500, { message: 'Server Error' }]);
    await expect(manager.remove(credentials, { fullName: 'acme/docs' }, '123')).rejects.toEqual(
      new UpstreamError('GitHub', 'GitHub failed to remove a webhook for acme/docs (HTTP 500).', 'acme/docs'),
    );
  });
});
