import { DatasetFile } from '../../src/import/dataset-file.js';

/** The projects of the planted groups (all started in 2015, before the planted network's). */
export const GROUPS_PROJECTS = [
  'groups-p1',
  'groups-p2',
  'groups-p3',
  'groups-p4',
  'groups-p5',
  'groups-p6',
];

/**
 * Three Polish and two Swedish organisations and one without a country, in
 * six 2015 projects, so that ties have weights above one:
 *
 *   p1: pl1 pl2 pl3   p2: pl1 pl2   p3: pl1 se1   p4: pl1 se1 se2
 *   p5: pl2 se2       p6: se1 se2 none1
 *
 * Ties (weight): pl1–pl2 2, pl1–pl3 1, pl2–pl3 1, pl1–se1 2, pl1–se2 1,
 * pl2–se2 1, se1–se2 2, se1–none1 1, se2–none1 1. By country, by hand:
 * PL 3 organisations, 3 inner ties of weight 4; SE 2, 1 tie of weight 2;
 * "none" 1, none; PL–SE 3 ties of weight 4; SE–none 2 ties of weight 2.
 */
export function plantedGroupsDataset(): DatasetFile {
  const organisations = [
    { id: 'groups-pl1', country: 'PL' },
    { id: 'groups-pl2', country: 'PL' },
    { id: 'groups-pl3', country: 'PL' },
    { id: 'groups-se1', country: 'SE' },
    { id: 'groups-se2', country: 'SE' },
    { id: 'groups-none1', country: undefined },
  ].map(({ id, country }) => ({
    id,
    name: `Grouped ${id.slice('groups-'.length)}`,
    kind: 'government agency',
    ...(country ? { country } : {}),
    lines: '1',
  }));
  const members: Record<string, string[]> = {
    'groups-p1': ['groups-pl1', 'groups-pl2', 'groups-pl3'],
    'groups-p2': ['groups-pl1', 'groups-pl2'],
    'groups-p3': ['groups-pl1', 'groups-se1'],
    'groups-p4': ['groups-pl1', 'groups-se1', 'groups-se2'],
    'groups-p5': ['groups-pl2', 'groups-se2'],
    'groups-p6': ['groups-se1', 'groups-se2', 'groups-none1'],
  };
  const content = {
    source: { id: 'planted-groups', title: 'Planted groups', kind: 'dataset' },
    countries: ['PL', 'SE'].map((code) => ({ code, name: code, lines: '1' })),
    organisations,
    projects: GROUPS_PROJECTS.map((id) => ({
      id,
      name: `Grouped project ${id.slice(-1)}`,
      kind: 'project',
      status: 'finalised',
      startDate: '2015',
      endDate: '2015',
      summary: 'A project of the planted groups.',
      lines: '1',
    })),
    participations: GROUPS_PROJECTS.flatMap((project) =>
      members[project]!.map((organisation, k) => ({
        organisation,
        project,
        role: k === 0 ? 'coordinator' : 'partner',
        lines: '1',
      })),
    ),
  };
  return DatasetFile.parse(JSON.stringify(content), 'planted-groups.json');
}
