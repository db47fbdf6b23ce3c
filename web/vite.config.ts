// Builds the playground and the network explorer into dist/web/: two HTML
// pages and hashed assets under /assets/, everything bundled from npm so the
// pages load nothing from other hosts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    // Monaco (GraphiQL's editor) is large by nature; the warning would say nothing new.
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      // React libraries mark modules "use client"; that means nothing in a plain bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        playground: fileURLToPath(new URL('./playground/index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('./explorer/index.html', import.meta.url)),
      },
    },
  },
  worker: { format: 'es' },
});
