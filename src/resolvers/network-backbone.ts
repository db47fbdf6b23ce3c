import type { NetworkAnalysis } from '../analytics/network-analysis.js';
import type { GraphClient } from '../graph/graph-client.js';
import { sharedProjectsOfPairs } from '../graph/queries/shared-projects-of-pairs.js';
import type { OrganisationKind } from '../model/organisation-kind.enum.js';
import type { PartnershipNetwork } from '../model/partnership-network.type.js';

/**
 * The whole network when it has more ties than can be drawn: each
 * organisation's strongest ties (the backbone the analytics keep), at least
 * `minWeight`, heaviest first, cut at `maxEdges`; the answer counts what was
 * left out. Only the kept pairs' shared projects are read from the database.
 */
export async function networkBackbone(
  graph: GraphClient,
  analysis: NetworkAnalysis,
  minWeight: number,
  maxEdges: number,
): Promise<PartnershipNetwork> {
  const eligible = analysis.backbone.filter((tie) => tie.weight >= minWeight);
  const kept = eligible.slice(0, maxEdges);
  const rows = await sharedProjectsOfPairs(graph, {
    pairs: kept.map(({ source, target }) => ({ source, target })),
    sliceProjectIds: null,
  });
  const projectsOf = new Map(
    rows.map((row) => [`${row.source}\u0000${row.target}`, row.projectIds]),
  );
  const drawn = new Set(kept.flatMap((tie) => [tie.source, tie.target]));
  const nodes = analysis.organisations
    .filter((organisation) => drawn.has(organisation.id))
    .sort((a, b) => b.projectCount - a.projectCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((organisation) => ({
      id: organisation.id,
      name: organisation.name,
      acronym: organisation.acronym,
      kind: organisation.kind as OrganisationKind,
      countryCode: organisation.countryCode,
      projectCount: organisation.projectCount,
    }));
  return {
    nodes,
    edges: kept.map((tie) => ({
      ...tie,
      projectIds: projectsOf.get(`${tie.source}\u0000${tie.target}`) ?? [],
    })),
    projectCount: analysis.projectCount,
    truncated: true,
    omitted: {
      organisations: analysis.shape.organisations - nodes.length,
      ties: analysis.shape.ties - kept.length,
      totalOrganisations: analysis.shape.organisations,
      totalTies: analysis.shape.ties,
      reason:
        `The whole network has ${analysis.shape.ties} ties; drawn are the heaviest ${kept.length} of ` +
        `each organisation's two strongest ties` +
        (minWeight > 1 ? ` of at least ${minWeight} shared projects` : '') +
        '. Filter by projects, countries, funders, policy areas or period to see any part in full.',
    },
  };
}
