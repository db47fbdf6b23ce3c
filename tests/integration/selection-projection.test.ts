import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/seeded-service.js';

// Every stored field of the three entity types that nested pages embed.
const ORGANISATION = 'id name acronym aliases kind city summary country { code name }';
const PROJECT = `id code name acronym aliases kind status isFlagship flagshipSince startDate endDate
  durationMonths totalBudgetEur euContributionEur partnerCount countryCount summary`;
const SOURCES = 'sources { source { id } lines }';

interface Participations {
  participations: {
    nodes: Array<{
      role: string;
      task: string | null;
      note: string | null;
      sources: unknown[];
      organisation?: { id: string } & Record<string, unknown>;
      project?: { id: string } & Record<string, unknown>;
    }>;
  };
}

// Nested pages fetch only the properties a request selects of their items
// (and embed the related node's selected properties). Whatever the
// selection, the answer must equal what a full lookup of the same node says.
describe('Selection-driven projection of nested pages', () => {
  const seeded = useSeededService();

  const request = <T>(query: string, variables?: Record<string, unknown>) =>
    seeded.api.client.request<T>(query, variables);

  it('embeds organisations in project pages exactly as organisation(id) returns them', async () => {
    const { projects } = await request<{ projects: { nodes: Array<Participations> } }>(`{
      projects(first: 25) {
        nodes { participations(first: 15) {
          nodes { role task note ${SOURCES} organisation { ${ORGANISATION} } }
        } }
      }
    }`);
    const edges = projects.nodes.flatMap((p) => p.participations.nodes);
    expect(edges.length).toBeGreaterThan(30);
    // The seed has edges with a task, with a note, and organisations without a country.
    expect(edges.some((e) => e.task !== null)).toBe(true);
    expect(edges.some((e) => e.note !== null)).toBe(true);
    expect(edges.every((e) => e.sources.length > 0)).toBe(true);
    const ids = [...new Set(edges.map((e) => e.organisation!.id))];
    for (const id of ids) {
      const { organisation } = await request<{ organisation: unknown }>(
        `query ($id: ID!) { organisation(id: $id) { ${ORGANISATION} } }`,
        { id },
      );
      const embedded = edges.filter((e) => e.organisation!.id === id).map((e) => e.organisation);
      for (const copy of embedded) expect(copy).toEqual(organisation);
    }
  });

  it('embeds projects in organisation pages exactly as project(id) returns them', async () => {
    const { organisations } = await request<{ organisations: { nodes: Array<Participations> } }>(`{
      organisations(first: 30) {
        nodes { participations(first: 10) { nodes { role ${SOURCES} project { ${PROJECT} } } } }
      }
    }`);
    const edges = organisations.nodes.flatMap((o) => o.participations.nodes);
    expect(edges.length).toBeGreaterThan(30);
    for (const id of new Set(edges.map((e) => e.project!.id))) {
      const { project } = await request<{ project: unknown }>(
        `query ($id: ID!) { project(id: $id) { ${PROJECT} } }`,
        { id },
      );
      for (const edge of edges.filter((e) => e.project!.id === id)) {
        expect(edge.project).toEqual(project);
      }
    }
  });

  it('embeds projects in grant pages exactly as project(id) returns them', async () => {
    const { fundingSources } = await request<{
      fundingSources: {
        nodes: Array<{
          grants: {
            nodes: Array<{ amountEur: number | null; policyArea: unknown; project: unknown }>;
          };
        }>;
      };
    }>(`{
      fundingSources(first: 20) {
        nodes { grants(first: 20) {
          nodes { amountEur note ${SOURCES} policyArea { id } project { ${PROJECT} } }
        } }
      }
    }`);
    const grants = fundingSources.nodes.flatMap((f) => f.grants.nodes);
    const ofProjects = grants.filter((g) => g.project !== null);
    expect(ofProjects.length).toBeGreaterThanOrEqual(4);
    for (const grant of ofProjects) {
      const { id } = grant.project as { id: string };
      const { project } = await request<{ project: unknown }>(
        `query ($id: ID!) { project(id: $id) { ${PROJECT} } }`,
        { id },
      );
      expect(grant.project).toEqual(project);
    }
  });

  it('merges what fragments, aliases and both connection forms select', async () => {
    const { project } = await request<{
      project: {
        participations: {
          nodes: Array<{ organisation: { id: string; name: string; country: unknown } }>;
          edges: Array<{ node: { org: { city: string | null; summary: string | null } } }>;
        };
      };
    }>(`
      fragment Named on Organisation { name country { ...Country } }
      fragment Country on Country { code name }
      {
        project(id: "from-gaps-to-caps") {
          participations(first: 50) {
            nodes { ... on Participation { organisation { id ...Named } } }
            edges { node { org: organisation { city summary } } }
          }
        }
      }
    `);
    const { nodes, edges } = project.participations;
    expect(nodes.length).toBeGreaterThan(3);
    expect(nodes.every((n) => typeof n.organisation.name === 'string')).toBe(true);
    expect(nodes.some((n) => n.organisation.country !== null)).toBe(true);
    expect(edges.some((e) => e.node.org.summary !== null)).toBe(true);
  });

  it('keeps a sparse embedded copy from standing in for a full lookup in the same request', async () => {
    // The page selects only the id; the root lookup of one of those same
    // organisations must still get every field it asks for.
    const { project } = await request<{
      project: { participations: { nodes: Array<{ organisation: { id: string } }> } };
    }>(
      `{ project(id: "from-gaps-to-caps") { participations(first: 50) { nodes { organisation { id } } } } }`,
    );
    const id = project.participations.nodes[0]!.organisation.id;
    const both = await request<{
      project: unknown;
      organisation: { id: string; name: string; kind: string };
      again: { participations: { nodes: Array<{ organisation: { name: string } }> } };
    }>(
      `query ($id: ID!) {
        project(id: "from-gaps-to-caps") { participations(first: 50) { nodes { organisation { id } } } }
        organisation(id: $id) { id name kind }
        again: project(id: "from-gaps-to-caps") {
          participations(first: 50) { nodes { organisation { name } } }
        }
      }`,
      { id },
    );
    expect(both.organisation.id).toBe(id);
    expect(both.organisation.name.length).toBeGreaterThan(0);
    expect(both.organisation.kind.length).toBeGreaterThan(0);
    expect(both.again.participations.nodes.every((n) => n.organisation.name.length > 0)).toBe(true);
  });
});
