// Replacing a connection's selection of resources: validate, register webhooks for what is new, store the new
// selection with a queued initial sync, then remove the webhooks of what was dropped. All or nothing: when a
// registration fails, the hooks this call made are removed again and the previous selection stays.
import { randomBytes } from 'node:crypto';
import pLimit from 'p-limit';
import { ValidationError } from '../errors.js';
import type { ConfiguredResource, Connection, SyncRun } from '../generated/prisma/client.js';
import type { ProviderAdapter, ProviderCredentials, ProviderResource } from '../providers/types.js';

/** Runs a provider call with the connection's credentials (refreshed as needed). */
export type WithCredentials = <T>(call: (credentials: ProviderCredentials) => Promise<T>) => Promise<T>;
import { queueRun } from '../sync/requestSync.js';
import type { Gateway } from './gateway.js';
import { listerFor, listingKey, loadListing } from './resources.js';

export const MAX_SELECTION = 500;
const WEBHOOK_CONCURRENCY = 8;

export interface ResourceSelection {
  id: string;
  name: string;
  defaultBranch?: string | null;
}

export interface ConfigureResult {
  success: true;
  message: string;
  webhooksRegistered: number;
  connection: Connection;
  configuredResources: ConfiguredResource[];
  sync: SyncRun;
}

export async function configureConnection(
  gateway: Gateway,
  connection: Connection,
  selection: ResourceSelection[],
): Promise<ConfigureResult> {
  const lister = listerFor(gateway, connection, 'configureResources');
  const adapter = gateway.providers.get(connection.provider);
  validateSelection(selection);
  return gateway.configureLocks.run(connection.id, async () => {
    const listing = await loadListing(gateway, connection, lister, { from: 0, to: Number.POSITIVE_INFINITY });
    const visible = new Map(listing.resources.map((resource) => [resource.id, resource]));
    const selected: { resource: ProviderResource; defaultBranch: string | null }[] = [];
    const invisible: string[] = [];
    for (const item of selection) {
      const resource = visible.get(item.id);
      if (resource) selected.push({ resource, defaultBranch: item.defaultBranch ?? resource.defaultBranch });
      else invisible.push(item.id);
    }
    if (invisible.length > 0) {
      throw new ValidationError(
        'input.resources',
        `This connection cannot see ${invisible.length === 1 ? 'resource' : 'resources'} ${invisible.join(', ')}; nothing was changed.`,
      );
    }

    const withCredentials: WithCredentials = (call) => gateway.credentials.withCredentials(connection, call);
    const previous = await gateway.prisma.configuredResource.findMany({ where: { connectionId: connection.id } });
    const previousById = new Map(previous.map((row) => [row.providerResourceId, row]));
    const registered = await registerWebhooks(
      gateway,
      adapter,
      withCredentials,
      selected.map((item) => item.resource),
      previousById,
    );

    const kept = new Set(selection.map((item) => item.id));
    const dropped = previous.filter((row) => !kept.has(row.providerResourceId));
    const { rows, sync } = await storeSelection(gateway, connection, selected, previousById, registered);
    gateway.connections.invalidate(connection.id);
    gateway.listings.invalidate(listingKey(connection));
    await gateway.syncQueue.notify(connection.id);

    const unremoved = await removeWebhooks(gateway, adapter, withCredentials, dropped);
    const webhooksRegistered = rows.filter((row) => row.webhookId !== null).length;
    return {
      success: true,
      message: describe(selection.length, registered.size, dropped.length, unremoved),
      webhooksRegistered,
      connection,
      configuredResources: rows,
      sync,
    };
  });
}

function validateSelection(selection: ResourceSelection[]): void {
  if (selection.length > MAX_SELECTION) {
    throw new ValidationError('input.resources', `At most ${MAX_SELECTION} resources can be selected (got ${selection.length}).`);
  }
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const item of selection) {
    if (seen.has(item.id)) duplicates.add(item.id);
    seen.add(item.id);
  }
  if (duplicates.size > 0) {
    throw new ValidationError('input.resources', `Each resource may be selected once; repeated: ${[...duplicates].join(', ')}.`);
  }
}

interface NewWebhook {
  webhookId: string;
  secret: string;
  takenOver: boolean;
}

/** Registers a webhook for each selected resource that has none yet; undoes them all if any fails. */
async function registerWebhooks(
  gateway: Gateway,
  adapter: ProviderAdapter,
  withCredentials: WithCredentials,
  resources: ProviderResource[],
  previous: Map<string, ConfiguredResource>,
): Promise<Map<string, NewWebhook>> {
  const registered = new Map<string, NewWebhook>();
  const webhooks = adapter.webhooks;
  if (!webhooks || !adapter.capabilities.webhooks) return registered;
  const url = `${gateway.publicUrl}/webhooks/${adapter.slug}`;
  const limit = pLimit(WEBHOOK_CONCURRENCY);
  const pending = resources.filter((resource) => !previous.get(resource.id)?.webhookId);
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
  // Undo only what this call created: a hook it took over may serve another connection.
  await Promise.all(
    pending.flatMap((resource) => {
      const hook = registered.get(resource.id);
      if (!hook || hook.takenOver) return [];
      return withCredentials((credentials) => webhooks.remove(credentials, resource, hook.webhookId)).catch((error: unknown) =>
        gateway.logger.warn({ err: error, resource: resource.fullName }, 'could not roll back a webhook'),
      );
    }),
  );
  throw failure.reason;
}

async function storeSelection(
  gateway: Gateway,
  connection: Connection,
  selected: { resource: ProviderResource; defaultBranch: string | null }[],
  previous: Map<string, ConfiguredResource>,
  registered: Map<string, NewWebhook>,
): Promise<{ rows: ConfiguredResource[]; sync: SyncRun }> {
  return gateway.prisma.$transaction(async (tx) => {
    await tx.configuredResource.deleteMany({
      where: { connectionId: connection.id, providerResourceId: { notIn: selected.map((item) => item.resource.id) } },
    });
    const rows: ConfiguredResource[] = [];
    for (const { resource, defaultBranch } of selected) {
      const hook = registered.get(resource.id);
      const fields = {
        fullName: resource.fullName,
        defaultBranch,
        ...(hook ? { webhookId: hook.webhookId, webhookSecretEncrypted: gateway.secretBox.seal(hook.secret) } : {}),
      };
      const existing = previous.get(resource.id);
      rows.push(
        existing
          ? await tx.configuredResource.update({ where: { id: existing.id }, data: fields })
          : await tx.configuredResource.create({ data: { connectionId: connection.id, providerResourceId: resource.id, ...fields } }),
      );
    }
    // All connections share one hook URL, so a repository selected by several connections has one hook. When this
    // call took it over (with a new secret), the other rows using it must verify with that secret too.
    for (const [resourceId, hook] of registered) {
      await tx.configuredResource.updateMany({
        where: { providerResourceId: resourceId, webhookId: hook.webhookId, connectionId: { not: connection.id } },
        data: { webhookSecretEncrypted: gateway.secretBox.seal(hook.secret) },
      });
    }
    // The initial sync: one queued run per connection at a time, so a new selection joins a run not yet started.
    const sync = await queueRun(tx, connection.id, 'CONFIGURE', null);
    return { rows, sync };
  });
}

/** Removes the webhooks of dropped resources; returns the names of those that could not be removed. */
export async function removeWebhooks(
  gateway: Gateway,
  adapter: ProviderAdapter,
  withCredentials: WithCredentials,
  dropped: ConfiguredResource[],
): Promise<string[]> {
  const webhooks = adapter.webhooks;
  if (!webhooks) return [];
  const withHooks = dropped.filter((row): row is ConfiguredResource & { webhookId: string } => Boolean(row.webhookId));
  // A hook another connection still relies on stays.
  const stillUsed = await gateway.prisma.configuredResource.findMany({
    where: {
      connectionId: { notIn: [...new Set(withHooks.map((row) => row.connectionId))] },
      OR: withHooks.map((row) => ({ providerResourceId: row.providerResourceId, webhookId: row.webhookId })),
    },
    select: { providerResourceId: true, webhookId: true },
  });
  // The query matched webhook ids, so none of these is null.
  const inUse = new Set(stillUsed.map((row) => `${row.providerResourceId}:${row.webhookId ?? ''}`));
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
            gateway.logger.warn({ err: error, resource: row.fullName }, 'could not remove the webhook of a dropped resource');
          }
        }),
      ),
  );
  return failed;
}

function describe(selected: number, registered: number, dropped: number, unremoved: string[]): string {
  const parts = [`Configured ${selected} ${selected === 1 ? 'resource' : 'resources'}`];
  parts.push(`${registered} ${registered === 1 ? 'webhook' : 'webhooks'} registered`);
  if (dropped > 0) parts.push(`${dropped} removed from the selection`);
  const sentence = `${parts.join('; ')}.`;
  return unremoved.length > 0
    ? `${sentence} The webhooks of ${unremoved.join(', ')} could not be removed; delete them on the provider.`
    : sentence;
}
