import type { GraphClient } from '../../src/graph/graph-client.js';
import { connection } from '../../src/graph/queries/connection.js';
import { benchGraphClient } from '../bench-cypher.js';
import type { Fixtures } from './shape.js';

const FAR_CANDIDATES = 24;
const FAR_ATTEMPTS = 8;
const MAX_HOPS = 4;

/**
 * Picks the ids the shapes ask about from the loaded graph, deterministically:
 * the organisation with the most projects (the hub), projects it shares with
 * its heaviest co-partner, the largest funder of at most 100 projects, and
 * two organisations at the edge of the network that are as far apart as
 * could be found (within four hops).
 */
export async function pickFixtures(graph: GraphClient): Promise<Fixtures> {
  const bench = benchGraphClient(graph);
  const [hub] = await bench.read<{ id: string }>('fixtures/hub-organisation');
  if (!hub) throw new Error('The graph has no organisations with projects: load a dataset first');
  const [tie] = await bench.read<{ partnerId: string; shared: string[] }>(
    'fixtures/shared-projects',
    { hubId: hub.id },
  );
  const shared = [...(tie?.shared ?? [])].sort();
  if (shared.length < 2) throw new Error(`The hub ${hub.id} shares fewer than two projects`);
  const [funder] = await bench.read<{ id: string }>('fixtures/funder', { maxProjects: 100 });
  if (!funder) throw new Error('No funder of at most 100 projects');

  const candidates = (
    await bench.read<{ id: string }>('fixtures/peripheral-organisations', {
      limit: FAR_CANDIDATES,
    })
  ).map((row) => row.id);
  let far: { from: string; to: string; hops: number | null } | undefined;
  for (let attempt = 0; attempt < Math.min(FAR_ATTEMPTS, candidates.length / 2); attempt += 1) {
    const from = candidates[attempt] as string;
    const to = candidates[candidates.length - 1 - attempt] as string;
    const path = await connection(graph, {
      fromId: from,
      toId: to,
      maxHops: MAX_HOPS,
      projection: {
        organisationProperties: ['id'],
        countryProperties: null,
        projectProperties: ['id'],
      },
    });
    const hops = path?.nodeIds ? (path.nodeIds.length - 1) / 2 : null;
    if (!far || (hops !== null && (far.hops === null || hops > far.hops))) far = { from, to, hops };
  }
  if (!far) throw new Error('No organisations at the edge of the network');
  return {
    hubOrganisationId: hub.id,
    twoProjectIds: shared.slice(0, 2),
    fiveProjectIds: shared.slice(0, 5),
    funderId: funder.id,
    farFromId: far.from,
    farToId: far.to,
    farHops: far.hops,
  };
}
