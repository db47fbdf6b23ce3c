import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, which the browser tests drive (CI installs the `chromium` package). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

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
  if (!existsSync(CHROMIUM_PATH)) {
    return new Error(
      `Chromium is missing: ${CHROMIUM_PATH} does not exist. The browser tests need Debian's ` +
        '"chromium" package (apt-get install -y chromium); .ci/run installs it.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
