// GitHub's webhook deliveries: headers name the event, delivery and hook; X-Hub-Signature-256 is an HMAC of the
// raw body with the hook's secret, checked with @octokit/webhooks-methods (constant-time).
import { verify } from '@octokit/webhooks-methods';
import type { InboundWebhook, WebhookParser } from '../types';

interface PushPayload {
  ref?: string;
  repository?: { id?: number; default_branch?: string };
}

export const gitHubWebhookParser: WebhookParser = {
  parse(headers: Headers, body: string): InboundWebhook | null {
    const event = headers.get('x-github-event');
    const deliveryId = headers.get('x-github-delivery');
    if (!event || !deliveryId) return null;
    let payload: PushPayload;
    try {
      payload = JSON.parse(body) as PushPayload;
    } catch {
      return null;
    }
    const signature = headers.get('x-hub-signature-256');
    const repositoryId = payload.repository?.id ?? headers.get('x-github-hook-installation-target-id');
    return {
      deliveryId,
      event,
      resourceId: repositoryId === null || repositoryId === undefined ? null : String(repositoryId),
      webhookId: headers.get('x-github-hook-id'),
      verify: async (secret) => (signature ? verify(secret, body, signature).catch(() => false) : false),
      pushedBranch: event === 'push' && payload.ref?.startsWith('refs/heads/') ? payload.ref.slice('refs/heads/'.length) : null,
      defaultBranch: payload.repository?.default_branch ?? null,
      isPing: event === 'ping',
    };
  },
};
