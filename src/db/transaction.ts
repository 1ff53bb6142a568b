// One database transaction across modules' storages (a new selection and the sync run it queues commit together).
// Services hold a `Transact` and hand its `Tx` to the storage methods that take one; only storages use it.
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';

export type Tx = Prisma.TransactionClient;

export type Transact = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

export function transactor(prisma: PrismaClient): Transact {
  // Generous: a selection change may wait for a sync of the same connection to commit its writes first.
  return (work) => prisma.$transaction(work, { timeout: 120_000, maxWait: 60_000 });
}
