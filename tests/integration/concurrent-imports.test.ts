import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../src/domain/normalise-name.js';
import type { ImportJob } from '../../src/http/imports/import-jobs.js';
import { DatasetFile } from '../../src/import/dataset-file.js';
import { importDatasets } from '../../src/import/import-datasets.js';
import { useSeededService } from '../helpers/seeded-service.js';
import { countsOf, graphFingerprint } from '../helpers/test-graph.js';
import { editorToken } from '../helpers/test-tokens.js';

const IMPORTS = 20;

/**
 * Import number `index` of one new body: the organisation under the file's
 * own id, spelt in capitals in every other file and with its legal form
 * (ApS) in every fourth, with its PIC in two files of three (a file without
 * it is matched by name alone), and a project of its own in which it takes
 * part.
 */
function fileOf(prefix: string, name: string, pic: string, index: number): string {
  const cased = index % 2 === 0 ? name : name.toUpperCase();
  const spelling = index % 4 === 3 ? `${cased} ApS` : cased;
  return [
    'source:',
    `  id: ${prefix}-source-${index}`,
    `  title: Partner list ${index}`,
    '  kind: dataset',
    'organisations:',
    `  - id: ${prefix}-org-${index}`,
    `    name: ${spelling}`,
    '    kind: rescue service',
    '    country: "DK"',
    ...(index % 3 === 2 ? [] : ['    identifiers:', `      - { scheme: PIC, value: '${pic}' }`]),
    '    lines: "1"',
    'projects:',
    `  - id: ${prefix}-project-${index}`,
    `    name: ${prefix} exercise number ${index}`,
    '    kind: project',
    '    status: ongoing',
    `    summary: Exercise ${index} of the partners of one flood relief body.`,
    '    lines: "1"',
    'participations:',
    `  - organisation: ${prefix}-org-${index}`,
    `    project: ${prefix}-project-${index}`,
    '    role: partner',
    '    lines: "1"',
  ].join('\n');
}

interface OneBodyState {
  organisations: string[];
  projects: Array<{ project: string; partners: string[] }>;
  candidates: number;
  matched: number;
  ownerlessKeys: number;
}

// Many imports bringing one new organisation at the same moment, under their
// own ids: matching reads inside each import's transaction, after it has
// claimed the name and identifier keys it brings, so the database puts them
// in line and every import after the first links to the first one's node.
describe('imports running at once that bring the same new organisation', () => {
  const seeded = useSeededService({ service: () => ({ imports: { concurrency: IMPORTS } }) });

  const stateOf = async (prefix: string, name: string, pic: string): Promise<OneBodyState> => {
    const [row] = await seeded.graph.read<OneBodyState>('testing/one-body-state', {
      organisationPrefix: `${prefix}-org-`,
      projectPrefix: `${prefix}-project-`,
      nameKey: normaliseName(name),
      identifierKey: `PIC:${pic}`,
    });
    if (!row) throw new Error('no state');
    return row;
  };

  /**
   * The whole graph, with the lists of citations and sources on a node or
   * edge taken as sets: an import written again moves its own citation to
   * the end of a list that other sources share.
   */
  const citationOrderFreeFingerprint = async (): Promise<string[]> =>
    (await graphFingerprint(seeded.graph)).map((line) => {
      const row = JSON.parse(line) as { properties: Record<string, unknown> };
      for (const key of ['citations', 'sources']) {
        const list = row.properties[key];
        if (Array.isArray(list)) row.properties[key] = [...(list as string[])].sort();
      }
      return JSON.stringify(row);
    });

  /** One organisation node, every project linked to it, no candidates, no ownerless key. */
  const expectOneBody = (state: OneBodyState, prefix: string) => {
    expect(state.organisations).toHaveLength(1);
    const [node] = state.organisations;
    expect(node).toMatch(new RegExp(`^${prefix}-org-\\d+$`));
    expect(state.projects).toHaveLength(IMPORTS);
    expect(state.projects.map((p) => p.partners)).toEqual(Array(IMPORTS).fill([node]));
    expect(state.candidates).toBe(0);
    // Every import after the first recorded its link as a matching decision.
    expect(state.matched).toBe(IMPORTS - 1);
    expect(state.ownerlessKeys).toBe(0);
  };

  it(`${IMPORTS} imports through the library at once: all succeed, one node, every project linked to it`, async () => {
    const [prefix, name, pic] = ['lib', 'Sundby Flood Relief Agency', '999000777'];
    const results = await Promise.allSettled(
      Array.from({ length: IMPORTS }, (_, index) =>
        importDatasets(seeded.graph, [
          DatasetFile.parse(fileOf(prefix, name, pic, index), `partners-${index}.yaml`),
        ]),
      ),
    );
    const failures = results.flatMap((result) =>
      result.status === 'rejected' ? [String(result.reason)] : [],
    );
    expect(failures).toEqual([]);
    expectOneBody(await stateOf(prefix, name, pic), prefix);
    expect(await seeded.graph.read('testing/duplicate-partnerships')).toEqual([]);
  });

  it(`${IMPORTS} uploads through the API at once: every job done, one node, every project linked to it`, async () => {
    const [prefix, name, pic] = ['api', 'Vejle Coastal Rescue Service', '999000888'];
    const token = await editorToken();
    const responses = await Promise.all(
      Array.from({ length: IMPORTS }, (_, index) =>
        fetch(`${seeded.api.url}/imports?name=partners-${index}.yaml`, {
          method: 'POST',
          headers: { 'content-type': 'application/yaml', authorization: `Bearer ${token}` },
          body: fileOf(prefix, name, pic, index),
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(IMPORTS).fill(202));
    const jobs = await Promise.all(
      responses.map(async (response) => {
        const location = response.headers.get('location') ?? '';
        for (;;) {
          const answer = await fetch(`${seeded.api.url}${location}`, {
            headers: { authorization: `Bearer ${token}` },
          });
          const job = (await answer.json()) as ImportJob;
          if (['done', 'refused', 'failed'].includes(job.state)) return job;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      }),
    );
    expect(jobs.map((job) => [job.state, job.error])).toEqual(Array(IMPORTS).fill(['done', null]));
    expectOneBody(await stateOf(prefix, name, pic), prefix);
  });

  it('imported again one after another, the same files change nothing', async () => {
    const [prefix, name, pic] = ['lib', 'Sundby Flood Relief Agency', '999000777'];
    const before = await stateOf(prefix, name, pic);
    const counts = await countsOf(seeded.graph);
    const fingerprint = await citationOrderFreeFingerprint();
    for (const index of [0, 1, 2]) {
      await importDatasets(seeded.graph, [
        DatasetFile.parse(fileOf(prefix, name, pic, index), `partners-${index}.yaml`),
      ]);
    }
    expect(await stateOf(prefix, name, pic)).toEqual(before);
    expect(await countsOf(seeded.graph)).toEqual(counts);
    expect(await citationOrderFreeFingerprint()).toEqual(fingerprint);
  });
});
