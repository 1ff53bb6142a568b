-- A running sync holds a lease: the worker that claimed it renews heartbeat_at every few seconds, and every write
-- of the run checks the lease is still its own. A run whose heartbeat stopped (its worker died) is taken over
-- within a minute instead of after the job timeout; a worker that lost its lease stops writing.
ALTER TABLE "sync_runs" ADD COLUMN "lease" TEXT;
ALTER TABLE "sync_runs" ADD COLUMN "heartbeat_at" TIMESTAMP(3);
CREATE INDEX "sync_runs_status_heartbeat_at_idx" ON "sync_runs"("status", "heartbeat_at");
