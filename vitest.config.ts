import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql module for the whole test process: Node loads graphql's
    // CommonJS entry for Apollo and type-graphql, so our code must load the
    // same file, or `instanceof` checks inside graphql fail across copies.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // One throwaway Neo4j for the whole run; started here, stopped at the end even on failure.
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Integration files reset and reseed the one database, so files run one after another.
    fileParallelism: false,
    // Bounds on waits (JVM starts, browsers), not speed checks: generous for a busy machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
