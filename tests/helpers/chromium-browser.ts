import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The Chromium the browser tests drive: Debian's `chromium` package unless
 * CHROMIUM_PATH names another build (CI installs the package).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The one line `npm test` prints, before anything runs, on a machine without it. */
export function chromiumMissing(executable: string = CHROMIUM_PATH): string | undefined {
  if (existsSync(executable)) return undefined;
  return (
    `Chromium is missing (${executable}), which the browser tests drive: ` +
    'install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.'
  );
}

/**
 * Headless, offline-friendly flags: no sandbox (containers), no GPU (WebGL
 * falls back to SwiftShader, which `--enable-unsafe-swiftshader` allows), and
 * none of Chromium's own network chatter.
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Chromium for the browser tests, or returns why it cannot. A missing
 * browser must fail every browser test with this message, never skip them:
 * the tests must run everywhere the suite runs.
 */
export async function launchChromium(): Promise<Browser | Error> {
  const missing = chromiumMissing();
  if (missing) return new Error(missing);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
