import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useBrowserOnSeededService } from '../helpers/browser-on-seeded-service.js';
import { playgroundResponse } from '../helpers/page-hooks.js';

interface Citation {
  basis: string;
  lines: string;
  readerPath: string | null;
}

// One click from a fact in a playground result to the sentence behind it: the
// citations a result holds are listed under the response as links to the
// source reader, which opens with exactly the cited lines highlighted.
describe('playground citations in a browser', { timeout: 180_000 }, () => {
  const seeded = useBrowserOnSeededService();
  let context: BrowserContext;
  const pageErrors: string[] = [];

  afterAll(async () => {
    await context?.close();
  });

  /**
   * The playground in a context of its own: GraphiQL keeps its tabs and open
   * sidebar in the browser's storage, which must not carry over between tests.
   */
  async function openPlayground(): Promise<Page> {
    context = await seeded.browser.newContext({ viewport: { width: 1440, height: 900 } });
    context.setDefaultTimeout(90_000);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${seeded.api.url}/playground`);
    return page;
  }

  async function runExample(name: string): Promise<Page> {
    const page = await openPlayground();
    await page.locator('[aria-label="Show Analyst queries"]').click();
    await page.locator(`[data-example="${name}"]`).click();
    await page.locator('[aria-label="Operation Editor"]', { hasText: name }).waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() =>
      (globalThis as unknown as { __playground?: { responseText(): string } }).__playground
        ?.responseText()
        .includes('"readerPath"'),
    );
    return page;
  }

  /** The numbers of the highlighted lines of a reader page. */
  const citedLines = (page: Page) =>
    page
      .locator('li.cited')
      .evaluateAll((items) => items.map((item) => (item as unknown as { id: string }).id));

  it('lists every citation of a result as a link to its highlighted lines', async () => {
    const page = await runExample('FactSources');
    const response = JSON.parse(await playgroundResponse(page)) as {
      data: { project: { sources: Citation[] }; provenance: Citation[] };
    };
    const inResult = [...response.data.project.sources, ...response.data.provenance];
    expect(inResult.length).toBeGreaterThan(2);
    const links = page.locator('.result-citations a');
    await links.first().waitFor();
    // One link per citation, each to the reader address the API gave.
    const hrefs = await links.evaluateAll((anchors) =>
      anchors.map((anchor) =>
        (anchor as unknown as { getAttribute(name: string): string }).getAttribute('href'),
      ),
    );
    expect(hrefs).toEqual(inResult.map((citation) => citation.readerPath));
    // An interpretation says so next to its link.
    const inferred = inResult.filter((citation) => citation.basis === 'INFERRED').length;
    expect(inferred).toBeGreaterThan(0);
    expect(await page.locator('.result-citations-inferred').count()).toBe(inferred);
    await context.close();
  });

  it('opens the reader on the cited sentence of a relationship', async () => {
    const page = await runExample('FactSources');
    const item = page.locator('.result-citations li', { hasText: 'data.provenance[0]' });
    const link = item.locator('a');
    expect(await link.innerText()).toContain('lines 84');
    const [reader] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await reader.waitForLoadState();
    expect(new URL(reader.url()).pathname).toBe('/sources/eusbsr-pa-secure-page');
    expect(new URL(reader.url()).hash).toBe('#L84');
    await reader.locator('li.cited').first().waitFor();
    expect(await citedLines(reader)).toEqual(['L84']);
    expect(await reader.locator('#L84').innerText()).toContain('Latvia');
    await reader.close();
    await context.close();
  });

  it('keeps an example clicked while the query editor is still loading', async () => {
    // The editor's code arrives late on a slow connection: hold it back until
    // the example has been clicked. Clicking then must still open the example.
    let releaseEditor = () => {};
    const editorHeld = new Promise<void>((resolve) => (releaseEditor = resolve));
    context = await seeded.browser.newContext({ viewport: { width: 1440, height: 900 } });
    context.setDefaultTimeout(90_000);
    await context.route(/\/assets\/monaco-editor-[^/]*\.js$/, async (route) => {
      await editorHeld;
      await route.continue();
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${seeded.api.url}/playground`);
    await page.locator('[aria-label="Show Analyst queries"]').click();
    const example = page.locator('[data-example="FactSources"]');
    await example.waitFor();
    // The click lands at once, or waits while the entry says it cannot yet act.
    const clicked = example.click();
    await Promise.race([clicked, new Promise((resolve) => setTimeout(resolve, 1_000))]);
    releaseEditor();
    await clicked;
    await page.locator('[aria-label="Operation Editor"]', { hasText: 'FactSources' }).waitFor();
    await context.close();
  });

  it('shows no citation list for a result without citations', async () => {
    const page = await openPlayground();
    await page.locator('[aria-label="Operation Editor"]', { hasText: 'SharedPartners' }).waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() =>
      (globalThis as unknown as { __playground?: { responseText(): string } }).__playground
        ?.responseText()
        .includes('sharedPartners'),
    );
    expect(await page.locator('.result-citations').count()).toBe(0);
    await context.close();
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
