import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../src/config.js';
import { DEFAULT_WEB_ROOT } from '../../src/http/web-bundle.js';
import { newestChange } from './newest-change.js';

const WEB_SOURCES = path.join(PROJECT_ROOT, 'web');
const PAGES = ['playground', 'explorer'];

/** True when the bundle has every page and is newer than the web sources and the lock file. */
function bundleIsFresh(webRoot: string): boolean {
  const pages = PAGES.map((page) => path.join(webRoot, page, 'index.html'));
  if (!pages.every((page) => existsSync(page))) return false;
  const built = Math.min(...pages.map((page) => statSync(page).mtimeMs));
  const inputs = Math.max(
    newestChange(WEB_SOURCES),
    statSync(path.join(PROJECT_ROOT, 'package-lock.json')).mtimeMs,
  );
  return built >= inputs;
}

/**
 * Makes sure dist/web holds a bundle built from the current web sources,
 * building it with Vite's API when it is missing or stale. The build goes to
 * a fresh folder that then replaces dist/web, so a server reading the old
 * bundle never sees a half-written one.
 */
export async function ensureWebBundle(webRoot: string = DEFAULT_WEB_ROOT): Promise<string> {
  if (bundleIsFresh(webRoot)) return webRoot;
  const staging = `${webRoot}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  await build({
    configFile: path.join(WEB_SOURCES, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: staging, emptyOutDir: true },
  });
  const retired = `${webRoot}.retired-${process.pid}`;
  if (existsSync(webRoot)) renameSync(webRoot, retired);
  renameSync(staging, webRoot);
  rmSync(retired, { recursive: true, force: true });
  return webRoot;
}
