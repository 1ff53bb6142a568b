// Webhooks at the provider for configured resources: registering them for a new selection (all or nothing) and
// removing those of resources dropped from it (or of a deleted connection), never one another connection uses.
import { randomBytes } from 'node:crypto';
import pLimit from 'p-limit';
import type { Logger } from '../../logger.js';
import type { ProviderResource, WebhookManager } from '../../providers/types.js';
import type { WithCredentials } from '../connections/credentials.js';
import type { ConfiguredResource, ConfiguredResourceStorage } from './storage.js';

const WEBHOOK_CONCURRENCY = 8;

export interface NewWebhook {
  webhookId: string;
  secret: string;
  takenOver: boolean;
}

/**
 * Registers a webhook for each resource that has none yet, reusing a hook another connection already holds on it
 * (with its secret, so that connection's deliveries keep verifying); undoes what it created if any registration
 * fails.
 */
export async function registerWebhooks(
  webhooks: WebhookManager,
  url: string,
  withCredentials: WithCredentials,
  resources: ProviderResource[],
  previous: Map<string, ConfiguredResource>,
  shared: Map<string, { webhookId: string; secret: string }>,
  logger: Logger,
): Promise<Map<string, NewWebhook>> {
  const registered = new Map<string, NewWebhook>();
  const limit = pLimit(WEBHOOK_CONCURRENCY);
  const pending: ProviderResource[] = [];
  for (const resource of resources) {
    if (previous.get(resource.id)?.webhookId) continue;
    const hook = shared.get(resource.id);
    if (hook) registered.set(resource.id, { ...hook, takenOver: true });
    else pending.push(resource);
  }
  const outcomes = await Promise.allSettled(
    pending.map((resource) =>
      limit(async () => {
        const secret = randomBytes(32).toString('hex');
        const { webhookId, takenOver } = await withCredentials((credentials) => webhooks.register(credentials, resource, { url, secret }));
        registered.set(resource.id, { webhookId, secret, takenOver });
      }),
    ),
  );
  const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (!failure) return registered;
  await undoRegistrations(webhooks, withCredentials, pending, registered, logger);
  throw failure.reason;
}

/** Removes the hooks `registered` created for `resources` (not those it took over: another connection may use them). */
export async function undoRegistrations(
  webhooks: WebhookManager,
  withCredentials: WithCredentials,
  resources: ProviderResource[],
  registered: Map<string, NewWebhook>,
  logger: Logger,
): Promise<void> {
  await Promise.all(
    resources.flatMap((resource) => {
      const hook = registered.get(resource.id);
      if (!hook || hook.takenOver) return [];
      return withCredentials((credentials) => webhooks.remove(credentials, resource, hook.webhookId)).catch((error: unknown) => {
        logger.warn({ err: error, resource: resource.fullName }, 'could not roll back a webhook');
      });
    }),
  );
}

/** Removes the webhooks of `dropped`; returns the names of the resources whose hook could not be removed. */
export async function removeWebhooks(
  webhooks: WebhookManager,
  storage: ConfiguredResourceStorage,
  withCredentials: WithCredentials,
  dropped: ConfiguredResource[],
  logger: Logger,
): Promise<string[]> {
  const withHooks = dropped.filter((row): row is ConfiguredResource & { webhookId: string } => row.webhookId !== null);
  // A hook another connection still relies on stays.
  const inUse = await storage.hooksStillUsed(withHooks);
  const limit = pLimit(WEBHOOK_CONCURRENCY);
  const failed: string[] = [];
  await Promise.all(
    withHooks
      .filter((row) => !inUse.has(`${row.providerResourceId}:${row.webhookId}`))
      .map((row) =>
        limit(async () => {
          try {
            await withCredentials((credentials) => webhooks.remove(credentials, { fullName: row.fullName }, row.webhookId));
          } catch (error) {
            failed.push(row.fullName);
            logger.warn({ err: error, resource: row.fullName }, 'could not remove the webhook of a dropped resource');
          }
        }),
      ),
  );
  return failed;
}
