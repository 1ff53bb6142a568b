-- Providers are identified by the ids their manifests declare (src/providers/<name>/manifest.ts), stored as text,
-- so adding a provider needs no migration. The stored values stay as they are (the index follows the new type).
ALTER TABLE "connections" ALTER COLUMN "provider" TYPE TEXT USING "provider"::text;
ALTER TABLE "webhook_deliveries" ALTER COLUMN "provider" TYPE TEXT USING "provider"::text;
DROP TYPE "Provider";
