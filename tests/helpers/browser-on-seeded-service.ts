import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import type { ServiceOptions } from '../../src/server.js';
import { launchChromium } from './chromium-browser.js';
import { openTestGraph, resetAndSeed } from './test-graph.js';
import { startTestService, type TestService } from './test-service.js';
import { ensureWebBundle } from './web-bundle-build.js';
import { setUpValue } from './set-up-value.js';

/** Chromium and the seeded service of a browser test file, once its `beforeAll` has run. */
export interface BrowserOnSeededService {
  readonly browser: Browser;
  readonly api: TestService;
  readonly graph: GraphClient;
}

/**
 * Registers the set-up a browser test file shares: Chromium, a fresh web
 * bundle, the seeded graph and the service on it, all closed after the file.
 * Without Chromium every test fails with why, never skips. `service`: options
 * of the service over the test defaults (e.g. a trusted-documents mode).
 */
export function useBrowserOnSeededService(
  options: { service?: () => Partial<Omit<ServiceOptions, 'graph'>> } = {},
): BrowserOnSeededService {
  let browser: Browser | undefined;
  let api: TestService | undefined;
  let graph: GraphClient | undefined;
  let missingBrowser: Error | undefined;

  beforeAll(async () => {
    const launched = await launchChromium();
    if (launched instanceof Error) {
      missingBrowser = launched;
      return;
    }
    browser = launched;
    await ensureWebBundle();
    graph = openTestGraph();
    await resetAndSeed(graph);
    api = await startTestService(graph, options.service?.());
  });

  beforeEach(() => {
    if (missingBrowser) throw missingBrowser;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await graph?.driver.close();
  });

  return {
    get browser() {
      return setUpValue(browser, 'the browser');
    },
    get api() {
      return setUpValue(api, 'the service');
    },
    get graph() {
      return setUpValue(graph, 'the graph');
    },
  };
}
