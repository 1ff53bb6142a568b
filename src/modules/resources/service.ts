// What a connection can reach (listed page by page from a cached listing) and which of it to sync: a new
// selection registers the webhooks of what is new, stores the selection with a queued initial sync, then removes
// the webhooks of what was dropped. All or nothing: when a registration fails, the hooks this call made are
// removed again and the previous selection stays.
import type { SecretBox } from '../../crypto/secretBox.js';
import type { EventChannel } from '../../db/eventChannel.js';
import type { KeyedLock } from '../../db/keyedLock.js';
import type { Transact, Tx } from '../../db/transaction.js';
import { ValidationError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { requireCapability } from '../../providers/capabilities.js';
import type { ProviderRegistry } from '../../providers/registry.js';
import type { ProviderResource, ResourceLister } from '../../providers/types.js';
import { assertUsableCredentials, type CredentialsManager } from '../connections/credentials.js';
import type { ConnectionCleanup } from '../connections/service.js';
import type { Connection, ConnectionEventLog } from '../connections/storage.js';
import type { SyncRequests } from '../sync/requests.js';
import type { QueuedRun, SyncRun } from '../sync/storage.js';
import type { ListingSnapshot, ResourceListingCache } from './listingCache.js';
import type { ConfiguredResource, ConfiguredResourceStorage, SelectedResource } from './storage.js';
import { registerWebhooks, removeWebhooks, undoRegistrations } from './webhookRegistrations.js';

export const MAX_PER_PAGE = 100;
export const MAX_SEARCH_LENGTH = 100;
export const MAX_SELECTION = 500;

export interface ResourcePage {
  nodes: (ProviderResource & { configured: boolean })[];
  totalCount: number;
  page: number;
  perPage: number;
  hasNextPage: boolean;
}

export interface ResourceQuery {
  /** Null (a client's explicit null) is refused like any other invalid page. */
  page: number | null;
  perPage: number | null;
  /** Only resources whose full name contains this text (case-insensitive); empty or absent means all. */
  search?: string | null;
  /**
   * Only the resources directly inside this one (a folder's files and folders); `root` is the top. Absent means
   * every resource, however deep.
   */
  parentId?: string | null;
}

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

/** A configured resource a webhook delivery may be for, with the secret its hook signs with. */
export interface HookTarget {
  connectionId: string;
  connectionActive: boolean;
  providerResourceId: string;
  defaultBranch: string | null;
  secret: string | null;
}

export interface ResourceServiceOptions {
  providers: ProviderRegistry;
  credentials: CredentialsManager;
  storage: ConfiguredResourceStorage;
  listings: ResourceListingCache;
  requests: SyncRequests;
  transact: Transact;
  /** Serializes selection changes per connection id, across every process on the database. */
  locks: KeyedLock;
  /** Tells the other processes which cached selections a change made stale. */
  events: EventChannel;
  /** The event log: a selection change appends selection.changed in its own transaction. */
  eventLog: ConnectionEventLog;
  /** The synced documents: a resource dropped from the selection loses its documents in the same transaction. */
  documents: { removeResources(tx: Tx, connectionId: string, resourceIds: readonly string[]): Promise<number> };
  secretBox: SecretBox;
  publicUrl: string;
  logger: Logger;
}

const SELECTION_CHANGED = 'selection.changed';

export class ResourceService implements ConnectionCleanup {
  constructor(private readonly options: ResourceServiceOptions) {
    options.events.subscribe(SELECTION_CHANGED, (payload) => this.forget(payload as Pick<Connection, 'id' | 'organizationId'>));
    options.events.onResync(() => options.storage.clear());
  }

  async list(
    connection: Connection,
    { page, perPage, search, parentId }: ResourceQuery,
    /** How the caller spells the paging arguments, for error messages (REST says `per_page`). */
    argumentNames = { page: 'page', perPage: 'perPage', parentId: 'parentId' },
  ): Promise<ResourcePage> {
    const adapter = this.options.providers.get(connection.provider);
    const lister = requireCapability(adapter, 'listResources');
    const paging = validatePaging(page, perPage, { page: argumentNames.page, perPage: argumentNames.perPage });
    const needle = search?.trim().toLowerCase() ?? '';
    if (needle.length > MAX_SEARCH_LENGTH)
      throw new ValidationError('search', `search must be at most ${String(MAX_SEARCH_LENGTH)} characters.`);
    const trimmedParent = parentId?.trim() ?? '';
    const parent = trimmedParent === '' ? null : trimmedParent;
    if (parent !== null && !adapter.manifest.resourceKinds.some((kind) => kind.contains === true)) {
      throw new ValidationError(
        argumentNames.parentId,
        `${adapter.name} resources do not nest: list them without ${argumentNames.parentId}.`,
      );
    }
    const filtered = needle !== '' || parent !== null;
    const start = (paging.page - 1) * paging.perPage;
    // A search or a folder has to see the whole listing (fetched once, then cached like any page); paging reads
    // only its range.
    const range = filtered ? { from: 0, to: Number.POSITIVE_INFINITY } : { from: start, to: start + paging.perPage };
    const [listing, configured] = await Promise.all([
      this.loadListing(connection, lister, range),
      this.options.storage.forConnections([connection.id]),
    ]);
    const matching = filtered
      ? listing.resources.filter(
          (resource) =>
            (parent === null || (resource.parentId ?? null) === parent) &&
            (needle === '' || resource.fullName.toLowerCase().includes(needle)),
        )
      : listing.resources;
    const totalCount = filtered ? matching.length : listing.totalCount;
    const configuredIds = new Set((configured.get(connection.id) ?? []).map((resource) => resource.providerResourceId));
    return {
      nodes: matching.slice(start, start + paging.perPage).map((resource) => withConfigured(resource, configuredIds.has(resource.id))),
      totalCount,
      page: paging.page,
      perPage: paging.perPage,
      hasNextPage: start + paging.perPage < totalCount,
    };
  }

  /** The selections of these connections, batched (and cached for a few seconds). */
  configuredFor(connectionIds: readonly string[]): Promise<Map<string, ConfiguredResource[]>> {
    return this.options.storage.forConnections(connectionIds);
  }

  /** The connection's selection as stored now, or only one resource of it (a webhook-scoped run). */
  selectionOf(connectionId: string, providerResourceId?: string): Promise<ConfiguredResource[]> {
    return this.options.storage.current(connectionId, providerResourceId);
  }

  async configure(connection: Connection, selection: ResourceSelection[]): Promise<ConfigureResult> {
    const { providers, credentials, storage, transact, requests, secretBox, locks, logger, documents, eventLog } = this.options;
    const adapter = providers.get(connection.provider);
    const lister = requireCapability(adapter, 'configureResources');
    validateSelection(selection);
    // The selection read below must be the one this change replaces: no other process may change it meanwhile.
    return locks.run(connection.id, async () => {
      const listing = await this.loadListing(connection, lister, { from: 0, to: Number.POSITIVE_INFINITY });
      const visible = new Map(listing.resources.map((resource) => [resource.id, resource]));
      const selected: { resource: ProviderResource; defaultBranch: string | null }[] = [];
      const invisible: string[] = [];
      for (const item of selection) {
        const resource = visible.get(item.id);
        if (resource) selected.push({ resource, defaultBranch: item.defaultBranch ?? resource.defaultRef });
        else invisible.push(item.id);
      }
      if (invisible.length > 0) {
        throw new ValidationError(
          'input.resources',
          `This connection cannot see ${invisible.length === 1 ? 'resource' : 'resources'} ${invisible.join(', ')}; nothing was changed.`,
        );
      }

      const withCredentials = credentials.for(connection);
      const previous = await storage.current(connection.id);
      const previousById = new Map(previous.map((row) => [row.providerResourceId, row]));
      const webhooks = adapter.webhooks?.manager;
      const resources = selected.map((item) => item.resource);
      const registered = webhooks
        ? await registerWebhooks(
            webhooks,
            this.webhookUrl(adapter.slug),
            withCredentials,
            resources,
            previousById,
            await this.sharedHooks(connection, resources),
            logger,
          )
        : new Map<string, never>();

      const kept = new Set(selection.map((item) => item.id));
      const dropped = previous.filter((row) => !kept.has(row.providerResourceId));
      const rows: SelectedResource[] = selected.map(({ resource, defaultBranch }) => {
        const hook = registered.get(resource.id);
        return {
          providerResourceId: resource.id,
          fullName: resource.fullName,
          defaultBranch,
          webhook: hook ? { webhookId: hook.webhookId, secretEncrypted: secretBox.seal(hook.secret) } : null,
        };
      });
      // The new selection, the removal of what was dropped, its initial sync and its event commit together; a run
      // not yet started is joined, not repeated.
      const event = {
        organizationId: connection.organizationId,
        connectionId: connection.id,
        type: 'selection.changed' as const,
      };
      let committed: { configuredResources: ConfiguredResource[]; queued: QueuedRun; documentsRemoved: number };
      try {
        committed = await transact(async (tx) => {
          const documentsRemoved = await documents.removeResources(
            tx,
            connection.id,
            dropped.map((row) => row.providerResourceId),
          );
          const configuredResources = await storage.replaceSelection(tx, connection.id, rows, previousById);
          const queued = await requests.queueIn(tx, connection.id, 'CONFIGURE', null);
          await eventLog.append(tx, [
            {
              ...event,
              payload: {
                resources: selected.slice(0, 100).map(({ resource }) => ({ id: resource.id, name: resource.fullName })),
                selected: selected.length,
                added: selected.filter(({ resource }) => !previousById.has(resource.id)).map(({ resource }) => resource.id),
                removed: dropped.map((row) => row.providerResourceId),
                documentsRemoved,
                runId: queued.run.id,
              },
            },
          ]);
          return { configuredResources, queued, documentsRemoved };
        });
      } catch (error) {
        // Nothing was stored (the connection was deleted meanwhile, the database failed): the hooks made for it go.
        if (webhooks) await undoRegistrations(webhooks, withCredentials, resources, registered, logger);
        throw error;
      }
      const { configuredResources, queued } = committed;
      await this.changed(connection);
      await eventLog.announce([event]);
      await requests.wakeFor(queued);

      const unremoved = webhooks ? await removeWebhooks(webhooks, storage, withCredentials, dropped, logger) : [];
      return {
        success: true,
        message: describe(selection.length, registered.size, dropped.length, unremoved),
        webhooksRegistered: configuredResources.filter((row) => row.webhookId !== null).length,
        connection,
        configuredResources,
        sync: queued.run,
      };
    });
  }

  /** Before a connection is deleted: its webhooks go, and its listing with it. */
  beforeDelete(connection: Connection): Promise<{ webhooksRemoved: number; unremovedWebhooks: string[] }> {
    // Not while a selection change of this connection is registering hooks.
    return this.options.locks.run(connection.id, () => this.removeAllWebhooks(connection));
  }

  private async removeAllWebhooks(connection: Connection): Promise<{ webhooksRemoved: number; unremovedWebhooks: string[] }> {
    const { providers, credentials, storage, logger } = this.options;
    const adapter = providers.get(connection.provider);
    const configured = await storage.current(connection.id);
    const hooked = configured.filter((row) => row.webhookId !== null);
    const unremovedWebhooks = adapter.webhooks
      ? await removeWebhooks(adapter.webhooks.manager, storage, credentials.for(connection), configured, logger)
      : [];
    await this.changed(connection);
    return { webhooksRemoved: hooked.length - unremovedWebhooks.length, unremovedWebhooks };
  }

  /** Forgets what this process cached of the connection's listing and selection (after a change elsewhere). */
  forget(connection: Pick<Connection, 'id' | 'organizationId'>): void {
    this.options.storage.invalidate(connection.id);
    this.options.listings.invalidate(listingKey(connection));
  }

  /** After a selection change: this process forgets it now, the others when the event reaches them. */
  private async changed({ id, organizationId }: Pick<Connection, 'id' | 'organizationId'>): Promise<void> {
    this.forget({ id, organizationId });
    await this.options.events.publish(SELECTION_CHANGED, { id, organizationId });
  }

  /** The configured resources a delivery from the hook `webhookId` on `providerResourceId` may be for. */
  async hookTargets(provider: Connection['provider'], providerResourceId: string, webhookId: string): Promise<HookTarget[]> {
    const rows = await this.options.storage.hookTargets(provider, providerResourceId, webhookId);
    return rows.map((row) => ({
      connectionId: row.connectionId,
      connectionActive: row.connection.status === 'ACTIVE',
      providerResourceId: row.providerResourceId,
      defaultBranch: row.defaultBranch,
      secret: row.webhookSecretEncrypted ? this.options.secretBox.open(row.webhookSecretEncrypted) : null,
    }));
  }

  /** Hooks other connections hold on these resources, with their secrets opened. */
  private async sharedHooks(
    connection: Connection,
    resources: ProviderResource[],
  ): Promise<Map<string, { webhookId: string; secret: string }>> {
    const stored = await this.options.storage.sharedHooks(
      connection.provider,
      connection.id,
      resources.map((resource) => resource.id),
    );
    return new Map(
      [...stored].map(([id, hook]) => [id, { webhookId: hook.webhookId, secret: this.options.secretBox.open(hook.secretEncrypted) }]),
    );
  }

  private webhookUrl(slug: string): string {
    return `${this.options.publicUrl}/webhooks/${slug}`;
  }

  /** Ensures the cached listing covers positions [from, to), fetching upstream batches as required. */
  private loadListing(connection: Connection, lister: ResourceLister, range: { from: number; to: number }): Promise<ListingSnapshot> {
    assertUsableCredentials(connection);
    return this.options.listings.ensure(listingKey(connection), range, (cursor) =>
      this.options.credentials.withCredentials(connection, (credentials) => lister.listBatch(credentials, cursor)),
    );
  }
}

export function listingKey(connection: Pick<Connection, 'id' | 'organizationId'>): string {
  return `${connection.organizationId}:${connection.id}`;
}

/** The page and its size, when both are whole numbers in range (null is a client's explicit null). */
export function validatePaging(
  page: number | null,
  perPage: number | null,
  names = { page: 'page', perPage: 'perPage' },
): { page: number; perPage: number } {
  if (page === null || !Number.isInteger(page) || page < 1)
    throw new ValidationError(names.page, `${names.page} must be a whole number of at least 1.`);
  if (perPage === null || !Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
    throw new ValidationError(names.perPage, `${names.perPage} must be a whole number from 1 to ${String(MAX_PER_PAGE)}.`);
  }
  return { page, perPage };
}

function validateSelection(selection: ResourceSelection[]): void {
  if (selection.length > MAX_SELECTION) {
    throw new ValidationError(
      'input.resources',
      `At most ${String(MAX_SELECTION)} resources can be selected (got ${String(selection.length)}).`,
    );
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

function describe(selected: number, registered: number, dropped: number, unremoved: string[]): string {
  const parts = [`Configured ${String(selected)} ${selected === 1 ? 'resource' : 'resources'}`];
  parts.push(`${String(registered)} ${registered === 1 ? 'webhook' : 'webhooks'} registered`);
  if (dropped > 0) parts.push(`${String(dropped)} removed from the selection`);
  const sentence = `${parts.join('; ')}.`;
  return unremoved.length > 0
    ? `${sentence} The webhooks of ${unremoved.join(', ')} could not be removed; delete them on the provider.`
    : sentence;
}

// Spelled out rather than `{ ...resource, configured }`: on this hot path, object spread costs 30x more.
function withConfigured(resource: ProviderResource, configured: boolean): ProviderResource & { configured: boolean } {
  const { id, kind, name, fullName, description, defaultRef, updatedAt, parentId, mimeType, url, size } = resource;
  return {
    id,
    kind,
    name,
    fullName,
    description,
    private: resource.private,
    defaultRef,
    updatedAt,
    parentId,
    mimeType,
    url,
    size,
    configured,
  };
}
