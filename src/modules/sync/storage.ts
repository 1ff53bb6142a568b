// Sync runs and synced documents: the only place that reads or writes the sync_runs and documents tables.
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
  async queueRun(tx: Tx, connectionId: string, trigger: SyncTrigger, scope: SyncScope | null): Promise<SyncRun> {
    const queued = await tx.syncRun.findFirst({ where: { connectionId, status: 'QUEUED' }, orderBy: { createdAt: 'asc' } });
    if (!queued) {
      return tx.syncRun.create({ data: { connectionId, trigger, ...(scope ? { scope: { resourceId: scope.resourceId } } : {}) } });
    }
    const current = queued.scope as SyncScope | null;
    const covers = current === null || (scope !== null && scope.resourceId === current.resourceId);
    if (covers) return queued;
    return tx.syncRun.update({ where: { id: queued.id }, data: { scope: Prisma.DbNull } });
  }

  async queue(connectionId: string, trigger: SyncTrigger, scope: SyncScope | null): Promise<SyncRun> {
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
    result: {
      status: 'SUCCEEDED' | 'PARTIAL' | 'FAILED';
      added: number;
      updated: number;
      deleted: number;
      failures: unknown[];
      error: string | null;
    },
  ): Promise<SyncRun> {
    return this.prisma.syncRun.update({
      where: { id: runId },
      data: {
        status: result.status,
        finishedAt: new Date(),
        documentsAdded: result.added,
        documentsUpdated: result.updated,
        documentsDeleted: result.deleted,
        failures: result.failures as Prisma.InputJsonValue,
        error: result.error,
      },
    });
  }

  /** A run whose worker failed outright: back to the queue for a retry, or FAILED after the last attempt. */
  async abandon(runId: string, { lastAttempt, reason }: { lastAttempt: boolean; reason: string }): Promise<void> {
    await this.prisma.syncRun.update({
      where: { id: runId },
      data: lastAttempt ? { status: 'FAILED', finishedAt: new Date(), error: reason } : { status: 'QUEUED', startedAt: null },
    });
  }

  async queuedCount(connectionId: string): Promise<number> {
    return this.prisma.syncRun.count({ where: { connectionId, status: 'QUEUED' } });
  }

  /**
   * Claims the connection's run for this worker: an abandoned RUNNING one (started before `staleBefore`), or the
   * oldest QUEUED one unless another worker is running one right now. The status change is a compare-and-set, so
   * of two workers only one wins.
   */
  async claim(connectionId: string, staleBefore: Date): Promise<SyncRun | null> {
    const running = await this.prisma.syncRun.findFirst({ where: { connectionId, status: 'RUNNING' }, orderBy: { createdAt: 'asc' } });
    const candidate = running
      ? running.startedAt && running.startedAt < staleBefore
        ? running
        : null
      : await this.prisma.syncRun.findFirst({ where: { connectionId, status: 'QUEUED' }, orderBy: { createdAt: 'asc' } });
    if (!candidate) return null;
    const claimed = await this.prisma.syncRun.updateMany({
      where: { id: candidate.id, status: candidate.status, startedAt: candidate.startedAt },
      data: { status: 'RUNNING', startedAt: new Date() },
    });
    return claimed.count === 1 ? candidate : null;
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
    target: { connectionId: string; resourceId: string; resourceName: string; commitSha: string },
    store: DocumentWrite[],
    remove: string[],
  ): Promise<void> {
    const { connectionId, resourceId, resourceName, commitSha } = target;
    await this.prisma.$transaction(async (tx) => {
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
