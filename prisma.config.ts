// Prisma CLI configuration: the JS (WebAssembly) schema engine over the PGlite driver adapter, so the CLI
// never needs the native engines it would otherwise download. Used by `prisma generate` and `migrate diff`;
// the gateway applies migrations itself (src/db/migrate.ts).
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { defineConfig, type PrismaConfig } from 'prisma/config';

type AdapterFactory = Awaited<ReturnType<Extract<PrismaConfig, { engine: 'js' }>['adapter']>>;

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  // The adapter's declarations lag Prisma 6.19 (see src/db/database.ts); its run-time format matches.
  adapter: () => Promise.resolve(new PrismaPGlite(new PGlite()) as unknown as AdapterFactory),
});
