import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // SWC compiles the type-graphql decorators with their metadata, as tsc does for the build.
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
    }),
  ],
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
