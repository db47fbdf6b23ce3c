import { ClientError } from 'graphql-request';
import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/seeded-service.js';

// Passage-level provenance over real HTTP against the seeded graph: citations
// quote their lines, say which fields they support and whether the page states
// them, every exposed relationship and every resolution decision has its
// citations, and the source pages are held as text.

interface CitationView {
  lines: string;
  fields: string[];
  basis: 'STATED' | 'INFERRED';
  note: string | null;
  passage: string | null;
  readerPath: string | null;
  source: { id: string } | null;
}

const CITATION = 'lines fields basis note passage readerPath source { id }';

describe('provenance', () => {
  const seeded = useSeededService();

  const request = <T>(query: string, variables?: Record<string, unknown>) =>
    seeded.api.client.request<T>(query, variables);

  it('holds each source page as text, line for line as the seed cites it', async () => {
    const { project } = await request<{
      project: { sources: Array<{ source: { text: string; lineCount: number } }> };
    }>(`{ project(id: "fire-in") { sources { source { text lineCount } } } }`);
    const source = project.sources[0]?.source;
    expect(source?.lineCount).toBe(160);
    expect(source?.text.split('\n')[30]).toMatch(/^The FIRE-IN project is set to improve/);
  });

  it('quotes the cited lines and says which fields a citation supports', async () => {
    const { project } = await request<{ project: { sources: CitationView[] } }>(
      `{ project(id: "macro-regional-risk-scenarios") { sources { ${CITATION} } } }`,
    );
    const duration = project.sources.find((c) => c.fields.includes('durationMonths'));
    expect(duration).toMatchObject({ lines: '80', basis: 'STATED', note: null });
    expect(duration?.passage).toBe(
      'The project started in January 2012 and ran for a duration of 18 months.',
    );
    expect(duration?.readerPath).toBe('/sources/eusbsr-pa-secure-page#L80');
    const record2 = project.sources.find((c) => c.fields.includes('name'));
    expect(record2?.readerPath).toBe(
      '/sources/eusbsr-pa-secure-page#L44,L55,L63,L69,L71,L80,L84,L86',
    );
    // The record's own citation supports its name, not the separately cited duration.
    const record = project.sources.find((c) => c.fields.includes('name'));
    expect(record?.fields).not.toContain('durationMonths');
    expect(record?.passage).toContain('Risk Scenarios and Gaps Identification');
  });

  it('marks an interpretation INFERRED with its reasoning, and STATED filters it out', async () => {
    const query = `query ($basis: CitationBasis) {
      project(id: "macro-regional-risk-scenarios") { sources(basis: $basis) { ${CITATION} } }
    }`;
    const all = await request<{ project: { sources: CitationView[] } }>(query);
    const budget = all.project.sources.find((c) => c.fields.includes('totalBudgetEur'));
    expect(budget?.basis).toBe('INFERRED');
    expect(budget?.note).toMatch(/eligible cost/);
    const stated = await request<{ project: { sources: CitationView[] } }>(query, {
      basis: 'STATED',
    });
    expect(stated.project.sources.length).toBeGreaterThan(0);
    expect(stated.project.sources.length).toBe(all.project.sources.length - 1);
    expect(stated.project.sources.every((c) => c.basis === 'STATED')).toBe(true);
  });

  it('holds no value the audit found unsupported', async () => {
    const { fireIn, chemsar, project100, unicri } = await request<{
      fireIn: { durationMonths: number | null; components: unknown[] };
      chemsar: { status: string };
      project100: {
        status: string;
        participations: { nodes: Array<{ role: string; sources: CitationView[] }> };
      };
      unicri: { kind: string; acronym: string };
    }>(`{
      fireIn: project(id: "fire-in") { durationMonths components { id } }
      chemsar: project(id: "chemsar") { status }
      project100: project(id: "project-100") {
        status
        participations { nodes { role sources { ${CITATION} } } }
      }
      unicri: organisation(id: "unicri") { kind acronym }
    }`);
    expect(fireIn).toEqual({ durationMonths: null, components: [] });
    expect(chemsar.status).toBe('UNKNOWN');
    expect(project100.status).toBe('UNKNOWN');
    expect(project100.participations.nodes).toHaveLength(1);
    expect(project100.participations.nodes[0]?.role).toBe('UNKNOWN');
    expect(project100.participations.nodes[0]?.sources[0]?.basis).toBe('INFERRED');
    expect(unicri).toEqual({ kind: 'RESEARCH_INSTITUTE', acronym: 'UNICRI' });
    const { fundingSource } = await request<{ fundingSource: unknown }>(
      `{ fundingSource(id: "swedish-institute-north-west-russia-funding") { id } }`,
    );
    expect(fundingSource).toBeNull();
  });

  it('keeps BALEX DELTA 2018 as one node: a project with its place, not also an event', async () => {
    const { project } = await request<{
      project: { kind: string; place: string; events: unknown[] };
    }>(`{ project(id: "balex-delta-2018") { kind place events { id } } }`);
    expect(project).toEqual({ kind: 'EXERCISE', place: 'Karlskrona', events: [] });
    const rows = await seeded.graph.read<{ n: number }>('testing/node-by-id', {
      id: 'balex-delta-2018-exercise',
      label: null,
    });
    expect(rows).toHaveLength(0);
  });

  it.each([
    ['msb', 'LOCATED_IN', 'SE', '3, 126, 151'],
    ['cbss-secretariat', 'LOCATED_IN', 'SE', '40'],
    ['cbss-secretariat', 'PART_OF', 'cbss', '7, 40, 44, 59, 73, 84, 141'],
    ['tf-thb', 'MEMBER_OF', 'pa-secure-steering-group', '7'],
    ['from-gaps-to-caps', 'FOLLOW_UP_OF', 'macro-regional-risk-scenarios', '105'],
    ['hazard', 'COMPONENT_OF', 'resqu2', '23'],
    ['macro-regional-risk-scenarios', 'IMPLEMENTED_IN', 'north-west-russia', '84'],
    ['project-100', 'ADDRESSES', 'cbrn-chemical', '7, 22, 30-41'],
    ['cascade', 'REFERS_TO', 'sendai-framework', '28'],
    ['pa-secure-steering-group', 'GOVERNS', 'pa-secure', '7'],
    ['university-of-iceland', 'LEADS', 'from-gaps-to-caps-task-c', '107'],
    ['horizon-2020', 'PROVIDED_BY', 'european-union', '31'],
    ['pa-14', 'SUCCEEDED_BY', 'pa-secure', '59'],
    ['pa-secure', 'UNDER', 'resqu2', '21'],
  ])('cites %s -%s- %s (lines %s)', async (fromId, relation, toId, lines) => {
    const { provenance } = await request<{ provenance: CitationView[] }>(
      `query ($fromId: ID!, $relation: Relation!, $toId: ID!) {
        provenance(fromId: $fromId, relation: $relation, toId: $toId) { ${CITATION} }
      }`,
      { fromId, relation, toId },
    );
    expect(provenance.map((c) => c.lines)).toEqual([lines]);
    expect(provenance[0]?.passage?.length).toBeGreaterThan(0);
  });

  it('answers an empty list for a relationship that does not exist', async () => {
    const { provenance } = await request<{ provenance: CitationView[] }>(
      `{ provenance(fromId: "msb", relation: LOCATED_IN, toId: "DE") { lines } }`,
    );
    expect(provenance).toEqual([]);
  });

  it('refuses an unknown relation type with a validation error, not a database error', async () => {
    const error = await request(
      `{ provenance(fromId: "msb", relation: KNOWS, toId: "SE") { lines } }`,
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClientError);
    expect((error as ClientError).response.errors?.[0]?.extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('reaches the resolution decisions of every entity type, each with its citations', async () => {
    const { project, policyArea, region, programme, resolutions } = await request<{
      project: { resolutions: Array<{ decision: string; sources: CitationView[] }> };
      policyArea: { resolutions: Array<{ decision: string }> };
      region: { resolutions: Array<{ decision: string }> };
      programme: { resolutions: Array<{ sources: CitationView[] }> };
      resolutions: Array<{ id: string; otherIds: string[] }>;
    }>(`{
      project(id: "balex-delta-2018") { resolutions { decision sources { ${CITATION} } } }
      policyArea(id: "pa-14") { resolutions { decision } }
      region(id: "seee") { resolutions { decision } }
      programme(id: "eu-cbrn-coe") { resolutions { sources { ${CITATION} } } }
      resolutions(entityId: "pa-14-priority-area-coordinator") { id otherIds }
    }`);
    expect(project.resolutions[0]?.sources[0]).toMatchObject({
      lines: '137, 139',
      basis: 'STATED',
    });
    expect(policyArea.resolutions.map((r) => r.decision)).toEqual(['kept-apart', 'merged']);
    expect(region.resolutions).toHaveLength(1);
    expect(programme.resolutions[0]?.sources[0]?.basis).toBe('INFERRED');
    expect(resolutions).toEqual([
      {
        id: 'kept-apart:pa-14-priority-area-coordinator:cbss-secretariat',
        otherIds: ['cbss-secretariat'],
      },
    ]);
  });

  it('structures what the pages state about governance and counts', async () => {
    const { organisation, policyArea } = await request<{
      organisation: {
        founded: string;
        memberCountryCount: number;
        meetingsPerYear: number;
        governs: Array<{ id: string }>;
      };
      policyArea: { governedBy: Array<{ id: string }> };
    }>(`{
      organisation(id: "pa-secure-steering-group") {
        founded memberCountryCount meetingsPerYear governs { id }
      }
      policyArea(id: "pa-secure") { governedBy { id } }
    }`);
    expect(organisation).toEqual({
      founded: '2013',
      memberCountryCount: 8,
      meetingsPerYear: 2,
      governs: [{ id: 'pa-secure' }],
    });
    expect(policyArea.governedBy).toEqual([{ id: 'pa-secure-steering-group' }]);
  });

  it('finds the names the pages use for acronyms and roles: UNICRI and PAC', async () => {
    const { unicri, pac } = await request<{
      unicri: Array<{ id: string }>;
      pac: Array<{ id: string }>;
    }>(`{ unicri: search(text: "UNICRI") { id } pac: search(text: "PAC") { id } }`);
    expect(unicri[0]?.id).toBe('unicri');
    expect(pac[0]?.id).toBe('pa-14-priority-area-coordinator');
  });
});
