// GitHub's webhook deliveries: headers name the event, delivery and hook; X-Hub-Signature-256 is an HMAC of the
// raw body with the hook's secret, checked with @octokit/webhooks-methods (constant-time).
import { verify } from '@octokit/webhooks-methods';
import type { InboundWebhook, WebhookParser } from '../types.js';

interface PushPayload {
  ref: string | null;
  repositoryId: string | null;
  defaultBranch: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.isWellFormed() && !value.includes('\0') ? value : null);

/** The fields a delivery is routed by, each only when it has the type GitHub sends; null for a non-object body. */
function readPayload(body: string): PushPayload | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const { ref, repository } = parsed as { ref?: unknown; repository?: unknown };
  const repo = repository !== null && typeof repository === 'object' ? (repository as { id?: unknown; default_branch?: unknown }) : {};
  return {
    ref: text(ref),
    // Repository ids are numbers; anything else names no repository.
    repositoryId: Number.isSafeInteger(repo.id) ? String(repo.id) : null,
    defaultBranch: text(repo.default_branch),
  };
}

export const gitHubWebhookParser: WebhookParser = {
  parse(headers: Headers, body: string): InboundWebhook | null {
    const event = headers.get('x-github-event');
    const deliveryId = headers.get('x-github-delivery');
    if (!event || !deliveryId) return null;
    const payload = readPayload(body);
    if (!payload) return null;
    const signature = headers.get('x-hub-signature-256');
    return {
      deliveryId,
      event,
      resourceId: payload.repositoryId ?? headers.get('x-github-hook-installation-target-id'),
      webhookId: headers.get('x-github-hook-id'),
      verify: async (secret) => (signature ? verify(secret, body, signature).catch(() => false) : false),
      // A push to the tracked branch (the repository's default branch when the selection named none); with no
      // branch known, nothing is tracked, and the bare `refs/heads/` matches nothing.
      changes: (ref) => {
        const branch = ref ?? payload.defaultBranch;
        if (event !== 'push' || !branch) return false;
        return payload.ref === `refs/heads/${branch}`;
      },
      isPing: event === 'ping',
    };
  },
};
