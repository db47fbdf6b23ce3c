import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowserOnSeededService } from '../helpers/browser-on-seeded-service.js';
import { clickOrganisation, waitForExplorerLayout } from '../helpers/page-hooks.js';

// One click from a fact in the explorer to the sentence behind it: the panel's
// citation opens the source reader with exactly the cited lines highlighted,
// under a policy that allows nothing but this origin's script and style.
describe('source reader in a browser', { timeout: 180_000 }, () => {
  const seeded = useBrowserOnSeededService();
  let context: BrowserContext;
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    context = await seeded.browser.newContext({ viewport: { width: 1440, height: 900 } });
    context.setDefaultTimeout(90_000);
    context.on('request', (request) => {
      if (!request.url().startsWith(`${seeded.api.url}/`) && !/^(data|blob):/.test(request.url())) {
        foreignRequests.push(request.url());
      }
    });
  });

  afterAll(async () => {
    await context?.close();
  });

  async function open(pathAndHash: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${seeded.api.url}${pathAndHash}`);
    return page;
  }

  /** The numbers of the highlighted lines of a reader page. */
  const citedLines = (page: Page) =>
    page
      .locator('li.cited')
      .evaluateAll((items) => items.map((item) => (item as unknown as { id: string }).id));

  it('goes from an organisation’s citation in the explorer to its highlighted lines', async () => {
    const explorer = await open('/explorer');
    await waitForExplorerLayout(explorer);
    await clickOrganisation(explorer, 'hamburg-fire-rescue-service');
    const panel = explorer.locator('[data-panel="organisation"]');
    const link = panel.locator('.sources a', { hasText: 'lines 94, 107, 120' });
    const [reader] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await reader.waitForLoadState();
    expect(new URL(reader.url()).pathname).toBe('/sources/eusbsr-pa-secure-page');
    expect(new URL(reader.url()).hash).toBe('#L94,L107,L120');
    await reader.locator('li.cited').first().waitFor();
    expect(await citedLines(reader)).toEqual(['L94', 'L107', 'L120']);
    expect(await reader.locator('#L94').innerText()).toContain('Hamburg Fire and Rescue Service');
    await explorer.close();
    await reader.close();
  });

  it('highlights a range, follows a changed address, and serves under a strict policy', async () => {
    const response = await context.request.get(`${seeded.api.url}/sources/eusbsr-pa-secure-page`);
    expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    const page = await open('/sources/eusbsr-pa-secure-page#L31-L33');
    await page.locator('li.cited').first().waitFor();
    expect(await citedLines(page)).toEqual(['L31', 'L32', 'L33']);
    await page.evaluate("window.location.hash = '#L80'");
    await page.waitForFunction("document.querySelectorAll('li.cited').length === 1");
    expect(await citedLines(page)).toEqual(['L80']);
    expect(await page.locator('li').count()).toBe(160);
    await page.close();
  });

  it('shows page text as text, and answers 404 for an unknown source', async () => {
    const missing = await context.request.get(`${seeded.api.url}/sources/no-such-source`);
    expect(missing.status()).toBe(404);
    const odd = await context.request.get(`${seeded.api.url}/sources/%3Cscript%3E`);
    expect(odd.status()).toBe(404);
  });

  it('loaded nothing from other hosts and raised no script errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
