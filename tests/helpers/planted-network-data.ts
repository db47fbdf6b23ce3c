import { DatasetFile } from '../../src/import/dataset-file.js';

export const GROUP_A = ['planted-a1', 'planted-a2', 'planted-a3', 'planted-a4', 'planted-a5'];
export const GROUP_B = ['planted-b1', 'planted-b2', 'planted-b3', 'planted-b4', 'planted-b5'];
export const JOINER = 'planted-joiner';

/**
 * Two dense groups joined through one organisation: in group A (Germany)
 * every pair shares a project started in 2020, in group B (France) every pair
 * one started in 2021, and the joiner (Latvia) has a 2022 project with each
 * of the ten. Hand-computable: 11 organisations, 30 ties, the joiner on every
 * shortest path between the groups.
 */
export function plantedNetworkDataset(): DatasetFile {
  const organisations = [
    ...GROUP_A.map((id) => ({ id, country: 'DE' })),
    ...GROUP_B.map((id) => ({ id, country: 'FR' })),
    { id: JOINER, country: 'LV' },
  ].map(({ id, country }) => ({
    id,
    name: `Planted ${id.slice('planted-'.length)}`,
    kind: 'government agency',
    country,
    lines: '1',
  }));
  const pairs = (ids: string[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b]));
  const projectRows = [
    ...pairs(GROUP_A).map((members) => ({ members, year: 2020, funder: 'planted-fund-a' })),
    ...pairs(GROUP_B).map((members) => ({ members, year: 2021, funder: 'planted-fund-b' })),
    ...[...GROUP_A, ...GROUP_B].map((id) => ({ members: [JOINER, id], year: 2022, funder: null })),
  ].map((row, index) => ({ ...row, id: `planted-project-${String(index).padStart(2, '0')}` }));
  const content = {
    source: { id: 'planted-network', title: 'Planted network', kind: 'dataset' },
    countries: ['DE', 'FR', 'LV'].map((code) => ({ code, name: code, lines: '1' })),
    fundingSources: ['planted-fund-a', 'planted-fund-b'].map((id) => ({
      id,
      name: `Fund ${id.slice(-1).toUpperCase()}`,
      kind: 'eu programme',
      lines: '1',
    })),
    organisations,
    projects: projectRows.map((row) => ({
      id: row.id,
      name: `Planted project ${row.id.slice(-2)}`,
      kind: 'project',
      status: 'finalised',
      startDate: String(row.year),
      endDate: String(row.year),
      summary: 'A project of the planted network.',
      lines: '1',
    })),
    participations: projectRows.flatMap((row) =>
      row.members.map((organisation, k) => ({
        organisation,
        project: row.id,
        role: k === 0 ? 'coordinator' : 'partner',
        lines: '1',
      })),
    ),
    funding: projectRows
      .filter((row) => row.funder !== null)
      .map((row) => ({ project: row.id, fundingSource: row.funder, lines: '1' })),
  };
  return DatasetFile.parse(JSON.stringify(content), 'planted-network.json');
}
