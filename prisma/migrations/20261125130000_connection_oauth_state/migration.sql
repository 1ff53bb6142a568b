-- AlterTable
ALTER TABLE "connections" ADD COLUMN     "oauth_state_expires_at" TIMESTAMP(3),
ADD COLUMN     "oauth_state_hash" TEXT,
ADD COLUMN     "redirect_url" TEXT;

