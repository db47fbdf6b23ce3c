import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { DatasetFile } from '../../src/import/dataset-file.js';
import { importDatasets } from '../../src/import/import-datasets.js';
import { countsOf, graphChecksum, openTestGraph, resetGraph } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';
import { editorToken } from '../helpers/test-tokens.js';

/**
 * Two organisation records that are one body (as an analyst finds out later),
 * with every kind of edge an organisation can have, and one project in which
 * both already take part as partners.
 */
const DATASET = `
source: {id: merge-test, title: Merge test data, kind: curation}
countries:
  - {code: "DE", name: Germany, lines: "1"}
organisations:
  - {id: hamburg-fire, name: Hamburg Fire Department, kind: rescue service, country: "DE", lines: "2"}
  - {id: feuerwehr-hamburg, name: Feuerwehr Hamburg, acronym: FHH, aliases: ["Berufsfeuerwehr Hamburg"], kind: rescue service, country: "DE", lines: "3"}
  - {id: fire-academy, name: Hamburg Fire Academy, kind: unit, partOf: feuerwehr-hamburg, lines: "4"}
  - {id: rescue-network, name: Rescue Network, kind: network, lines: "5"}
projects:
  - {id: shared-project, name: Shared Project, kind: project, status: finalised, summary: Both took part., lines: "6"}
  - {id: second-project, name: Second Project, kind: project, status: ongoing, summary: Only one took part., lines: "7"}
participations:
  - {organisation: hamburg-fire, project: shared-project, role: partner, lines: "8"}
  - {organisation: feuerwehr-hamburg, project: shared-project, role: partner, task: "Exercises", lines: "9"}
  - {organisation: feuerwehr-hamburg, project: second-project, role: coordinator, lines: "10"}
tasks:
  - {id: second-task-a, project: second-project, code: "A", title: Training, leader: feuerwehr-hamburg, lines: "11"}
people:
  - {id: merge-test-person, name: Anna Beispiel, organisation: feuerwehr-hamburg, title: Liaison officer, lines: "12"}
memberships:
  - {body: rescue-network, member: feuerwehr-hamburg, lines: "13"}
`;

const MERGE = `mutation ($input: MergeOrganisationsInput!) {
  mergeOrganisations(input: $input) {
    alreadyMerged movedParticipations movedEdges
    survivor { id aliases }
    resolution { id decision names reason mergedId mergedBy mergedAt }
  }
}`;

describe('mergeOrganisations', () => {
  let graph: GraphClient;
  let api: TestService;
  let token: string;
  let countsBefore: Record<string, number>;

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    await importDatasets(graph, [DatasetFile.parse(DATASET, 'merge-test.yaml')]);
    api = await startTestService(graph);
    token = await editorToken('merge-editor');
    countsBefore = await countsOf(graph);
  });

  afterAll(async () => {
    await api?.stop();
    await graph?.driver.close();
  });

  async function merge(): Promise<Record<string, unknown>> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: MERGE,
        variables: {
          input: {
            survivorId: 'hamburg-fire',
            mergedId: 'feuerwehr-hamburg',
            reason: 'The German and English names of the same fire service.',
          },
        },
      }),
    });
    const body = (await response.json()) as {
      data: { mergeOrganisations: Record<string, unknown> };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    return body.data.mergeOrganisations;
  }

  it('moves names, edges and provenance to the survivor and records the decision', async () => {
    const result = await merge();
    expect(result.alreadyMerged).toBe(false);
    // The merged node's name, acronym and alias all become aliases.
    expect((result.survivor as { aliases: string[] }).aliases.sort()).toEqual([
      'Berufsfeuerwehr Hamburg',
      'FHH',
      'Feuerwehr Hamburg',
    ]);
    expect(result.resolution).toMatchObject({
      id: 'merged:hamburg-fire:feuerwehr-hamburg',
      decision: 'merged',
      reason: 'The German and English names of the same fire service.',
      mergedId: 'feuerwehr-hamburg',
      mergedBy: 'merge-editor',
    });
    expect(String((result.resolution as { mergedAt: string }).mergedAt)).toMatch(
      /^\d{4}-\d{2}-\d{2}T/,
    );
    expect(result.movedParticipations).toBe(2);

    const data = await api.client.request<{ survivor: Record<string, unknown>; merged: unknown }>(`{
      survivor: organisation(id: "hamburg-fire") {
        participations { nodes { role task project { id } sources { source { id } } } }
        units { id }
        people { name title }
        memberOf { id }
        ledTasks { id }
        sources { source { id } lines }
      }
      merged: organisation(id: "feuerwehr-hamburg") { id }
    }`);
    expect(data.merged).toBeNull();
    const survivor = data.survivor as {
      participations: {
        nodes: Array<{ role: string; task: string | null; project: { id: string } }>;
      };
    };
    // The shared project keeps one partner edge (with the merged edge's task); the other edge moved.
    expect(
      survivor.participations.nodes.map((p) => `${p.project.id}:${p.role}:${p.task}`).sort(),
    ).toEqual(['second-project:COORDINATOR:null', 'shared-project:PARTNER:Exercises']);
    expect(data.survivor).toMatchObject({
      units: [{ id: 'fire-academy' }],
      people: [{ name: 'Anna Beispiel', title: 'Liaison officer' }],
      memberOf: [{ id: 'rescue-network' }],
      ledTasks: [{ id: 'second-task-a' }],
    });
    // Both records' provenance is kept, plus the merge's own (the editor's curation source).
    const sources = (data.survivor.sources as Array<{ source: { id: string } }>).map(
      (s) => s.source.id,
    );
    expect(sources.sort()).toEqual(['curation-merge-editor', 'merge-test']);
  });

  it('loses nothing: only the merged node and the duplicate edges are gone', async () => {
    const after = await countsOf(graph);
    expect(after.Organisation).toBe((countsBefore.Organisation ?? 0) - 1);
    // One partner edge collapsed into the survivor's existing one; the rest moved.
    expect(after.PARTICIPATES_IN).toBe((countsBefore.PARTICIPATES_IN ?? 0) - 1);
    // Both were in Germany: one LOCATED_IN edge remains.
    expect(after.LOCATED_IN).toBe((countsBefore.LOCATED_IN ?? 0) - 1);
    for (const type of ['PART_OF', 'WORKS_FOR', 'MEMBER_OF', 'LEADS']) {
      expect(after[type], type).toBe(countsBefore[type]);
    }
    expect(after.Resolution).toBe((countsBefore.Resolution ?? 0) + 1);
  });

  it('finds the survivor by the merged name', async () => {
    const data = await api.client.request<{ search: Array<{ id: string }> }>(
      '{ search(text: "Berufsfeuerwehr", types: [ORGANISATION]) { id } }',
    );
    expect(data.search[0]?.id).toBe('hamburg-fire');
  });

  it('is harmless to repeat', async () => {
    const before = await graphChecksum(graph);
    const again = await merge();
    expect(again).toMatchObject({ alreadyMerged: true, movedParticipations: 0, movedEdges: 0 });
    expect(await graphChecksum(graph)).toBe(before);
  });
});
