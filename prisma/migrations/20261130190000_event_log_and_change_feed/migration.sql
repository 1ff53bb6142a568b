-- The event log (an outbox written in the transaction of each change), the document change feed, and the
-- positions both are read by, handed out in commit order; connections can be deleted with their documents kept,
-- and stop adding documents past a limit.
-- CreateEnum
CREATE TYPE "DocumentChangeKind" AS ENUM ('ADDED', 'UPDATED', 'DELETED');

-- AlterEnum
ALTER TYPE "ConnectionStatus" ADD VALUE 'DELETED';

-- AlterTable
ALTER TABLE "connections" ADD COLUMN     "deleted_at" TIMESTAMP(3),
ADD COLUMN     "document_limit" INTEGER NOT NULL DEFAULT 10000;

-- AlterTable
ALTER TABLE "sync_runs" ADD COLUMN     "documents_skipped" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "feed_positions" (
    "scope" TEXT NOT NULL,
    "position" BIGINT NOT NULL,

    CONSTRAINT "feed_positions_pkey" PRIMARY KEY ("scope")
);

-- CreateTable
CREATE TABLE "events" (
    "id" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "connection_id" TEXT,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_changes" (
    "connection_id" TEXT NOT NULL,
    "position" BIGINT NOT NULL,
    "kind" "DocumentChangeKind" NOT NULL,
    "document_id" TEXT NOT NULL,
    "resource_id" TEXT NOT NULL,
    "resource_name" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "sha" TEXT,
    "run_id" TEXT,
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_changes_pkey" PRIMARY KEY ("connection_id","position")
);

-- CreateIndex
CREATE INDEX "events_created_at_idx" ON "events"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "events_organization_id_position_key" ON "events"("organization_id", "position");

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_changes" ADD CONSTRAINT "document_changes_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "connections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

