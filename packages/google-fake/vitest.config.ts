// The fake's own tests, run alone (`npm test --workspace @connections-gateway/google-fake`); the root config
// runs them too, with the gateway's suites.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
