// One sync run: for each configured resource in scope, read the head of its branch, fetch the text of new and
// changed documents (unchanged content hashes are not fetched again), store them, and delete documents whose
// files are confirmed gone (changePlan.ts decides). Writes are keyed by (connection, resource, path), so running
// a run again after a crash cannot duplicate documents. A resource that fails, or whose files could not all be
// read, is recorded with its reason and paths; the others still sync.
import { RateLimitedError } from '../errors.js';
import type { ConfiguredResource, Connection, Prisma, SyncRun } from '../generated/prisma/client.js';
import { IncompleteSnapshotError, ResourceUnavailableError, type DocumentSource, type FileText } from '../providers/types.js';
import type { Gateway } from '../services/gateway.js';
import { filesToFetch, planChanges, unreadFailure, type UnreadFile } from './changePlan.js';
import { isDocument } from './documentFilter.js';
import type { SyncProgress } from './progress.js';
import type { SyncFailure } from './syncFailure.js';

export interface SyncScope {
  /** Sync only this resource (a webhook push); all configured resources otherwise. */
  resourceId: string;
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
}

/** The longest a rate limit may pause one resource before the run gives up on it. */
const MAX_RATE_LIMIT_PAUSE_MS = 60 * 60 * 1000;

export async function runSync(
  gateway: Gateway,
  runId: string,
  hooks: { onProgress?: ProgressHook; sleep?: (ms: number) => Promise<void> } = {},
): Promise<SyncRun> {
  const run = await gateway.prisma.syncRun.update({
    where: { id: runId },
    data: { status: 'RUNNING', startedAt: new Date(), finishedAt: null, error: null },
    include: { connection: true },
  });
  const scope = run.scope as SyncScope | null;
  const resources = await gateway.prisma.configuredResource.findMany({
    where: { connectionId: run.connectionId, ...(scope ? { providerResourceId: scope.resourceId } : {}) },
    orderBy: { createdAt: 'asc' },
  });
  const source = gateway.providers.get(run.connection.provider).documents;
  const totals: Counts = { added: 0, updated: 0, deleted: 0 };
  const failures: SyncFailure[] = [];
  hooks.onProgress?.({ type: 'started', runId, resources: resources.length });

  for (const resource of resources) {
    try {
      if (!source) throw new ResourceUnavailableError(`${gateway.providers.get(run.connection.provider).name} has no document sync yet`);
      const { counts, unread } = await syncResourceWithPauses(gateway, run.connection, resource, source, hooks, (filesDone, filesTotal) =>
        hooks.onProgress?.({ type: 'resource', runId, resource: resource.fullName, filesDone, filesTotal }),
      );
      totals.added += counts.added;
      totals.updated += counts.updated;
      totals.deleted += counts.deleted;
      hooks.onProgress?.({ type: 'resourceDone', runId, resource: resource.fullName, ...counts });
      if (unread.length > 0) {
        // Synced in part: the run must not read as a success while some files are out of date.
        failures.push({ resource: resource.fullName, ...unreadFailure(unread) });
        gateway.logger.warn({ runId, resource: resource.fullName, unread }, 'some files of a resource could not be read');
      }
    } catch (error) {
      failures.push({
        resource: resource.fullName,
        reason: reasonOf(error),
        paths: error instanceof IncompleteSnapshotError ? error.paths : [],
      });
      gateway.logger.warn({ err: error, runId, resource: resource.fullName }, 'a resource failed to sync');
    }
  }

  const status = failures.length === 0 ? 'SUCCEEDED' : failures.length === resources.length ? 'FAILED' : 'PARTIAL';
  const finished = await gateway.prisma.syncRun.update({
    where: { id: runId },
    data: {
      status,
      finishedAt: new Date(),
      documentsAdded: totals.added,
      documentsUpdated: totals.updated,
      documentsDeleted: totals.deleted,
      failures: failures as unknown as Prisma.InputJsonValue,
      error: status === 'FAILED' ? failures.map((failure) => `${failure.resource}: ${failure.reason}`).join('; ') : null,
    },
  });
  hooks.onProgress?.({ type: 'finished', runId, status, ...totals });
  return finished;
}

type ProgressHook = (event: SyncProgress) => void;

/** Rate limits pause the resource until the provider's reset, instead of failing it. */
async function syncResourceWithPauses(
  gateway: Gateway,
  connection: Connection,
  resource: ConfiguredResource,
  source: DocumentSource,
  hooks: { sleep?: (ms: number) => Promise<void> },
  progress: (filesDone: number, filesTotal: number) => void,
): Promise<ResourceResult> {
  const sleep = hooks.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  let paused = 0;
  for (;;) {
    try {
      return await syncResource(gateway, connection, resource, source, progress);
    } catch (error) {
      if (!(error instanceof RateLimitedError) || paused >= MAX_RATE_LIMIT_PAUSE_MS) throw error;
      const wait = Math.max(1, error.retryAfterSeconds) * 1000;
      gateway.logger.info({ resource: resource.fullName, waitSeconds: wait / 1000 }, 'rate limited: pausing the sync until the reset');
      paused += wait;
      await sleep(wait);
    }
  }
}

async function syncResource(
  gateway: Gateway,
  connection: Connection,
  resource: ConfiguredResource,
  source: DocumentSource,
  progress: (filesDone: number, filesTotal: number) => void,
): Promise<ResourceResult> {
  const target = { fullName: resource.fullName, branch: resource.defaultBranch };
  // A listing with a gap throws here, before anything is written: no document is deleted on partial evidence.
  const snapshot = await gateway.credentials.withCredentials(connection, (credentials) => source.snapshot(credentials, target));
  const stored = await gateway.prisma.document.findMany({
    where: { connectionId: connection.id, resourceId: resource.providerResourceId },
    select: { path: true, sha: true },
  });
  const changed = filesToFetch(snapshot.files, stored);
  const documents = snapshot.files.filter(isDocument).length;
  progress(documents - changed.length, documents);
  const texts = changed.length
    ? await gateway.credentials.withCredentials(connection, (credentials) => source.fetchText(credentials, target, changed))
    : new Map<string, FileText>();
  const plan = planChanges(snapshot.files, stored, texts);

  const storedPaths = new Set(stored.map((document) => document.path));
  const counts: Counts = { added: 0, updated: 0, deleted: plan.remove.length };
  await gateway.prisma.$transaction(async (tx) => {
    for (const { file, text } of plan.store) {
      const fields = { sha: file.sha, size: file.size, content: text, commitSha: snapshot.commit, resourceName: resource.fullName };
      await tx.document.upsert({
        where: { connectionId_resourceId_path: { connectionId: connection.id, resourceId: resource.providerResourceId, path: file.path } },
        create: { connectionId: connection.id, resourceId: resource.providerResourceId, path: file.path, ...fields },
        update: fields,
      });
      if (storedPaths.has(file.path)) counts.updated += 1;
      else counts.added += 1;
    }
    if (plan.remove.length > 0) {
      await tx.document.deleteMany({
        where: { connectionId: connection.id, resourceId: resource.providerResourceId, path: { in: plan.remove } },
      });
    }
  });
  progress(documents, documents);
  return { counts, unread: plan.unread };
}

function reasonOf(error: unknown): string {
  if (error instanceof ResourceUnavailableError) return error.message;
  if (error instanceof Error && 'code' in error && typeof (error as { code: unknown }).code === 'string') return error.message;
  return 'an unexpected error occurred (see the gateway logs)';
}
