// Sync runs and synced documents: the only place that reads or writes the sync_runs and documents tables.
import { randomUUID } from 'node:crypto';
import type { Document, DocumentChange, PrismaClient, SyncRun } from '../../generated/prisma/client.js';
import { Prisma } from '../../generated/prisma/client.js';
import { SyncRunStatus, SyncTrigger } from '../../generated/prisma/enums.js';
import { feedScopes, takePositions } from '../../db/feedPositions.js';
import type { Tx } from '../../db/transaction.js';
import type { IdPage } from '../../lib/idPage.js';
import { v7 as uuidv7 } from 'uuid';
import type { StoredFile } from '../../providers/types.js';
import type { NewEvent } from '../events/eventTypes.js';
import { MAX_SKIPPED_FILES, type SkippedFile } from './syncFailure.js';

export type { Document, DocumentChange, SyncRun };

/** Where a run's and a selection change's events go: appended in the transaction of the change. */
export interface EventAppender {
  append(tx: Tx, events: readonly NewEvent[]): Promise<void>;
}

/** The change-feed positions a run's writes took (null when it changed nothing). */
export interface ChangeRange {
  from: bigint;
  to: bigint;
}

/** What one resource's writes did: counts by kind, new documents past the limit, and the feed positions taken. */
export interface AppliedChanges {
  added: number;
  updated: number;
  deleted: number;
  /** Paths of new documents not stored: the connection had reached its documentLimit. */
  skipped: string[];
  range: ChangeRange | null;
}

/** The resource is no longer selected (a selection change committed meanwhile): its writes are dropped. */
export class ResourceDeselectedError extends Error {
  constructor(readonly resourceId: string) {
    super(`Resource ${resourceId} was removed from the selection while it synced.`);
    this.name = 'ResourceDeselectedError';
  }
}

/** A run's result, as finish() records it and its sync.finished event reports it. */
export interface RunResult {
  status: 'SUCCEEDED' | 'PARTIAL' | 'FAILED';
  added: number;
  updated: number;
  deleted: number;
  failures: unknown[];
  error: string | null;
  /** Paths of new documents not stored because of the documentLimit. */
  skipped: string[];
  /** Files the providers do not sync as documents, with why. */
  skippedFiles: SkippedFile[];
  range: ChangeRange | null;
}

/** At most this many paths are listed in an event (the counts are always whole). */
const MAX_EVENT_PATHS = 100;
export type SyncTriggerName = SyncTrigger;
export const syncRunStatuses = SyncRunStatus;
export const syncTriggers = SyncTrigger;

export interface SyncScope {
  /** Sync only this resource (a webhook push); all configured resources otherwise. */
  resourceId: string;
}

/** How often the worker running a run renews its lease, and how long a silent lease lasts before another takes over. */
export const LEASE_RENEW_MS = 5_000;
export const LEASE_STALE_MS = 20_000;

/** A run this worker claimed, with the lease its writes must still hold. */
export interface ClaimedRun {
  run: SyncRun;
  lease: string;
}

/** The connection's queued run, and whether the request joined one that was already waiting. */
export interface QueuedRun {
  run: SyncRun;
  joined: boolean;
}

/** The run was taken over by another worker (this one was presumed dead): it must stop writing. */
export class LeaseLostError extends Error {
  constructor(readonly runId: string) {
    super(`Sync run ${runId} was taken over by another worker.`);
    this.name = 'LeaseLostError';
  }
}

/** A document without its content: lists stay small, content is read on request. */
export type DocumentSummary = Omit<Document, 'content'>;

const summaryFields = {
  id: true,
  connectionId: true,
  resourceId: true,
  resourceName: true,
  path: true,
  sha: true,
  size: true,
  commitSha: true,
  createdAt: true,
  updatedAt: true,
} as const;

export interface DocumentScope {
  connectionId: string;
  resourceId?: string | undefined;
}

/** A document to write: new content at a path of a resource. */
export interface DocumentWrite {
  path: string;
  sha: string;
  size: number;
  content: string;
}

export class SyncStorage {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly eventLog: EventAppender,
  ) {}

  // ---- runs ------------------------------------------------------------------------------------------------------

  /** Within `tx`: the queued run of the connection, created or widened to cover `scope` (one waits at a time). */
  async queueRun(tx: Tx, connectionId: string, trigger: SyncTrigger, scope: SyncScope | null): Promise<QueuedRun> {
    const queued = await tx.syncRun.findFirst({ where: { connectionId, status: 'QUEUED' }, orderBy: { createdAt: 'asc' } });
    if (!queued) {
      const run = await tx.syncRun.create({
        data: { connectionId, trigger, ...(scope ? { scope: { resourceId: scope.resourceId } } : {}) },
      });
      return { run, joined: false };
    }
    const current = queued.scope as SyncScope | null;
    const covers = current === null || (scope !== null && scope.resourceId === current.resourceId);
    if (covers) return { run: queued, joined: true };
    return { run: await tx.syncRun.update({ where: { id: queued.id }, data: { scope: Prisma.DbNull } }), joined: true };
  }

  async queue(connectionId: string, trigger: SyncTrigger, scope: SyncScope | null): Promise<QueuedRun> {
    return this.prisma.$transaction((tx) => this.queueRun(tx, connectionId, trigger, scope));
  }

  /** Marks the run RUNNING now, with its sync.started event; returns it with its connection. */
  async start(runId: string) {
    return this.prisma.$transaction(async (tx) => {
      const run = await tx.syncRun.update({
        where: { id: runId },
        data: { status: 'RUNNING', startedAt: new Date(), finishedAt: null, error: null },
        include: { connection: true },
      });
      await this.eventLog.append(tx, [
        {
          organizationId: run.connection.organizationId,
          connectionId: run.connectionId,
          type: 'sync.started',
          payload: { runId, trigger: run.trigger, scope: run.scope },
        },
      ]);
      return run;
    });
  }

  /** Records the run's result with its sync.finished event (and documents.limit_reached when new ones were skipped). */
  async finish(
    runId: string,
    /** The claiming worker's lease (null for a run started directly): the run is finished only while it holds. */
    lease: string | null,
    connection: { id: string; organizationId: string; documentLimit: number },
    result: RunResult,
  ): Promise<SyncRun> {
    return this.prisma.$transaction(async (tx) => {
      const finished = await tx.syncRun.updateMany({
        where: { id: runId, ...(lease !== null ? { lease, status: 'RUNNING' as const } : {}) },
        data: {
          status: result.status,
          finishedAt: new Date(),
          documentsAdded: result.added,
          documentsUpdated: result.updated,
          documentsDeleted: result.deleted,
          documentsSkipped: result.skipped.length,
          skippedFiles: result.skippedFiles.slice(0, MAX_SKIPPED_FILES) as unknown as Prisma.InputJsonValue,
          failures: result.failures as Prisma.InputJsonValue,
          error: result.error,
          lease: null,
        },
      });
      if (finished.count !== 1) throw new LeaseLostError(runId);
      const about = { organizationId: connection.organizationId, connectionId: connection.id };
      const events: NewEvent[] = [
        {
          ...about,
          type: 'sync.finished',
          payload: {
            runId,
            status: result.status,
            added: result.added,
            updated: result.updated,
            deleted: result.deleted,
            skipped: result.skipped.length,
            unsupported: result.skippedFiles.length,
            failed: result.failures.length,
            failures: result.failures.slice(0, MAX_EVENT_PATHS),
            // The change feed's positions this run wrote: read them with documentChanges(after: from - 1).
            changes: result.range ? { from: String(result.range.from), to: String(result.range.to) } : null,
          },
        },
      ];
      if (result.skipped.length > 0) {
        events.push({
          ...about,
          type: 'documents.limit_reached',
          payload: {
            runId,
            documentLimit: connection.documentLimit,
            skipped: result.skipped.length,
            paths: result.skipped.slice(0, MAX_EVENT_PATHS),
          },
        });
      }
      await this.eventLog.append(tx, events);
      return tx.syncRun.findUniqueOrThrow({ where: { id: runId } });
    });
  }

  /** A run whose worker failed outright: back to the queue for a retry, or FAILED after the last attempt. */
  async abandon(runId: string, lease: string, { lastAttempt, reason }: { lastAttempt: boolean; reason: string }): Promise<void> {
    // Only while this worker still holds it: a run another worker took over is that worker's.
    await this.prisma.syncRun.updateMany({
      where: { id: runId, lease },
      data: lastAttempt
        ? { status: 'FAILED', finishedAt: new Date(), error: reason, lease: null }
        : { status: 'QUEUED', startedAt: null, lease: null, heartbeatAt: null },
    });
  }

  /** Renews the lease; false when the run is no longer this worker's. */
  async renew(runId: string, lease: string): Promise<boolean> {
    const renewed = await this.prisma.syncRun.updateMany({
      where: { id: runId, lease, status: 'RUNNING' },
      data: { heartbeatAt: new Date() },
    });
    return renewed.count === 1;
  }

  /** Connections whose running run's worker went silent (no heartbeat for LEASE_STALE_MS): theirs to take over. */
  async abandonedRunConnections(now = new Date()): Promise<string[]> {
    const staleBefore = new Date(now.getTime() - LEASE_STALE_MS);
    const runs = await this.prisma.syncRun.findMany({
      where: {
        status: 'RUNNING',
        OR: [{ heartbeatAt: { lt: staleBefore } }, { heartbeatAt: null, startedAt: { lt: staleBefore } }],
      },
      select: { connectionId: true },
      take: 1000,
    });
    return [...new Set(runs.map((run) => run.connectionId))];
  }

  async queuedCount(connectionId: string): Promise<number> {
    return this.prisma.syncRun.count({ where: { connectionId, status: 'QUEUED' } });
  }

  /**
   * Claims the connection's run for this worker: a RUNNING one whose worker went silent (no heartbeat for
   * LEASE_STALE_MS), or the oldest QUEUED one unless another worker is running one right now. The claim is a
   * compare-and-set on the status and the lease, so of two workers only one wins; the winner gets a new lease.
   */
  async claim(connectionId: string, now = new Date()): Promise<ClaimedRun | null> {
    const staleBefore = new Date(now.getTime() - LEASE_STALE_MS);
    const running = await this.prisma.syncRun.findFirst({ where: { connectionId, status: 'RUNNING' }, orderBy: { createdAt: 'asc' } });
    const lastSign = running ? (running.heartbeatAt ?? running.startedAt) : null;
    const candidate = running
      ? lastSign && lastSign < staleBefore
        ? running
        : null
      : await this.prisma.syncRun.findFirst({ where: { connectionId, status: 'QUEUED' }, orderBy: { createdAt: 'asc' } });
    if (!candidate) return null;
    const lease = randomUUID();
    const claimed = await this.prisma.syncRun.updateMany({
      where: { id: candidate.id, status: candidate.status, lease: candidate.lease, heartbeatAt: candidate.heartbeatAt },
      data: { status: 'RUNNING', startedAt: now, heartbeatAt: now, lease },
    });
    return claimed.count === 1 ? { run: candidate, lease } : null;
  }

  /** Active, configured connections with no run since `cutoff` and none waiting or running (at most 1,000). */
  async dueConnections(cutoff: Date): Promise<string[]> {
    const due = await this.prisma.connection.findMany({
      where: {
        status: 'ACTIVE',
        configuredResources: { some: {} },
        syncRuns: { none: { OR: [{ createdAt: { gt: cutoff } }, { status: { in: ['QUEUED', 'RUNNING'] } }] } },
      },
      select: { id: true },
      take: 1000,
    });
    return due.map((connection) => connection.id);
  }

  /** The most recent run of each connection (queued, running or finished), in one query. */
  async latest(connectionIds: readonly string[]): Promise<Map<string, SyncRun>> {
    const runs = await this.prisma.syncRun.findMany({
      where: { connectionId: { in: [...connectionIds] } },
      orderBy: [{ connectionId: 'asc' }, { createdAt: 'desc' }, { id: 'desc' }],
      distinct: ['connectionId'],
    });
    return new Map(runs.map((run) => [run.connectionId, run]));
  }

  /** A page of the connection's runs, newest first. */
  async runs(connectionId: string, { after, before, limit, inverted }: IdPage): Promise<SyncRun[]> {
    return this.prisma.syncRun.findMany({
      where: { connectionId, id: { lt: after, gt: before } },
      orderBy: { id: inverted ? 'asc' : 'desc' },
      take: limit,
    });
  }

  async runCount(connectionId: string): Promise<number> {
    return this.prisma.syncRun.count({ where: { connectionId } });
  }

  // ---- documents -------------------------------------------------------------------------------------------------

  /** A page of documents, in the order they were first synced. */
  async documents(scope: DocumentScope, { after, before, limit, inverted }: IdPage): Promise<DocumentSummary[]> {
    return this.prisma.document.findMany({
      where: { ...documentWhere(scope), id: { gt: after, lt: before } },
      orderBy: { id: inverted ? 'desc' : 'asc' },
      take: limit,
      select: summaryFields,
    });
  }

  /** The documents of these connections, most recently first synced first, at most `limit`. */
  async latestDocuments(connectionIds: readonly string[], limit: number): Promise<DocumentSummary[]> {
    return this.prisma.document.findMany({
      where: { connectionId: { in: [...connectionIds] } },
      orderBy: { id: 'desc' },
      take: limit,
      select: summaryFields,
    });
  }

  async documentCount(scope: DocumentScope): Promise<number> {
    return this.prisma.document.count({ where: documentWhere(scope) });
  }

  async content(documentId: string): Promise<string> {
    return (await this.prisma.document.findUniqueOrThrow({ where: { id: documentId }, select: { content: true } })).content;
  }

  /** The paths and content hashes stored for each of these resources of a connection, in one read. */
  async storedByResource(connectionId: string, resourceIds: readonly string[]): Promise<Map<string, StoredFile[]>> {
    const byResource = new Map(resourceIds.map((resourceId): [string, StoredFile[]] => [resourceId, []]));
    if (resourceIds.length === 0) return byResource;
    const rows = await this.prisma.$queryRaw<{ resource_id: string; path: string; sha: string }[]>`
      SELECT resource_id, path, sha FROM documents WHERE connection_id = ${connectionId} AND resource_id = ANY(${[...resourceIds]}::text[])`;
    for (const row of rows) byResource.get(row.resource_id)?.push({ path: row.path, sha: row.sha });
    return byResource;
  }

  /**
   * Writes a resource's changes in one transaction, with their change-feed entries: documents upserted by
   * (connection, resource, path), so doing it again after a crash cannot duplicate them, and the paths in `remove`
   * deleted (as tombstones in the feed). New documents past the connection's documentLimit are not stored; their
   * paths come back as skipped. A resource deselected meanwhile writes nothing (ResourceDeselectedError).
   */
  async applyChanges(
    target: {
      runId: string;
      lease: string | null;
      connectionId: string;
      documentLimit: number;
      resourceId: string;
      resourceName: string;
      commitSha: string;
      /** Where the provider's change feed stood when the changes were read; saved with them. */
      cursor: string | null;
      /** Saved instead when new documents had to be skipped (the limit): they are read again from there. */
      previousCursor: string | null;
    },
    store: DocumentWrite[],
    remove: string[],
  ): Promise<AppliedChanges> {
    const { runId, lease, connectionId, resourceId, resourceName, commitSha } = target;
    // One write per path (the last one asked for), as upserts one after another would leave it.
    if (new Set(store.map((write) => write.path)).size !== store.length) {
      store = [...new Map(store.map((write) => [write.path, write])).values()];
    }
    if (store.length === 0 && remove.length === 0 && target.cursor === target.previousCursor) {
      // Nothing to write (a warm run that found no change): no transaction, no feed lock. The two checks a write
      // would make still hold the run to its rules: a run taken over stops, a deselected resource is dropped.
      await this.assertWritable(runId, lease, connectionId, resourceId);
      return { added: 0, updated: 0, deleted: 0, skipped: [], range: null };
    }
    return this.prisma.$transaction(
      async (tx) => {
        // The fence: a worker whose run was taken over writes nothing more (and the row lock orders this against
        // the takeover's claim).
        if (lease !== null) {
          const held = await tx.syncRun.updateMany({ where: { id: runId, lease, status: 'RUNNING' }, data: { heartbeatAt: new Date() } });
          if (held.count !== 1) throw new LeaseLostError(runId);
        }
        // The feed's lock first: a selection change of this connection (which takes it first too) has committed
        // before the check below, or waits until this commits and then removes what this wrote.
        await lockFeed(tx, connectionId);
        const selected = await tx.configuredResource.count({ where: { connectionId, providerResourceId: resourceId } });
        if (selected === 0) throw new ResourceDeselectedError(resourceId);

        // Under the feed's lock, no other writer of this connection's documents runs: what is read here stays true
        // until this commits, so new documents are inserted and existing ones updated, by (connection, resource, path).
        const existing = await tx.document.findMany({
          where: { connectionId, resourceId, path: { in: [...store.map((write) => write.path), ...remove] } },
          select: { id: true, path: true },
        });
        const existingIds = new Map(existing.map((row) => [row.path, row.id]));
        const adds = store.filter((write) => !existingIds.has(write.path));
        let room = adds.length;
        if (adds.length > 0) {
          const count = await tx.document.count({ where: { connectionId } });
          room = Math.max(0, target.documentLimit - count);
        }
        const skipped = adds.slice(room).map((write) => write.path);
        const createdIds = await insertDocuments(tx, { connectionId, resourceId, resourceName, commitSha }, adds.slice(0, room));
        const updates = store.flatMap((write) => {
          const id = existingIds.get(write.path);
          return id === undefined ? [] : [{ id, ...write }];
        });
        await updateDocuments(tx, { resourceName, commitSha }, updates);

        // The feed lists the writes in the order they were asked for, then the deletions.
        const changes: Omit<DocumentChange, 'connectionId' | 'position' | 'changedAt'>[] = [];
        for (const { path, sha } of store) {
          const updated = existingIds.get(path);
          const documentId = updated ?? createdIds.get(path);
          if (documentId === undefined) continue; // past the documentLimit
          changes.push({ kind: updated === undefined ? 'ADDED' : 'UPDATED', documentId, resourceId, resourceName, path, sha, runId });
        }
        const removed = remove.flatMap((path) => {
          const id = existingIds.get(path);
          return id === undefined ? [] : [{ id, path }];
        });
        if (removed.length > 0) {
          await tx.document.deleteMany({ where: { id: { in: removed.map((row) => row.id) } } });
          for (const { id, path } of removed) {
            changes.push({ kind: 'DELETED', documentId: id, resourceId, resourceName, path, sha: null, runId });
          }
        }
        const range = await appendChanges(tx, connectionId, changes);
        const cursor = skipped.length > 0 ? target.previousCursor : target.cursor;
        await tx.configuredResource.updateMany({ where: { connectionId, providerResourceId: resourceId }, data: { syncCursor: cursor } });
        return { added: createdIds.size, updated: updates.length, deleted: removed.length, skipped, range };
      },
      { timeout: 120_000, maxWait: 60_000 },
    );
  }

  /** Throws what a write would: LeaseLostError when the run is no longer this worker's, or the resource deselected. */
  private async assertWritable(runId: string, lease: string | null, connectionId: string, resourceId: string): Promise<void> {
    const rows = await this.prisma.$queryRaw<{ held: boolean; selected: boolean }[]>`
      SELECT (${lease}::text IS NULL OR EXISTS (SELECT 1 FROM sync_runs WHERE id = ${runId} AND lease = ${lease}::text AND status = 'RUNNING')) AS held,
        EXISTS (SELECT 1 FROM configured_resources WHERE connection_id = ${connectionId} AND provider_resource_id = ${resourceId}) AS selected`;
    if (rows[0]?.held !== true) throw new LeaseLostError(runId);
    if (!rows[0].selected) throw new ResourceDeselectedError(resourceId);
  }

  /**
   * Within `tx` (a selection change): deletes the documents of resources no longer selected, with their tombstones
   * in the change feed; returns how many went.
   */
  async removeResources(tx: Tx, connectionId: string, resourceIds: readonly string[]): Promise<number> {
    // Before reading what to delete: a sync writing to these resources commits first, or finds them deselected.
    await lockFeed(tx, connectionId);
    if (resourceIds.length === 0) return 0;
    const doomed = await tx.document.findMany({
      where: { connectionId, resourceId: { in: [...resourceIds] } },
      select: { id: true, path: true, resourceId: true, resourceName: true },
      orderBy: { id: 'asc' },
    });
    if (doomed.length === 0) return 0;
    await tx.document.deleteMany({ where: { id: { in: doomed.map((row) => row.id) } } });
    await appendChanges(
      tx,
      connectionId,
      doomed.map((row) => ({
        kind: 'DELETED' as const,
        documentId: row.id,
        resourceId: row.resourceId,
        resourceName: row.resourceName,
        path: row.path,
        sha: null,
        runId: null,
      })),
    );
    return doomed.length;
  }

  /** The connection's document changes after a feed position, in commit order. */
  async changes(connectionId: string, after: bigint | null, limit: number): Promise<DocumentChange[]> {
    return this.prisma.documentChange.findMany({
      where: { connectionId, ...(after !== null ? { position: { gt: after } } : {}) },
      orderBy: { position: 'asc' },
      take: limit,
    });
  }
}

/** Within `tx`: inserts new documents, all in one statement (one array parameter per column); returns their ids by path. */
async function insertDocuments(
  tx: Tx,
  fields: { connectionId: string; resourceId: string; resourceName: string; commitSha: string },
  writes: DocumentWrite[],
): Promise<Map<string, string>> {
  const ids = new Map(writes.map((write) => [write.path, uuidv7()]));
  if (writes.length === 0) return ids;
  const column = <K extends keyof DocumentWrite>(key: K) => writes.map((write) => write[key]);
  await tx.$executeRaw`
    INSERT INTO documents (id, connection_id, resource_id, resource_name, path, sha, size, content, commit_sha, updated_at)
    SELECT u.id, ${fields.connectionId}, ${fields.resourceId}, ${fields.resourceName}, u.path, u.sha, u.size, u.content,
      ${fields.commitSha}, ${new Date()}::timestamp(3)
    FROM unnest(${[...ids.values()]}::text[], ${column('path')}::text[], ${column('sha')}::text[], ${column('size')}::integer[],
      ${column('content')}::text[]) AS u (id, path, sha, size, content)`;
  return ids;
}

/** Within `tx`: new content for existing documents, all in one statement (one array parameter per column). */
async function updateDocuments(
  tx: Tx,
  fields: { resourceName: string; commitSha: string },
  writes: (DocumentWrite & { id: string })[],
): Promise<void> {
  if (writes.length === 0) return;
  const column = <K extends keyof (DocumentWrite & { id: string })>(key: K) => writes.map((write) => write[key]);
  await tx.$executeRaw`
    UPDATE documents AS d
    SET sha = u.sha, size = u.size, content = u.content, commit_sha = ${fields.commitSha},
        resource_name = ${fields.resourceName}, updated_at = ${new Date()}::timestamp(3)
    FROM unnest(${column('id')}::text[], ${column('sha')}::text[], ${column('size')}::integer[], ${column('content')}::text[])
      AS u (id, sha, size, content)
    WHERE d.id = u.id`;
}

/** Takes the lock of the connection's change feed (no position): held until the transaction ends. */
async function lockFeed(tx: Tx, connectionId: string): Promise<void> {
  await takePositions(tx, feedScopes.documentChanges(connectionId), 0);
}

async function appendChanges(
  tx: Tx,
  connectionId: string,
  changes: Omit<DocumentChange, 'connectionId' | 'position' | 'changedAt'>[],
): Promise<ChangeRange | null> {
  if (changes.length === 0) return null;
  const first = await takePositions(tx, feedScopes.documentChanges(connectionId), changes.length);
  // One statement, one array parameter per column: the n-th change takes position first + n - 1.
  const column = <K extends keyof (typeof changes)[number]>(key: K) => changes.map((change) => change[key]);
  await tx.$executeRaw`
    INSERT INTO document_changes (connection_id, position, kind, document_id, resource_id, resource_name, path, sha, run_id)
    SELECT ${connectionId}, ${first}::bigint + u.n - 1, u.kind::"DocumentChangeKind", u.document_id, u.resource_id,
      u.resource_name, u.path, u.sha, u.run_id
    FROM unnest(${column('kind')}::text[], ${column('documentId')}::text[], ${column('resourceId')}::text[],
      ${column('resourceName')}::text[], ${column('path')}::text[], ${column('sha')}::text[], ${column('runId')}::text[])
      WITH ORDINALITY AS u (kind, document_id, resource_id, resource_name, path, sha, run_id, n)`;
  return { from: first, to: first + BigInt(changes.length - 1) };
}

function documentWhere({ connectionId, resourceId }: DocumentScope) {
  return { connectionId, ...(resourceId !== undefined ? { resourceId } : {}) };
}
