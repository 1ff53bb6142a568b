// Sync runs and synced documents: the only place that reads or writes the sync_runs and documents tables.
import { randomUUID } from 'node:crypto';
import type { Document, PrismaClient, SyncRun } from '../../generated/prisma/client.js';
import { Prisma } from '../../generated/prisma/client.js';
import { SyncRunStatus, SyncTrigger } from '../../generated/prisma/enums.js';
import type { Tx } from '../../db/transaction.js';
import type { IdPage } from '../../lib/idPage.js';

export type { Document, SyncRun };
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
  constructor(private readonly prisma: PrismaClient) {}

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

  /** Marks the run RUNNING now; returns it with its connection. */
  async start(runId: string) {
    return this.prisma.syncRun.update({
      where: { id: runId },
      data: { status: 'RUNNING', startedAt: new Date(), finishedAt: null, error: null },
      include: { connection: true },
    });
  }

  async finish(
    runId: string,
    /** The claiming worker's lease (null for a run started directly): the run is finished only while it holds. */
    lease: string | null,
    result: {
      status: 'SUCCEEDED' | 'PARTIAL' | 'FAILED';
      added: number;
      updated: number;
      deleted: number;
      failures: unknown[];
      error: string | null;
    },
  ): Promise<SyncRun> {
    const finished = await this.prisma.syncRun.updateMany({
      where: { id: runId, ...(lease !== null ? { lease, status: 'RUNNING' as const } : {}) },
      data: {
        status: result.status,
        finishedAt: new Date(),
        documentsAdded: result.added,
        documentsUpdated: result.updated,
        documentsDeleted: result.deleted,
        failures: result.failures as Prisma.InputJsonValue,
        error: result.error,
        lease: null,
      },
    });
    if (finished.count !== 1) throw new LeaseLostError(runId);
    return this.prisma.syncRun.findUniqueOrThrow({ where: { id: runId } });
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

  async documentCount(scope: DocumentScope): Promise<number> {
    return this.prisma.document.count({ where: documentWhere(scope) });
  }

  async content(documentId: string): Promise<string> {
    return (await this.prisma.document.findUniqueOrThrow({ where: { id: documentId }, select: { content: true } })).content;
  }

  /** The paths and content hashes stored for a resource. */
  async stored(connectionId: string, resourceId: string): Promise<{ path: string; sha: string }[]> {
    return this.prisma.document.findMany({ where: { connectionId, resourceId }, select: { path: true, sha: true } });
  }

  /**
   * Writes a resource's changes in one transaction: documents upserted by (connection, resource, path), so doing it
   * again after a crash cannot duplicate them, and the paths in `remove` deleted.
   */
  async applyChanges(
    target: { runId: string; lease: string | null; connectionId: string; resourceId: string; resourceName: string; commitSha: string },
    store: DocumentWrite[],
    remove: string[],
  ): Promise<void> {
    const { runId, lease, connectionId, resourceId, resourceName, commitSha } = target;
    await this.prisma.$transaction(async (tx) => {
      // The fence: a worker whose run was taken over writes nothing more (and the row lock orders this against
      // the takeover's claim).
      if (lease !== null) {
        const held = await tx.syncRun.updateMany({ where: { id: runId, lease, status: 'RUNNING' }, data: { heartbeatAt: new Date() } });
        if (held.count !== 1) throw new LeaseLostError(runId);
      }
      for (const { path, ...content } of store) {
        const fields = { ...content, commitSha, resourceName };
        await tx.document.upsert({
          where: { connectionId_resourceId_path: { connectionId, resourceId, path } },
          create: { connectionId, resourceId, path, ...fields },
          update: fields,
        });
      }
      if (remove.length > 0) await tx.document.deleteMany({ where: { connectionId, resourceId, path: { in: remove } } });
    });
  }
}

function documentWhere({ connectionId, resourceId }: DocumentScope) {
  return { connectionId, ...(resourceId !== undefined ? { resourceId } : {}) };
}
