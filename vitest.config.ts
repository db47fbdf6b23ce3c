import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One throwaway Neo4j for the whole run; started here, stopped at the end even on failure.
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Integration files reset and reseed the one database, so files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
