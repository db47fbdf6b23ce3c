import { gql } from 'graphql-request';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowserOnSeededService } from '../helpers/browser-on-seeded-service.js';
import {
  clickOrganisation,
  waitForExplorerLayout,
  type HookedGlobal,
} from '../helpers/page-hooks.js';

interface DrawnNode {
  id: string;
  color: string;
  size: number;
  countryCode: string | null;
}

/** The nodes Sigma draws, with their colour, size and country (in-page code as text). */
function drawnNodes(page: Page): Promise<DrawnNode[]> {
  return page.evaluate(`(() => {
    const graph = window.__explorer && window.__explorer.sigma && window.__explorer.sigma.getGraph();
    const nodes = [];
    if (graph) graph.forEachNode((id, a) => nodes.push({ id, color: a.color, size: a.size, countryCode: a.countryCode }));
    return nodes;
  })()`) as Promise<DrawnNode[]>;
}

/** Waits until the explorer has laid out a network of `order` nodes. */
async function waitForDrawn(page: Page, order: number): Promise<void> {
  // A function, not a string: the page's Content-Security-Policy forbids eval.
  await page.waitForFunction((expected) => {
    const hook = (globalThis as unknown as HookedGlobal).__explorer;
    return hook?.layoutDone === true && hook.order === expected;
  }, order);
}

interface Metrics {
  id: string;
  name: string;
  degree: number;
  pageRank: number;
  community: number;
  brokerScore: number;
}

// The explorer's analytics panel in Chromium over the seeded service: colour
// by community, size by a metric, the period slider, the selected
// organisation's metrics, the brokers, and the aggregated views with their
// drill-down. Each drawn state is checked against the API's own answer.
describe('explorer analytics panel', { timeout: 300_000 }, () => {
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

  async function apiMetrics(filter: Record<string, unknown> | null = null): Promise<Metrics[]> {
    const data = await seeded.api.client.request<{
      partnershipNetwork: { nodeMetrics: Array<Metrics | null> };
    }>(
      gql`
        query ($filter: NetworkFilter) {
          partnershipNetwork(filter: $filter) {
            nodeMetrics {
              id
              name
              degree
              pageRank
              community
              brokerScore
            }
          }
        }
      `,
      { filter },
    );
    return data.partnershipNetwork.nodeMetrics.filter((row): row is Metrics => row !== null);
  }

  it('colours organisations by community: one colour per community, distinct for the largest', async () => {
    const page = await openExplorer();
    const metrics = await apiMetrics();
    await page.getByLabel('Colour by').selectOption('community');
    const communityOf = new Map(metrics.map((row) => [row.id, row.community]));
    await expect
      .poll(async () => {
        const colours = new Map<number, Set<string>>();
        for (const node of await drawnNodes(page)) {
          const community = communityOf.get(node.id)!;
          colours.set(community, (colours.get(community) ?? new Set()).add(node.color));
        }
        return [...colours.values()].every((set) => set.size === 1) ? colours.size : -1;
      })
      .toBe(new Set(metrics.map((row) => row.community)).size);
    const nodes = await drawnNodes(page);
    const colourOf = (community: number) =>
      nodes.find((node) => communityOf.get(node.id) === community)!.color;
    const largest = [0, 1, 2].filter((community) => [...communityOf.values()].includes(community));
    expect(new Set(largest.map(colourOf)).size).toBe(largest.length);
    await page.close();
  });

  it('sizes organisations by PageRank: the highest ranked is drawn largest, in rank order', async () => {
    const page = await openExplorer();
    const metrics = await apiMetrics();
    await page.getByLabel('Size by').selectOption('pageRank');
    const byRank = [...metrics].sort((a, b) => b.pageRank - a.pageRank || (a.id < b.id ? -1 : 1));
    await expect
      .poll(async () => {
        const sizes = new Map((await drawnNodes(page)).map((node) => [node.id, node.size]));
        return byRank.every(
          (row, i) => i === 0 || sizes.get(byRank[i - 1]!.id)! >= sizes.get(row.id)!,
        );
      })
      .toBe(true);
    const sizes = new Map((await drawnNodes(page)).map((node) => [node.id, node.size]));
    expect(Math.max(...sizes.values())).toBe(sizes.get(byRank[0]!.id));
    expect(sizes.get(byRank[0]!.id)).toBeGreaterThan(sizes.get(byRank.at(-1)!.id)!);
    await page.close();
  });

  it('narrows the network with the period slider', async () => {
    const page = await openExplorer();
    const all = (await apiMetrics()).length;
    const since2019 = (await apiMetrics({ activeFrom: 2019 })).length;
    expect(since2019).toBeLessThan(all);
    const slider = page.getByLabel('Active from');
    await slider.focus();
    // 1995 (any) → 2019: held down, let go once (the network is asked for on release).
    for (let year = 1995; year < 2019; year += 1) await page.keyboard.down('ArrowRight');
    await page.keyboard.up('ArrowRight');
    await page.waitForURL(/activeFrom=2019/);
    await waitForDrawn(page, since2019);
    await page.getByText('Period: 2019 – any').waitFor();
    await page.close();
  });

  it("lists the brokers and shows the selected organisation's metrics", async () => {
    const page = await openExplorer();
    const data = await seeded.api.client.request<{ networkAnalytics: { brokers: Metrics[] } }>(gql`
      {
        networkAnalytics {
          brokers(first: 10) {
            id
            name
            degree
            pageRank
            community
            brokerScore
          }
        }
      }
    `);
    const brokers = data.networkAnalytics.brokers;
    expect(brokers.length).toBeGreaterThan(0);
    const listed = page.getByTestId('brokers').getByRole('button');
    await expect.poll(() => listed.allTextContents()).toEqual(brokers.map((broker) => broker.name));
    await listed.first().click();
    const selected = page.getByTestId('selected-metrics');
    await expect.poll(() => selected.locator('h3').textContent()).toBe(brokers[0]!.name);
    const values = await selected.locator('dd').allTextContents();
    // Community, co-partners, … as the API reports them.
    expect(values[0]!.trim()).toBe(String(brokers[0]!.community));
    expect(values[1]).toBe(String(brokers[0]!.degree));
    await page.close();
  });

  it('groups by country, drills into a country by a click on it and comes back', async () => {
    const page = await openExplorer();
    const data = await seeded.api.client.request<{
      groupedNetwork: { groupCount: number; groups: Array<{ id: string; size: number }> };
    }>(gql`
      {
        groupedNetwork(groupBy: COUNTRY) {
          groupCount
          groups(first: 1000) {
            id
            size
          }
        }
      }
    `);
    const { groupCount, groups } = data.groupedNetwork;
    await page.getByLabel('Group by').selectOption('country');
    await waitForDrawn(page, groupCount);
    expect(await page.getByTestId('network-status').textContent()).toContain(
      `${groupCount} countries`,
    );
    const drawnGroups = await drawnNodes(page);
    expect(drawnGroups.map((node) => node.id).sort()).toEqual(
      groups.map((group) => group.id).sort(),
    );
    // A click on the largest country on the canvas.
    const largest = groups.find((group) => group.id !== 'none')!;
    await clickOrganisation(page, largest.id);
    await waitForDrawn(page, largest.size);
    expect(await page.getByTestId('drilled-group').textContent()).toContain(
      `Organisations of ${largest.id}`,
    );
    const members = await drawnNodes(page);
    expect(new Set(members.map((node) => node.countryCode))).toEqual(new Set([largest.id]));
    await page.getByRole('button', { name: 'Back to all groups' }).click();
    await waitForDrawn(page, groupCount);
    await page.close();
  });

  it('groups by community and drills into one from the list', async () => {
    const page = await openExplorer();
    const metrics = await apiMetrics();
    const communities = new Set(metrics.map((row) => row.community));
    await page.getByLabel('Group by').selectOption('community');
    await waitForDrawn(page, communities.size);
    await page
      .getByTestId('group-list')
      .getByRole('button', { name: 'Community 0', exact: true })
      .click();
    const members = metrics
      .filter((row) => row.community === 0)
      .map((row) => row.id)
      .sort();
    await waitForDrawn(page, members.length);
    expect((await drawnNodes(page)).map((node) => node.id).sort()).toEqual(members);
    await page.close();
  });
});
