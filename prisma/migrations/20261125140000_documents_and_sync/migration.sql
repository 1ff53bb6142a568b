-- AlterEnum
ALTER TYPE "SyncRunStatus" ADD VALUE 'PARTIAL';

-- AlterTable
ALTER TABLE "sync_runs" ADD COLUMN     "failures" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "scope" JSONB;

-- CreateTable
CREATE TABLE "documents" (
    "id" TEXT NOT NULL,
    "connection_id" TEXT NOT NULL,
    "resource_id" TEXT NOT NULL,
    "resource_name" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "sha" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "commit_sha" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" TEXT NOT NULL,
    "provider" "Provider" NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "documents_connection_id_resource_id_path_key" ON "documents"("connection_id", "resource_id", "path");

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "connections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

