// One sync run: for each configured resource in scope, read the head of its branch, fetch the text of new and
// changed documents (unchanged content hashes are not fetched again), store them, and delete documents whose
// files are confirmed gone (changePlan.ts decides). Writes are keyed by (connection, resource, path), so running
// a run again after a crash cannot duplicate documents. A resource that fails, or whose files could not all be
// read, is recorded with its reason and paths; the others still sync.
import pLimit from 'p-limit';
import { RateLimitedError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { ProviderRegistry } from '../../providers/registry.js';
import {
  IncompleteSnapshotError,
  ResourceUnavailableError,
  type DocumentSource,
  type FileText,
  type StoredFile,
} from '../../providers/types.js';
import type { CredentialsManager } from '../connections/credentials.js';
import type { Connection } from '../connections/storage.js';
import type { ConfiguredResource } from '../resources/storage.js';
import { filesToFetch, planChanges, unreadFailure, type UnreadFile } from './changePlan.js';
import { isDocument } from './documentFilter.js';
import type { SyncProgress } from './progress.js';
import type { SkippedFile, SyncFailure } from './syncFailure.js';
import { LeaseLostError, ResourceDeselectedError, type ChangeRange, type SyncRun, type SyncScope, type SyncStorage } from './storage.js';

/** What a run reads and writes through: its storage, the selection, the provider, the credentials. */
export interface RunSyncDeps {
  storage: SyncStorage;
  selection: { selectionOf(connectionId: string, providerResourceId?: string): Promise<ConfiguredResource[]> };
  providers: ProviderRegistry;
  credentials: CredentialsManager;
  logger: Logger;
}

interface Counts {
  added: number;
  updated: number;
  deleted: number;
}

interface ResourceResult {
  counts: Counts;
  /** Files whose content could not be read: their documents were left as they were. */
  unread: UnreadFile[];
  /** New files not stored: the connection reached its documentLimit. */
  skipped: string[];
  /** Files the provider does not sync as documents, with why. */
  unsupported: SkippedFile[];
  range: ChangeRange | null;
}

/** How many resources of a run sync at the same time. */
const RESOURCES_IN_PARALLEL = 8;

/** The longest a rate limit may pause one resource before the run gives up on it. */
const MAX_RATE_LIMIT_PAUSE_MS = 60 * 60 * 1000;

export interface RunHooks {
  onProgress?: ProgressHook;
  /** How to wait out a rate limit (tests pass a fake clock). */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Runs the run `runId`. With the `lease` of the worker that claimed it, every write first checks the lease still
 * holds, and a run taken over by another worker stops with LeaseLostError; without one (a run started directly)
 * nothing is checked.
 */
export async function runSync(deps: RunSyncDeps, runId: string, hooks: RunHooks = {}, lease: string | null = null): Promise<SyncRun> {
  const run = await deps.storage.start(runId);
  const scope = run.scope as SyncScope | null;
  const resources = await deps.selection.selectionOf(run.connectionId, scope?.resourceId);
  const adapter = deps.providers.get(run.connection.provider);
  const source = adapter.documents;
  const totals: Counts = { added: 0, updated: 0, deleted: 0 };
  const failures: SyncFailure[] = [];
  const skipped: string[] = [];
  const skippedFiles: SkippedFile[] = [];
  let range: ChangeRange | null = null;
  hooks.onProgress?.({ type: 'started', runId, resources: resources.length });

  // What is stored, for every resource in one read. The writes read it again under the feed's lock: this only
  // decides what to fetch and which stored paths to look at.
  const storedFiles = await deps.storage.storedByResource(
    run.connectionId,
    resources.map((resource) => resource.providerResourceId),
  );
  // Resources sync side by side, a few at a time: each waits mostly on upstream round trips. Each still writes
  // in its own transaction (storage.applyChanges), so its writes stay all-or-nothing and contiguous in the feed.
  const outcomes = await inParallel(resources, RESOURCES_IN_PARALLEL, async (resource) => {
    if (!source) throw new ResourceUnavailableError(`${adapter.name} has no document sync yet`);
    const result = await syncResourceWithPauses(
      deps,
      { runId, lease },
      run.connection,
      resource,
      storedFiles.get(resource.providerResourceId) ?? [],
      source,
      hooks,
      (filesDone, filesTotal) => hooks.onProgress?.({ type: 'resource', runId, resource: resource.fullName, filesDone, filesTotal }),
    );
    hooks.onProgress?.({ type: 'resourceDone', runId, resource: resource.fullName, ...result.counts });
    return result;
  });

  // Totals, failures and skipped paths in the order of the selection, whichever resource finished first.
  for (const outcome of outcomes) {
    const resource = outcome.item;
    if (outcome.ok) {
      const { counts, unread, ...written } = outcome.value;
      totals.added += counts.added;
      totals.updated += counts.updated;
      totals.deleted += counts.deleted;
      skipped.push(...written.skipped);
      skippedFiles.push(...written.unsupported);
      range = widen(range, written.range);
      if (unread.length > 0) {
        // Synced in part: the run must not read as a success while some files are out of date.
        failures.push({ resource: resource.fullName, ...unreadFailure(unread) });
        deps.logger.warn({ runId, resource: resource.fullName, unread }, 'some files of a resource could not be read');
      }
      continue;
    }
    const error = outcome.error;
    // Not a failure of the resource: the user removed it from the selection while it synced (its documents went
    // with it).
    if (error instanceof ResourceDeselectedError) continue;
    failures.push({
      resource: resource.fullName,
      reason: reasonOf(error),
      paths: error instanceof IncompleteSnapshotError ? error.paths : [],
    });
    deps.logger.warn({ err: error, runId, resource: resource.fullName }, 'a resource failed to sync');
  }

  const status = failures.length === 0 ? 'SUCCEEDED' : failures.length === resources.length ? 'FAILED' : 'PARTIAL';
  const finished = await deps.storage.finish(runId, lease, run.connection, {
    status,
    ...totals,
    skipped,
    skippedFiles,
    range,
    failures,
    error: status === 'FAILED' ? failures.map((failure) => `${failure.resource}: ${failure.reason}`).join('; ') : null,
  });
  hooks.onProgress?.({ type: 'finished', runId, status, ...totals });
  return finished;
}

type ProgressHook = (event: SyncProgress) => void;

/** Rate limits pause the resource until the provider's reset, instead of failing it. */
async function syncResourceWithPauses(
  deps: RunSyncDeps,
  held: RunLease,
  connection: Connection,
  resource: ConfiguredResource,
  stored: StoredFile[],
  source: DocumentSource,
  hooks: { sleep?: (ms: number) => Promise<void> },
  progress: (filesDone: number, filesTotal: number) => void,
): Promise<ResourceResult> {
  const sleep = hooks.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  let paused = 0;
  for (;;) {
    try {
      return await syncResource(deps, held, connection, resource, stored, source, progress);
    } catch (error) {
      if (!(error instanceof RateLimitedError) || paused >= MAX_RATE_LIMIT_PAUSE_MS) throw error;
      const wait = Math.max(1, error.retryAfterSeconds) * 1000;
      deps.logger.info({ resource: resource.fullName, waitSeconds: wait / 1000 }, 'rate limited: pausing the sync until the reset');
      paused += wait;
      await sleep(wait);
    }
  }
}

/** Which run a write belongs to, and the lease it must still hold. */
interface RunLease {
  runId: string;
  lease: string | null;
}

async function syncResource(
  deps: RunSyncDeps,
  held: RunLease,
  connection: Connection,
  resource: ConfiguredResource,
  stored: StoredFile[],
  source: DocumentSource,
  progress: (filesDone: number, filesTotal: number) => void,
): Promise<ResourceResult> {
  const target = {
    id: resource.providerResourceId,
    fullName: resource.fullName,
    ref: resource.defaultBranch,
    cursor: resource.syncCursor,
  };
  // A listing with a gap throws here, before anything is written: no document is deleted on partial evidence.
  const snapshot = await deps.credentials.withCredentials(connection, (credentials) => source.snapshot(credentials, target, stored));
  const changed = filesToFetch(snapshot.files, stored);
  const documents = snapshot.files.filter(isDocument).length;
  progress(documents - changed.length, documents);
  const texts = changed.length
    ? await deps.credentials.withCredentials(connection, (credentials) => source.fetchText(credentials, target, changed))
    : new Map<string, FileText>();
  const plan = planChanges(snapshot.files, stored, texts);

  const { added, updated, deleted, skipped, range } = await deps.storage.applyChanges(
    {
      ...held,
      connectionId: connection.id,
      documentLimit: connection.documentLimit,
      resourceId: resource.providerResourceId,
      resourceName: resource.fullName,
      commitSha: snapshot.version,
      // The feed's new position only once everything it reported is stored: files left unread (or new ones past the
      // documentLimit) are read again from the old position next time.
      cursor: plan.unread.length > 0 ? resource.syncCursor : (snapshot.cursor ?? null),
      previousCursor: resource.syncCursor,
    },
    plan.store.map(({ file, text }) => ({ path: file.path, sha: file.sha, size: file.size, content: text })),
    plan.remove,
  );
  progress(documents, documents);
  const unsupported = snapshot.files.flatMap((file) =>
    file.skip === undefined ? [] : [{ resource: resource.fullName, path: file.path, reason: file.skip }],
  );
  return { counts: { added, updated, deleted }, unread: plan.unread, skipped, unsupported, range };
}

type Outcome<I, T> = { item: I } & ({ ok: true; value: T } | { ok: false; error: unknown });

/**
 * `work` for each item, at most `limit` at a time; the outcomes in the order of `items`. A LeaseLostError (the run
 * is no longer this worker's) starts nothing more: once the work under way has settled, it is thrown.
 */
async function inParallel<I, T>(items: readonly I[], limit: number, work: (item: I) => Promise<T>): Promise<Outcome<I, T>[]> {
  const queue = pLimit(limit);
  const state: { lost: LeaseLostError | null } = { lost: null };
  const settled = await Promise.allSettled(
    items.map((item) =>
      queue(async () => {
        if (state.lost) throw state.lost;
        try {
          return await work(item);
        } catch (error) {
          if (error instanceof LeaseLostError) state.lost ??= error;
          throw error;
        }
      }),
    ),
  );
  if (state.lost) throw state.lost;
  return settled.map((outcome, index) => {
    const item = items[index] as I;
    return outcome.status === 'fulfilled'
      ? { item, ok: true, value: outcome.value }
      : { item, ok: false, error: outcome.reason as unknown };
  });
}

function widen(range: ChangeRange | null, more: ChangeRange | null): ChangeRange | null {
  if (!range) return more;
  if (!more) return range;
  return { from: range.from < more.from ? range.from : more.from, to: range.to > more.to ? range.to : more.to };
}

function reasonOf(error: unknown): string {
  if (error instanceof ResourceUnavailableError) return error.message;
  if (error instanceof Error && 'code' in error && typeof (error as { code: unknown }).code === 'string') return error.message;
  return 'an unexpected error occurred (see the gateway logs)';
}
