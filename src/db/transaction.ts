// One database transaction across modules' storages (a new selection and the sync run it queues commit together).
// Services hold a `Transact` and hand its `Tx` to the storage methods that take one; only storages use it.
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';

export type Tx = Prisma.TransactionClient;

export type Transact = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

export function transactor(prisma: PrismaClient): Transact {
  return (work) => prisma.$transaction(work);
}
