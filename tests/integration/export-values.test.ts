import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { OrganisationKind } from '../../src/domain/organisation-kind.js';
import { ParticipationRole } from '../../src/domain/participation-role.js';
import { parseCsv, parseGraphML } from '../helpers/export-parsers.js';
import { useSeededService } from '../helpers/seeded-service.js';

/** The README's GraphML download example, as a path and query. */
function readmeGraphmlExample(): string {
  const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const match = /curl -OJ 'http:\/\/localhost:4000(\/exports\/network\.graphml[^']*)'/.exec(readme);
  if (!match?.[1]) throw new Error('README has no GraphML example');
  return match[1];
}

// One list separator and one value style in every export, and a README
// example that downloads something worth opening.
describe('export values', () => {
  const seeded = useSeededService();

  const text = async (url: string): Promise<string> => {
    const response = await fetch(`${seeded.api.url}${url}`);
    expect(response.status, url).toBe(200);
    return response.text();
  };

  it('GraphML and the edges CSV separate project ids the same way', async () => {
    const filter = '?projectIds=macro-regional-risk-scenarios,from-gaps-to-caps&minWeight=2';
    const graphml = parseGraphML(await text(`/exports/network.graphml${filter}`));
    const csv = parseCsv(await text(`/exports/network-edges.csv${filter}`));
    expect(graphml.edges.length).toBeGreaterThan(0);
    const inGraphml = graphml.edges.map((edge) => edge.data.projectIds).sort();
    const inCsv = csv.map((row) => row.ProjectIds).sort();
    expect(inGraphml).toEqual(inCsv);
    expect(inGraphml[0]).toBe('from-gaps-to-caps;macro-regional-risk-scenarios');
  });

  it('partners.csv writes kinds and roles as the API and the network exports do', async () => {
    const rows = parseCsv(await text('/exports/projects/from-gaps-to-caps/partners.csv'));
    const nodes = parseCsv(await text('/exports/network-nodes.csv?projectIds=from-gaps-to-caps'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(OrganisationKind)).toContain(row.kind);
      expect(Object.keys(ParticipationRole)).toContain(row.role);
    }
    const kindOf = new Map(nodes.map((node) => [node.Id, node.Kind]));
    for (const row of rows) expect(row.kind).toBe(kindOf.get(row.organisationId ?? ''));
    expect(rows.map((row) => row.role)).toContain('TASK_LEADER');
  });

  it("the README's GraphML example downloads organisations and the edges between them", async () => {
    const graphml = parseGraphML(await text(readmeGraphmlExample()));
    expect(graphml.nodes.length).toBeGreaterThan(2);
    expect(graphml.edges.length).toBeGreaterThan(0);
  });
});
