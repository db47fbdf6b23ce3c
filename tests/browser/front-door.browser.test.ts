import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gql } from 'graphql-request';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { useBrowserOnSeededService } from '../helpers/browser-on-seeded-service.js';
import { parseCsv, parseGraphML } from '../helpers/export-parsers.js';
import { apiNetwork, type ApiNetwork } from '../helpers/network-api.js';
import {
  clickOrganisation,
  edgeColour,
  explorerState,
  paintedPixels,
  playgroundResponse,
  waitForExplorerLayout,
} from '../helpers/page-hooks.js';
import { syntheticNetwork } from '../helpers/synthetic-network.js';

const SCREENSHOTS = path.join(PROJECT_ROOT, 'docs', 'screenshots');

/** The partners 14.3 and From Gaps to Caps share (the README's first example). */
const SHARED_PARTNERS = [
  'CBSS Secretariat Communication Team',
  'Council of the Baltic Sea States Secretariat',
  'Estonian Rescue Board',
  'Fire and Rescue Department under the Ministry of the Interior of the Republic of Lithuania',
  'Frederikssund-Halsnæs Fire & Rescue Service',
  'Hamburg Fire and Rescue Service',
  'Main School of Fire Service in Warsaw',
  'Norwegian Directorate for Civil Protection and Emergency Planning',
  'State Fire and Rescue Service of Latvia',
];

const ANALYST_TABS = [
  'SharedPartners',
  'HamburgCoPartners',
  'IcelandToStuk',
  'FundedByDgEcho',
  'LatviaNetwork',
];

/** The explorer's edge key: the two organisation ids in order. */
const edgeKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

// The playground and the explorer in Chromium against the seeded graph: what an
// analyst sees and clicks, the files they download, and nothing fetched from elsewhere.
describe('playground, explorer and exports in a browser', { timeout: 180_000 }, () => {
  const seeded = useBrowserOnSeededService();
  let context: BrowserContext;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    context = await seeded.browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    // Waits, not performance limits: a busy 2-core machine renders slowly.
    context.setDefaultTimeout(90_000);
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${seeded.api.url}/`) && !/^(data|blob):/.test(url))
        foreignRequests.push(url);
    });
  });

  afterAll(async () => {
    await context?.close();
  });

  async function open(pathAndQuery: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${pathAndQuery}: ${error.message}`));
    await page.goto(`${seeded.api.url}${pathAndQuery}`);
    return page;
  }

  /** Clicks a link that downloads a file and returns the file's content. */
  async function download(
    page: Page,
    click: () => Promise<void>,
  ): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), click()]);
    const saved = await (file as Download).path();
    return { name: (file as Download).suggestedFilename(), text: readFileSync(saved, 'utf8') };
  }

  describe('playground', () => {
    it('offers the analyst queries as tabs and runs the shared-partners query', async () => {
      const page = await open('/playground');
      for (const name of ANALYST_TABS) {
        await page.locator('.graphiql-tab', { hasText: name }).waitFor();
      }
      expect(await page.locator('.graphiql-tab-active').innerText()).toContain('SharedPartners');
      await page
        .locator('[aria-label="Operation Editor"]', { hasText: 'SharedPartners' })
        .waitFor();
      await page.locator('.graphiql-execute-button').click();
      await page.waitForFunction(() =>
        (globalThis as unknown as { __playground?: { responseText(): string } }).__playground
          ?.responseText()
          .includes('Hamburg Fire and Rescue Service'),
      );
      const response = JSON.parse(await playgroundResponse(page)) as {
        data: { sharedPartners: Array<{ organisation: { name: string } }> };
      };
      expect(response.data.sharedPartners.map((partner) => partner.organisation.name)).toEqual(
        SHARED_PARTNERS,
      );
      // The first organisation is on screen in the response pane. Monaco paints
      // it after the response has arrived, and draws spaces as NBSP.
      await expect
        .poll(
          async () => (await page.locator('.result-window').innerText()).replace(/\u00a0/g, ' '),
          { timeout: 15_000 },
        )
        .toContain('CBSS Secretariat Communication Team');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'playground.png') });
      await page.close();
    });

    it('documents the schema through introspection in the doc explorer', async () => {
      const page = await open('/playground');
      await page.locator('[aria-label="Show Documentation Explorer"]').click();
      const docs = page.locator('.graphiql-doc-explorer');
      await docs
        .locator('a', { hasText: /^Query$/ })
        .first()
        .click();
      await docs.getByText('partnershipNetwork', { exact: true }).waitFor();
      const text = await docs.innerText();
      expect(text).toContain('sharedPartners');
      expect(text).toContain('coPartners');
      await page.close();
    });

    it('opens an analyst query from the examples list, also after its tab was closed', async () => {
      const page = await open('/playground');
      await page.locator('[aria-label="Show Analyst queries"]').click();
      await page.locator('[data-example="IcelandToStuk"]').click();
      expect(await page.locator('.graphiql-tab-active').innerText()).toContain('IcelandToStuk');
      await page.locator('[aria-label="Operation Editor"]', { hasText: 'IcelandToStuk' }).waitFor();
      await page.locator('.graphiql-execute-button').click();
      await page.waitForFunction(() =>
        (globalThis as unknown as { __playground?: { responseText(): string } }).__playground
          ?.responseText()
          .includes('"hops"'),
      );
      const answer = JSON.parse(await playgroundResponse(page)) as {
        data: { connection: { hops: number; steps: Array<{ from: { name: string } }> } };
      };
      expect(answer.data.connection.hops).toBe(2);
      expect(answer.data.connection.steps[0]?.from.name).toBe('University of Iceland');

      const dgEchoTab = page.locator('.graphiql-tab', { hasText: 'FundedByDgEcho' });
      await dgEchoTab.click();
      await dgEchoTab.locator('[aria-label="Close Tab"]').click();
      await dgEchoTab.waitFor({ state: 'detached' });
      await page.locator('[data-example="FundedByDgEcho"]').click();
      await page.locator('.graphiql-tab-active', { hasText: 'FundedByDgEcho' }).waitFor();
      await page.close();
    });

    it('answers a browser GET on /graphql', async () => {
      const page = await open('/graphql');
      await page.locator('.graphiql-execute-button').waitFor();
      expect(await page.title()).toContain('GraphQL playground');
      await page.close();
    });
  });

  describe('explorer', () => {
    let page: Page;
    let whole: ApiNetwork;

    beforeAll(async () => {
      whole = await apiNetwork(seeded.api.client);
      page = await open('/explorer');
      await waitForExplorerLayout(page);
    });

    afterAll(async () => {
      await page?.close();
    });

    it('draws the whole co-partnership network with WebGL', async () => {
      const state = await explorerState(page);
      expect(state.order).toBe(whole.nodes.length);
      expect(state.size).toBe(whole.edges.length);
      const painted = await paintedPixels(page);
      expect(painted.nodes).toBeGreaterThan(0);
      expect(painted.edges).toBeGreaterThan(0);
      expect(painted.labels).toBeGreaterThan(0);
      expect(await page.getByTestId('network-status').innerText()).toContain(
        `${whole.nodes.length} organisations · ${whole.edges.length} co-partnerships`,
      );
    });

    it('shows an organisation’s projects, roles, partners and sources when clicked', async () => {
      await clickOrganisation(page, 'hamburg-fire-rescue-service');
      const panel = page.locator('[data-panel="organisation"]');
      await panel.locator('h2', { hasText: 'Hamburg Fire and Rescue Service' }).waitFor();
      expect((await explorerState(page)).selection).toEqual({
        kind: 'organisation',
        id: 'hamburg-fire-rescue-service',
      });
      expect(await panel.locator('[data-field="country"]').innerText()).toBe('Germany (DE)');
      const projects = await panel.locator('[data-list="projects"]').innerText();
      expect(projects).toContain('From Gaps to Caps');
      expect(projects).toContain('task leader (task D)');
      expect(await panel.locator('[data-list="co-partners"]').innerText()).toContain(
        'Estonian Rescue Board',
      );
      expect(await panel.locator('.sources li').count()).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'explorer.png') });
    });

    it('highlights and lists the connection between two selected organisations', async () => {
      const data = await seeded.api.client.request<{
        connection: { steps: Array<{ from: { id: string }; to: { id: string } }> };
      }>(gql`
        {
          connection(fromId: "university-of-iceland", toId: "stuk", maxHops: 6) {
            steps {
              from {
                id
              }
              to {
                id
              }
            }
          }
        }
      `);
      await clickOrganisation(page, 'university-of-iceland');
      await page
        .locator('[data-panel="organisation"] h2', { hasText: 'University of Iceland' })
        .waitFor();
      await clickOrganisation(page, 'stuk', true);
      const panel = page.locator('[data-panel="connection"]');
      await panel.locator('[data-field="hops"]').waitFor();
      expect(await panel.locator('[data-field="hops"]').innerText()).toContain('2 hops');
      const steps = await panel.locator('[data-list="steps"]').innerText();
      expect(steps).toContain('From Gaps to Caps');
      expect(steps).toContain('CBSS Secretariat Communication Team');
      expect(steps).toContain('Finnish Radiation and Nuclear Safety Authority');
      expect((await explorerState(page)).selection).toEqual({
        kind: 'connection',
        fromId: 'university-of-iceland',
        toId: 'stuk',
      });
      for (const step of data.connection.steps) {
        expect(await edgeColour(page, edgeKey(step.from.id, step.to.id))).toBe('#e4572e');
      }
      await page.screenshot({ path: path.join(SCREENSHOTS, 'explorer-connection.png') });
    });

    it('finds a project by search and shows its partners, funding and dates', async () => {
      await page
        .getByRole('combobox', { name: 'Search organisations and projects' })
        .fill('gaps to caps');
      await page.locator('.search-hits button', { hasText: 'From Gaps to Caps' }).click();
      const panel = page.locator('[data-panel="project"]');
      await panel.locator('h2', { hasText: 'From Gaps to Caps' }).waitFor();
      expect(await panel.locator('[data-field="dates"]').innerText()).toBe('2015 – 2017');
      expect(await panel.locator('[data-list="funding"]').innerText()).toContain('DG ECHO');
      const partners = await panel.locator('[data-list="partners"]').innerText();
      expect(partners).toContain('Hamburg Fire and Rescue Service');
      expect(partners).toContain('task leader (task D)');

      const file = await download(page, () =>
        panel.locator('a', { hasText: 'partners.csv' }).click(),
      );
      expect(file.name).toBe('from-gaps-to-caps-partners.csv');
      const rows = parseCsv(file.text);
      // One row per role in the file; one line per organisation in the panel.
      expect(new Set(rows.map((row) => row.organisationId)).size).toBe(
        await panel.locator('[data-list="partners"] li').count(),
      );
      expect(rows.map((row) => row.organisation)).toContain('Hamburg Fire and Rescue Service');
    });

    it('finds an organisation by search ignoring accents', async () => {
      await page
        .getByRole('combobox', { name: 'Search organisations and projects' })
        .fill('halsnaes');
      await page
        .locator('.search-hits button', { hasText: 'Frederikssund-Halsnæs Fire & Rescue Service' })
        .click();
      await page
        .locator('[data-panel="organisation"] h2', {
          hasText: 'Frederikssund-Halsnæs Fire & Rescue Service',
        })
        .waitFor();
    });
  });

  describe('explorer filters and exports', () => {
    const filter = { countryCodes: ['DE', 'DK', 'EE', 'LV', 'PL'] };
    let page: Page;
    let expected: ApiNetwork;

    beforeAll(async () => {
      expected = await apiNetwork(seeded.api.client, filter);
      page = await open('/explorer');
      await waitForExplorerLayout(page);
    });

    afterAll(async () => {
      await page?.close();
    });

    it('redraws the network for the chosen filter, as partnershipNetwork answers it', async () => {
      expect(expected.edges.length).toBeGreaterThan(0);
      await page.locator('select[name="countryCodes"]').selectOption(filter.countryCodes);
      await page.getByRole('button', { name: 'Apply' }).click();
      // The address carries the filter, with the names the exports take.
      await page.waitForFunction(() =>
        (globalThis as unknown as { location: { search: string } }).location.search.includes(
          'countryCodes=',
        ),
      );
      const search = new URL(page.url()).searchParams.get('countryCodes') ?? '';
      expect(search.split(',').sort()).toEqual(filter.countryCodes);
      await page.waitForFunction(
        (order) =>
          (globalThis as unknown as { __explorer?: { order: number; layoutDone: boolean } })
            .__explorer?.order === order,
        expected.nodes.length,
      );
      await waitForExplorerLayout(page);
      const state = await explorerState(page);
      expect(state.order).toBe(expected.nodes.length);
      expect(state.size).toBe(expected.edges.length);
    });

    it('downloads GraphML, CSV and JSON holding that same network', async () => {
      const graphml = await download(page, () =>
        page.locator('[data-export="network.graphml"]').click(),
      );
      expect(graphml.name).toBe('network.graphml');
      const parsed = parseGraphML(graphml.text);
      expect(parsed.nodes.map((node) => node.id).sort()).toEqual(
        expected.nodes.map((node) => node.id).sort(),
      );
      expect(parsed.edges).toHaveLength(expected.edges.length);

      const nodes = await download(page, () =>
        page.locator('[data-export="network-nodes.csv"]').click(),
      );
      expect(parseCsv(nodes.text).map((row) => row.Id)).toEqual(
        expected.nodes.map((node) => node.id),
      );

      const edges = await download(page, () =>
        page.locator('[data-export="network-edges.csv"]').click(),
      );
      expect(
        parseCsv(edges.text).map((row) => [row.Source, row.Target, Number(row.Weight)]),
      ).toEqual(expected.edges.map((edge) => [edge.source, edge.target, edge.weight]));

      const json = await download(page, () => page.locator('[data-export="network.json"]').click());
      const body = JSON.parse(json.text) as ApiNetwork & { filter: unknown };
      expect((body.filter as { countryCodes: string[] }).countryCodes.sort()).toEqual(
        filter.countryCodes,
      );
      expect(body.nodes).toEqual(expected.nodes);
      expect(body.edges).toEqual(expected.edges);
    });
  });

  it('stays usable with thousands of organisations', { timeout: 300_000 }, async () => {
    const network = syntheticNetwork(3000, 5000);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`synthetic explorer: ${error.message}`));
    // The explorer asks the API as usual; only the network's answer is replaced.
    await page.route(`${seeded.api.url}/graphql`, async (route) => {
      if (!(route.request().postData() ?? '').includes('ExplorerNetwork')) return route.continue();
      return route.fulfill({ json: { data: { partnershipNetwork: network } } });
    });
    await page.goto(`${seeded.api.url}/explorer`);
    await waitForExplorerLayout(page, 240_000);
    const state = await explorerState(page);
    expect(state.order).toBe(3000);
    expect(state.size).toBe(5000);
    expect((await paintedPixels(page)).nodes).toBeGreaterThan(0);
    await clickOrganisation(page, 'synthetic-org-42');
    await page.waitForFunction(
      () =>
        (globalThis as unknown as { __explorer?: { selection: { kind: string } } }).__explorer
          ?.selection.kind === 'organisation',
    );
    await page.close();
  });

  it('fetched nothing from other hosts and raised no page errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
