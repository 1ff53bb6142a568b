// Asking for a sync: at most one run per connection waits in the queue at a time, so a request made while one
// is queued joins it (widening its scope to the whole connection when they differ). The worker is told about
// the run through the gateway's job queue.
import { Prisma, type SyncRun } from '../generated/prisma/client.js';
import type { SyncTrigger } from '../generated/prisma/enums.js';
import type { Gateway } from '../services/gateway.js';
import type { SyncScope } from './runSync.js';

type Transaction = Prisma.TransactionClient;

/** Within a transaction: the queued run of the connection, created or widened to cover `scope`. */
export async function queueRun(tx: Transaction, connectionId: string, trigger: SyncTrigger, scope: SyncScope | null): Promise<SyncRun> {
  const queued = await tx.syncRun.findFirst({ where: { connectionId, status: 'QUEUED' }, orderBy: { createdAt: 'asc' } });
  if (!queued) {
    return tx.syncRun.create({ data: { connectionId, trigger, ...(scope ? { scope: scope as unknown as Prisma.InputJsonValue } : {}) } });
  }
  const current = queued.scope as SyncScope | null;
  const covers = current === null || (scope !== null && scope.resourceId === current.resourceId);
  if (covers) return queued;
  return tx.syncRun.update({ where: { id: queued.id }, data: { scope: Prisma.DbNull } });
}

/** Queues a sync of the connection (joining one already queued) and wakes a worker for it. */
export async function requestSync(gateway: Gateway, connectionId: string, trigger: SyncTrigger, scope: SyncScope | null): Promise<SyncRun> {
  const run = await gateway.prisma.$transaction((tx) => queueRun(tx, connectionId, trigger, scope));
  await gateway.syncQueue.notify(connectionId);
  return run;
}
