-- Providers with a change feed (Google Drive, Gmail): each configured resource keeps where the feed stood at its
-- last complete sync; runs record the files they did not sync and why; a connection's push subscription (a Drive
-- channel, a Gmail watch) is stored to be verified, renewed and ended.
ALTER TABLE "configured_resources" ADD COLUMN "sync_cursor" TEXT;

ALTER TABLE "sync_runs" ADD COLUMN "skipped_files" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "push_subscriptions" (
    "connection_id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "subscription_id" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "token_sealed" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "push_subscriptions_pkey" PRIMARY KEY ("connection_id")
);

-- CreateIndex
CREATE INDEX "push_subscriptions_provider_subscription_id_idx" ON "push_subscriptions"("provider", "subscription_id");

-- CreateIndex
CREATE INDEX "push_subscriptions_expires_at_idx" ON "push_subscriptions"("expires_at");

-- AddForeignKey
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "connections"("id") ON DELETE CASCADE ON UPDATE CASCADE;
