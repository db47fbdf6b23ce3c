import type { BrowserContext, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowserOnSeededService } from '../helpers/browser-on-seeded-service.js';
import { explorerState, waitForExplorerLayout } from '../helpers/page-hooks.js';

/**
 * The explorer where only trusted documents run for anonymous callers
 * (TRUSTED_DOCUMENTS=only): it loads, searches and draws the network with
 * every operation sent by its hash as a GET, and none is refused.
 */
describe('the explorer with TRUSTED_DOCUMENTS=only', { timeout: 300_000 }, () => {
  const seeded = useBrowserOnSeededService({
    service: () => ({ trustedDocuments: { mode: 'only', playgroundFree: false } }),
  });
  let context: BrowserContext;

  beforeAll(async () => {
    context = await seeded.browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Waits, not performance limits: a busy 2-core machine renders slowly.
    context.setDefaultTimeout(120_000);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('refuses a free document from an anonymous caller (the mode is on)', async () => {
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organisations(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('FREE_DOCUMENT_REFUSED');
  });

  it('loads, draws the network and searches, every operation by its hash', async () => {
    const page = await context.newPage();
    const sent: Request[] = [];
    const refusals: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') sent.push(request);
    });
    page.on('response', async (response) => {
      if (new URL(response.url()).pathname !== '/graphql') return;
      const text = await response.text().catch(() => '');
      if (response.status() !== 200 || text.includes('"errors"')) {
        refusals.push(`${response.status()} ${text.slice(0, 200)}`);
      }
    });

    await page.goto(`${seeded.api.url}/explorer`);
    await waitForExplorerLayout(page);
    const drawn = await explorerState(page);
    expect(drawn.order).toBeGreaterThan(10);
    expect(drawn.size).toBeGreaterThan(10);

    const search = page.getByRole('combobox', { name: 'Search organisations and projects' });
    await search.fill('Hamburg Fire');
    await page
      .locator('.search-hits button', { hasText: 'Hamburg Fire and Rescue Service' })
      .click();
    const organisation = page.locator('[data-panel="organisation"]');
    await organisation.locator('h2', { hasText: 'Hamburg Fire and Rescue Service' }).waitFor();
    expect((await explorerState(page)).selection).toMatchObject({
      kind: 'organisation',
      id: 'hamburg-fire-rescue-service',
    });

    expect(refusals).toEqual([]);
    expect(sent.length).toBeGreaterThan(2);
    for (const request of sent) {
      const url = new URL(request.url());
      expect(request.method(), url.search).toBe('GET');
      expect(url.searchParams.has('query'), url.search).toBe(false);
      const extensions = JSON.parse(url.searchParams.get('extensions') ?? '{}') as {
        persistedQuery?: { sha256Hash?: string };
      };
      expect(extensions.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    }
    // The search itself went by hash too.
    expect(
      sent.some((request) =>
        (new URL(request.url()).searchParams.get('variables') ?? '').includes('Hamburg Fire'),
      ),
    ).toBe(true);
    await page.close();
  });
});
