import type { NetworkAnalysis } from '../analytics/network-analysis.js';
import type { GraphClient } from '../graph/graph-client.js';
import { sharedProjectsOfPairs } from '../graph/queries/shared-projects-of-pairs.js';
import type { OrganisationKind } from '../model/organisation-kind.enum.js';
import type { PartnershipNetwork } from '../model/partnership-network.type.js';

/** Drawings kept per analysis (by `minWeight` and `maxEdges`), the latest asked for. */
const KEPT_DRAWINGS = 8;
const drawings = new WeakMap<NetworkAnalysis, Map<string, Promise<PartnershipNetwork>>>();

/**
 * The backbone drawing of an analysis, made once per `minWeight` and
 * `maxEdges` and kept beside the analysis (so with it, until a write
 * replaces the analysis): the unfiltered view is asked for again and again,
 * and reading the drawn ties' shared projects is most of its cost.
 */
export function cachedNetworkBackbone(
  graph: GraphClient,
  analysis: NetworkAnalysis,
  minWeight: number,
  maxEdges: number,
): Promise<PartnershipNetwork> {
  let kept = drawings.get(analysis);
  if (!kept) {
    kept = new Map();
    drawings.set(analysis, kept);
  }
  const key = `${minWeight}:${maxEdges}`;
  let drawing = kept.get(key);
  if (!drawing) {
    drawing = networkBackbone(graph, analysis, minWeight, maxEdges);
    const owner = kept;
    owner.set(key, drawing);
    if (owner.size > KEPT_DRAWINGS) owner.delete(owner.keys().next().value!);
    drawing.catch(() => {
      if (owner.get(key) === drawing) owner.delete(key);
    });
  }
  return drawing;
}

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
