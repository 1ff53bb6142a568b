// Webhook deliveries as GitHub's Hookshot sends them: signed POSTs to every active hook of a repository that
// subscribes to the event.
import { createHmac, randomUUID } from 'node:crypto';
import type { Hook, Repository } from './state';

export interface Delivery {
  hookId: number;
  url: string;
  deliveryId: string;
  /** The receiver's HTTP status, or 0 when it could not be reached. */
  status: number;
  error?: string;
}

export async function deliver(repository: Repository, event: string, payload: object): Promise<Delivery[]> {
  const hooks = repository.hooks.filter(
    (hook) => hook.active && (event === 'ping' || hook.events.includes(event) || hook.events.includes('*')),
  );
  return Promise.all(hooks.map((hook) => deliverTo(hook, repository, event, payload)));
}

async function deliverTo(hook: Hook, repository: Repository, event: string, payload: object): Promise<Delivery> {
  const deliveryId = randomUUID();
  const json = JSON.stringify(payload);
  const body = hook.config.content_type === 'json' ? json : new URLSearchParams({ payload: json }).toString();
  const headers: Record<string, string> = {
    'content-type': hook.config.content_type === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
    'user-agent': 'GitHub-Hookshot/fake',
    'x-github-event': event,
    'x-github-delivery': deliveryId,
    'x-github-hook-id': String(hook.id),
    'x-github-hook-installation-target-id': String(repository.databaseId),
    'x-github-hook-installation-target-type': 'repository',
  };
  if (hook.config.secret !== undefined) {
    headers['x-hub-signature'] = `sha1=${createHmac('sha1', hook.config.secret).update(body).digest('hex')}`;
    headers['x-hub-signature-256'] = `sha256=${createHmac('sha256', hook.config.secret).update(body).digest('hex')}`;
  }
  try {
    const response = await fetch(hook.config.url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    return { hookId: hook.id, url: hook.config.url, deliveryId, status: response.status };
  } catch (error) {
    return { hookId: hook.id, url: hook.config.url, deliveryId, status: 0, error: error instanceof Error ? error.message : String(error) };
  }
}
