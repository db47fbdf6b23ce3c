import { DatasetFile } from '../../src/import/dataset-file.js';

export const BATCH_PROJECTS = 60;
export const PARTNERS_PER_PROJECT = 5;
export const BATCH_ORGANISATIONS = 40;

/**
 * A synthetic dataset for the batching tests: 60 projects named
 * "Batch test project NN", each with 5 partners drawn round-robin from 40
 * organisations in 4 countries. Small, deterministic, and big enough that a
 * per-parent query pattern would show.
 */
export function batchTestDataset(): DatasetFile {
  const countries = ['DE', 'DK', 'SE', 'FI'];
  const organisations = Array.from({ length: BATCH_ORGANISATIONS }, (_, i) => ({
    id: `batch-org-${i}`,
    name: `Batch Test Organisation ${i}`,
    kind: 'rescue service',
    country: countries[i % countries.length],
    lines: '1',
  }));
  const projects = Array.from({ length: BATCH_PROJECTS }, (_, i) => ({
    id: `batch-project-${i}`,
    name: `Batch test project ${String(i).padStart(2, '0')}`,
    kind: 'project',
    status: 'finalised',
    startDate: String(2000 + (i % 20)),
    summary: 'Synthetic project for batching tests.',
    lines: '1',
  }));
  const participations = projects.flatMap((project, i) =>
    Array.from({ length: PARTNERS_PER_PROJECT }, (_, k) => ({
      organisation: `batch-org-${(i * 3 + k * 7) % BATCH_ORGANISATIONS}`,
      project: project.id,
      role: k === 0 ? 'coordinator' : 'partner',
      lines: '1',
    })),
  );
  const content = {
    source: { id: 'batch-test-data', title: 'Batch test data', kind: 'dataset' },
    countries: countries.map((code) => ({ code, name: code, lines: '1' })),
    organisations,
    projects,
    participations,
  };
  return DatasetFile.parse(JSON.stringify(content), 'batch-test-data.json');
}
