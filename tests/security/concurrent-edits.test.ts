import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseName } from '../../src/domain/normalise-name.js';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { DatasetFile } from '../../src/import/dataset-file.js';
import { importDatasets } from '../../src/import/import-datasets.js';
import { openTestGraph, resetGraph } from '../helpers/test-graph.js';
import { startTestService, type TestService } from '../helpers/test-service.js';
import { editorToken } from '../helpers/test-tokens.js';

/**
 * Busy editors: many clients send the same or conflicting edits at the same
 * moment, over real HTTP, and afterwards the database itself is read to see
 * that the graph's rules held — one organisation or funder per name key, one
 * partnership edge per (organisation, project, role), one funding edge per
 * (project, funder), no name lost in a rename, nothing lost in a merge.
 */
const CLIENTS = 20;

const DATASET = `
source: {id: race-test, title: Concurrent edit test data, kind: curation}
organisations:
  - {id: rename-target, name: Original Rescue Agency, kind: government agency, lines: "1"}
  - {id: partner-agency, name: Partner Agency, kind: government agency, lines: "2"}
  - {id: churn-agency, name: Churn Agency, kind: government agency, lines: "3"}
  - {id: merge-survivor, name: Northern Fire Service, kind: rescue service, lines: "4"}
  - {id: merge-merged, name: Nordic Fire Brigade, acronym: NFB, aliases: ["Brandvaesen Nord"], kind: rescue service, lines: "5"}
projects:
  - {id: race-project, name: Race Project, kind: project, status: ongoing, summary: Raced., lines: "6"}
  - {id: churn-project, name: Churn Project, kind: project, status: ongoing, summary: Churned., lines: "7"}
  - {id: merged-project, name: Merged Project, kind: project, status: ongoing, summary: Merged., lines: "8"}
  - {id: dated-project, name: Dated Project, kind: project, status: ongoing, startDate: "2020", endDate: "2025", summary: Dated., lines: "12"}
participations:
  - {organisation: merge-merged, project: merged-project, role: partner, task: "Drills", lines: "9"}
  - {organisation: merge-survivor, project: merged-project, role: partner, lines: "10"}
  - {organisation: merge-merged, project: race-project, role: coordinator, lines: "11"}
`;

/** Ten extra projects a merged-away organisation is added to while it is merged. */
const LATE_PROJECTS = Array.from({ length: 10 }, (_, i) => `late-project-${i + 1}`);

/** The data set with the late projects in its project list. */
function dataset(): string {
  const lateProjects = LATE_PROJECTS.map(
    (id, i) =>
      `  - {id: ${id}, name: Late Project ${i + 1}, kind: project, status: ongoing, summary: Late., lines: "${20 + i}"}`,
  ).join('\n');
  const [head, tail] = DATASET.split('participations:');
  return `${head}${lateProjects}\nparticipations:${tail}`;
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const ok = (answers: Answer[]) => answers.filter((answer) => !answer.errors);
const failed = (answers: Answer[]) => answers.filter((answer) => answer.errors);
const codes = (answers: Answer[]) => failed(answers).map((a) => a.errors?.[0]?.extensions?.code);

describe('concurrent edits keep the graph invariants', () => {
  let graph: GraphClient;
  let api: TestService;
  let token: string;

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    await importDatasets(graph, [DatasetFile.parse(dataset(), 'race-test.yaml')]);
    // Every client may run at once: admission must not serialise the race.
    api = await startTestService(graph, { admission: { concurrent: 64, queued: 1_000 } });
    token = await editorToken('race-editor');
  });

  afterAll(async () => {
    await api?.stop();
    await graph?.driver.close();
  });

  async function send(query: string, variables: Record<string, unknown>): Promise<Answer> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Answer;
  }

  /** `count` requests released together. */
  function together(count: number, request: (i: number) => Promise<Answer>): Promise<Answer[]> {
    return Promise.all(Array.from({ length: count }, (_, i) => request(i)));
  }

  /** Every node (of any label) that answers to a name with this key, by name or alias. */
  async function ownersOfKey(name: string): Promise<string[]> {
    const key = normaliseName(name);
    const rows = await graph.read<{ key: string; name: string; aliases: string[] }>(
      'testing/named-entities',
    );
    return rows
      .filter((row) => [row.name, ...row.aliases].some((n) => normaliseName(n) === key))
      .map((row) => row.key);
  }

  async function partnershipEdges(organisationId: string, projectId: string) {
    const rows = await graph.read<{ role: string; count: number }>('testing/partnership-edges', {
      organisationId,
      projectId,
    });
    return Object.fromEntries(rows.map((row) => [row.role, row.count]));
  }

  const CREATE_ORGANISATION = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
  const CREATE_FUNDER = `mutation ($input: CreateFundingSourceInput!) { createFundingSource(input: $input) { id } }`;

  it('creates one organisation per name key when 20 clients create the same name', async () => {
    // The same name as people type it: case, accents, "&" and punctuation differ, the key does not.
    const spellings = [
      'Baltic Flood & Storm Unit',
      'BALTIC FLOOD AND STORM UNIT',
      'Baltic Flood-and-Storm Unit.',
    ];
    const answers = await together(CLIENTS, (i) =>
      send(CREATE_ORGANISATION, {
        input: { id: `flood-unit-${i + 1}`, name: spellings[i % spellings.length], kind: 'OTHER' },
      }),
    );
    expect(ok(answers)).toHaveLength(1);
    const winner = (ok(answers)[0]?.data?.createOrganisation as { id: string }).id;
    expect(codes(answers)).toEqual(Array(CLIENTS - 1).fill('BAD_USER_INPUT'));
    for (const answer of failed(answers)) {
      expect(answer.errors?.[0]?.message).toContain(`already used by Organisation "${winner}"`);
    }
    expect(await ownersOfKey('Baltic Flood and Storm Unit')).toEqual([winner]);
  });

  it('creates one funder per name key, across organisations and funders', async () => {
    const answers = await together(CLIENTS, (i) =>
      i % 2 === 0
        ? send(CREATE_FUNDER, {
            input: { id: `storm-fund-${i + 1}`, name: 'Storm Relief Fund', kind: 'OTHER' },
          })
        : send(CREATE_ORGANISATION, {
            input: { id: `storm-fund-org-${i + 1}`, name: 'storm relief fund', kind: 'OTHER' },
          }),
    );
    expect(ok(answers)).toHaveLength(1);
    expect(codes(answers)).toEqual(Array(CLIENTS - 1).fill('BAD_USER_INPUT'));
    expect(await ownersOfKey('Storm Relief Fund')).toHaveLength(1);
  });

  it('creates one project when 20 clients create the same id', async () => {
    const answers = await together(CLIENTS, (i) =>
      send(`mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }`, {
        input: {
          id: 'twin-project',
          name: `Twin Project ${i + 1}`,
          kind: 'PROJECT',
          status: 'PLANNED',
          summary: 'Twin.',
        },
      }),
    );
    expect(ok(answers)).toHaveLength(1);
    expect(codes(answers)).toEqual(Array(CLIENTS - 1).fill('BAD_USER_INPUT'));
    for (const answer of failed(answers)) {
      expect(answer.errors?.[0]?.message).toMatch(/Project "twin-project" already exists/);
    }
  });

  it('keeps every name when 20 clients rename one organisation at once', async () => {
    const names = Array.from({ length: CLIENTS }, (_, i) => `Rescue Agency Name ${i + 1}`);
    const answers = await together(CLIENTS, (i) =>
      send(
        `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id name } }`,
        {
          input: { id: 'rename-target', name: names[i] },
        },
      ),
    );
    expect(failed(answers).map((a) => a.errors?.[0]?.message)).toEqual([]);
    const [row] = (
      await graph.read<{ key: string; name: string; aliases: string[] }>('testing/named-entities')
    ).filter((r) => r.key === 'rename-target');
    expect(names).toContain(row?.name);
    // The other 19 names and the original are all aliases: no edit was lost.
    const expected = [...names.filter((n) => n !== row?.name), 'Original Rescue Agency'].sort();
    expect([...(row?.aliases ?? [])].sort()).toEqual(expected);
    // And each of those names still belongs to this organisation alone.
    for (const name of [...names, 'Original Rescue Agency']) {
      expect(await ownersOfKey(name), name).toEqual(['rename-target']);
    }
  });

  it("keeps a project's dates in order when 20 clients move its start and end at once", async () => {
    // Each edit alone is consistent; a later start and an earlier end together are not.
    const answers = await together(CLIENTS, (i) =>
      send(`mutation ($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`, {
        input:
          i % 2 === 0
            ? { id: 'dated-project', startDate: '2024' }
            : { id: 'dated-project', endDate: '2021' },
      }),
    );
    for (const answer of failed(answers)) {
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toMatch(/is before startDate/);
    }
    const [stored] = await graph.read<{ value: { startDate: string; endDate: string } }>(
      'queries/projects-by-ids',
      { keys: ['dated-project'] },
    );
    const { startDate = '', endDate = '' } = stored?.value ?? {};
    expect(startDate <= endDate, `${startDate}..${endDate}`).toBe(true);
    expect(startDate).not.toBe('');
    expect(ok(answers).length).toBeGreaterThanOrEqual(1);
  });

  const ADD = `mutation ($input: ParticipationInput!) { addParticipation(input: $input) { role } }`;
  const REMOVE = `mutation ($input: ParticipationKeyInput!) { removeParticipation(input: $input) }`;

  it('adds one partnership edge when 20 clients add the same one', async () => {
    const input = { organisationId: 'partner-agency', projectId: 'race-project', role: 'PARTNER' };
    const answers = await together(CLIENTS, () => send(ADD, { input }));
    expect(ok(answers)).toHaveLength(1);
    expect(codes(answers)).toEqual(Array(CLIENTS - 1).fill('BAD_USER_INPUT'));
    for (const answer of failed(answers)) {
      expect(answer.errors?.[0]?.message).toMatch(
        /already has the role "partner" in "race-project"/,
      );
    }
    expect(await partnershipEdges('partner-agency', 'race-project')).toEqual({ partner: 1 });
  });

  it('keeps one edge or none when adds race removes, and every answer tells the truth', async () => {
    const input = { organisationId: 'churn-agency', projectId: 'churn-project', role: 'PARTNER' };
    const answers = await together(CLIENTS, (i) =>
      i % 2 === 0 ? send(ADD, { input }) : send(REMOVE, { input }),
    );
    const adds = answers.filter((_, i) => i % 2 === 0);
    const removes = answers.filter((_, i) => i % 2 === 1);
    expect([...new Set(codes(answers))].filter((c) => c !== 'BAD_USER_INPUT')).toEqual([]);
    const edges = (await partnershipEdges('churn-agency', 'churn-project')).partner ?? 0;
    expect(edges).toBeLessThanOrEqual(1);
    // Serialised edits alternate: every successful remove undid a successful add.
    expect(ok(adds).length - ok(removes).length).toBe(edges);
    expect(ok(adds).length).toBeGreaterThanOrEqual(1);
    expect(await graph.read('testing/duplicate-partnerships')).toEqual([]);
  });

  it('keeps one funding edge when 20 clients link the same funder, and one unlink wins', async () => {
    const funder = await send(CREATE_FUNDER, {
      input: { id: 'race-fund', name: 'Race Fund', kind: 'OTHER' },
    });
    expect(funder.errors).toBeUndefined();
    const link = { projectId: 'race-project', fundingSourceId: 'race-fund' };
    const linked = await together(CLIENTS, (i) =>
      send(`mutation ($input: FundingLinkInput!) { linkFunding(input: $input) { amountEur } }`, {
        input: { ...link, amountEur: 1000 + i },
      }),
    );
    expect(failed(linked).map((a) => a.errors?.[0]?.message)).toEqual([]);
    const [afterLink] = await graph.read<{ count: number }>('testing/funding-edges', link);
    expect(afterLink?.count).toBe(1);

    const unlinked = await together(CLIENTS, () =>
      send(`mutation ($p: ID!, $f: ID!) { unlinkFunding(projectId: $p, fundingSourceId: $f) }`, {
        p: link.projectId,
        f: link.fundingSourceId,
      }),
    );
    expect(ok(unlinked)).toHaveLength(1);
    expect(codes(unlinked)).toEqual(Array(CLIENTS - 1).fill('BAD_USER_INPUT'));
    const [afterUnlink] = await graph.read<{ count: number }>('testing/funding-edges', link);
    expect(afterUnlink?.count).toBe(0);
  });

  it('loses no edge or name when merges of one pair race edits of the merged node', async () => {
    const MERGE = `mutation ($input: MergeOrganisationsInput!) { mergeOrganisations(input: $input) { alreadyMerged } }`;
    const answers = await together(CLIENTS, (i) =>
      i % 2 === 0
        ? send(MERGE, {
            input: {
              survivorId: 'merge-survivor',
              mergedId: 'merge-merged',
              reason: 'One brigade.',
            },
          })
        : send(ADD, {
            input: {
              organisationId: 'merge-merged',
              projectId: LATE_PROJECTS[(i - 1) / 2],
              role: 'PARTNER',
            },
          }),
    );
    const merges = answers.filter((_, i) => i % 2 === 0);
    const adds = answers.filter((_, i) => i % 2 === 1);
    // Every merge answers: one did the work, the others found it done.
    expect(failed(merges).map((a) => a.errors?.[0]?.message)).toEqual([]);
    expect(
      merges.filter(
        (a) => (a.data?.mergeOrganisations as { alreadyMerged: boolean }).alreadyMerged === false,
      ),
    ).toHaveLength(1);
    // An add either landed before the merge (and moved with it) or found the node gone.
    for (const answer of failed(adds)) {
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toMatch(/Unknown Organisation "merge-merged"/);
    }
    const rows = await graph.read<{ key: string; name: string; aliases: string[] }>(
      'testing/named-entities',
    );
    expect(rows.map((r) => r.key)).not.toContain('merge-merged');
    for (const [i, answer] of adds.entries()) {
      const edges = await partnershipEdges('merge-survivor', LATE_PROJECTS[i] as string);
      expect(edges, LATE_PROJECTS[i]).toEqual(answer.errors ? {} : { partner: 1 });
    }
    expect(await partnershipEdges('merge-survivor', 'merged-project')).toEqual({ partner: 1 });
    expect(await partnershipEdges('merge-survivor', 'race-project')).toMatchObject({
      coordinator: 1,
    });
    const survivor = rows.find((r) => r.key === 'merge-survivor');
    expect([...(survivor?.aliases ?? [])].sort()).toEqual([
      'Brandvaesen Nord',
      'NFB',
      'Nordic Fire Brigade',
    ]);
    for (const name of ['Nordic Fire Brigade', 'Brandvaesen Nord', 'Northern Fire Service']) {
      expect(await ownersOfKey(name), name).toEqual(['merge-survivor']);
    }
    expect(await graph.read('testing/duplicate-partnerships')).toEqual([]);
  });
});
