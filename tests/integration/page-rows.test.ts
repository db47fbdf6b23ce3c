import { describe, expect, it } from 'vitest';
import type { StatementName } from '../../src/graph/statement-names.js';
import { useSeededService } from '../helpers/seeded-service.js';

type Item = unknown[];

interface PageRow {
  key: string;
  value: { totalCount: number; items: Item[] };
}

// The nested page statements send each item as one flat list of the values
// the request selects, in the order of the property lists it passes: no
// property name crosses the wire once per item, and no map is decoded per
// item. The API's answers are checked elsewhere (selection-projection,
// batching); this pins down the rows the decoders read.
describe('Nested page rows', () => {
  const seeded = useSeededService();

  const page = (statement: StatementName, params: Record<string, unknown>) =>
    seeded.graph.read<PageRow>(statement, { role: null, offset: 0, first: 50, ...params });

  it("sends a project's partners as [organisation id, edge values, organisation values, country]", async () => {
    const rows = await page('queries/participations-by-project-ids', {
      keys: ['from-gaps-to-caps'],
      edgeProperties: ['role', 'task'],
      organisationProperties: ['id', 'name'],
      countryProperties: ['code', 'name'],
    });
    const items = rows[0]!.value.items;
    expect(items.length).toBeGreaterThan(3);
    expect(rows[0]!.value.totalCount).toBe(items.length);
    for (const item of items) {
      expect(Array.isArray(item)).toBe(true);
      expect(item).toHaveLength(1 + 2 + 2 + 1);
      expect(typeof item[0]).toBe('string');
      expect(item[3]).toBe(item[0]);
      const country = item[5];
      if (country !== null) {
        expect(country).toHaveLength(2);
        expect(String((country as unknown[])[0])).toMatch(/^[A-Z]{2}$/);
      }
    }
    expect(items.some((item) => item[5] !== null)).toBe(true);

    // Without the organisation, nothing but its id and the edge.
    const [bare] = await page('queries/participations-by-project-ids', {
      keys: ['from-gaps-to-caps'],
      edgeProperties: ['role'],
      organisationProperties: null,
      countryProperties: null,
    });
    expect(bare!.value.items.map((item) => item.length)).toEqual(items.map(() => 2));
    expect(bare!.value.items.map((item) => item[0])).toEqual(items.map((item) => item[0]));
  });

  it("sends an organisation's projects as [project id, edge values, project values]", async () => {
    const [projects] = await page('queries/participations-by-project-ids', {
      keys: ['from-gaps-to-caps'],
      edgeProperties: [],
      organisationProperties: null,
      countryProperties: null,
    });
    const organisationId = projects!.value.items[0]![0] as string;
    const rows = await page('queries/participations-by-organisation-ids', {
      keys: [organisationId],
      edgeProperties: ['role'],
      projectProperties: ['id', 'name', 'startDate'],
    });
    const items = rows[0]!.value.items;
    expect(items.some((item) => item[0] === 'from-gaps-to-caps')).toBe(true);
    for (const item of items) {
      expect(item).toHaveLength(1 + 1 + 3);
      expect(item[2]).toBe(item[0]);
    }
  });

  it('sends grants as [project id, policy area id, edge values, project values]', async () => {
    const rows = await page('queries/funding-source-grants-by-ids', {
      keys: ['dg-echo', 'interreg-baltic-sea-region'],
      edgeProperties: ['amountEur', 'note'],
      projectProperties: ['id', 'name'],
    });
    const byKey = new Map(rows.map((row) => [row.key, row.value.items]));
    const echo = byKey.get('dg-echo')!;
    expect(echo.length).toBeGreaterThanOrEqual(2);
    for (const item of echo) {
      expect(item).toHaveLength(2 + 2 + 2);
      expect(item[1]).toBeNull();
      expect(item[4]).toBe(item[0]);
    }
    // A grant to a policy area: its id second, and no project values after the edge's.
    const area = byKey.get('interreg-baltic-sea-region')!.find((item) => item[1] === 'pa-secure');
    expect(area).toEqual([null, 'pa-secure', null, expect.any(String)]);
  });
});
