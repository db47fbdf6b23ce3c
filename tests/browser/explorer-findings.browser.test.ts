import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowserOnSeededService } from '../helpers/browser-on-seeded-service.js';
import { clickOrganisation, waitForExplorerLayout } from '../helpers/page-hooks.js';

/** The colour each drawn organisation has, by id. */
function nodeColours(page: Page): Promise<Record<string, string>> {
  return page.evaluate(`(() => {
    const graph = window.__explorer && window.__explorer.sigma && window.__explorer.sigma.getGraph();
    const colours = {};
    if (graph) graph.forEachNode((id, attributes) => { colours[id] = attributes.color; });
    return colours;
  })()`) as Promise<Record<string, string>>;
}

// What an analyst found off in the explorer: counts of roles shown as counts of
// projects and partners, and country colours that changed with the filter.
describe('explorer counts and colours', { timeout: 300_000 }, () => {
  const seeded = useBrowserOnSeededService();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await seeded.browser.newContext({ viewport: { width: 1440, height: 900 } });
    // Waits, not performance limits: a busy 2-core machine renders slowly.
    context.setDefaultTimeout(120_000);
  });

  afterAll(async () => {
    await context?.close();
  });

  async function openExplorer(query = ''): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${seeded.api.url}/explorer${query}`);
    await waitForExplorerLayout(page);
    return page;
  }

  it('counts an organisation’s projects and a project’s partners, not their roles', async () => {
    const page = await openExplorer();
    await clickOrganisation(page, 'hamburg-fire-rescue-service');
    const organisation = page.locator('[data-panel="organisation"]');
    await organisation.locator('h2', { hasText: 'Hamburg Fire and Rescue Service' }).waitFor();
    const projectRows = await organisation.locator('[data-list="projects"] li').count();
    expect(projectRows).toBeGreaterThan(0);
    const projectCount = organisation.locator('h3', { hasText: 'Projects' }).locator('.count');
    expect(Number(await projectCount.innerText())).toBe(projectRows);

    await organisation
      .locator('[data-list="projects"] button', { hasText: 'From Gaps to Caps' })
      .click();
    const project = page.locator('[data-panel="project"]');
    await project.locator('h2', { hasText: 'From Gaps to Caps' }).waitFor();
    const partnerRows = await project.locator('[data-list="partners"] li').allInnerTexts();
    const partnerCount = project.locator('h3', { hasText: 'Partners' }).locator('.count');
    expect(Number(await partnerCount.innerText())).toBe(partnerRows.length);
    const names = await project.locator('[data-list="partners"] li button').allInnerTexts();
    expect(new Set(names).size).toBe(names.length);
    // Hamburg holds two roles in the project: one line says both.
    const hamburg = partnerRows.find((row) => row.includes('Hamburg Fire and Rescue Service'));
    expect(hamburg).toContain('partner');
    expect(hamburg).toContain('task leader (task D)');
    await page.close();
  });

  it('gives each country the same colour whatever the filter', async () => {
    const whole = await openExplorer();
    const before = await nodeColours(whole);
    await whole.close();
    const filtered = await openExplorer('?countryCodes=DE,LV');
    const after = await nodeColours(filtered);
    await filtered.close();
    const shared = Object.keys(after).filter((id) => id in before);
    expect(shared.length).toBeGreaterThan(1);
    for (const id of shared) expect(after[id], id).toBe(before[id]);
    // And countries stay apart: the two countries of the filter differ.
    expect(new Set(Object.values(after)).size).toBeGreaterThan(1);
  });
});
