import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 has no "exports" map: Node loads its CommonJS build, while Vite would pick the ESM one through
    // "module". Two copies break `instanceof GraphQLError` between our code and yoga's, so use Node's choice.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    // Unit tests sit beside the pure code they test (src/**/*.test.ts); the integration suites are under test/.
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    // Missing prerequisites (Chromium, the picker build, PostgreSQL) stop the run before any suite starts.
    globalSetup: ['test/globalSetup.ts'],
    // Suites start real databases and gateway processes; two cores run two files at a time.
    // Sized for a busy 2-core machine (a suite beside two CPU-bound processes): a timeout guards against a hang,
    // not against slowness. Tests that start processes or a browser set their own, longer ones.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
