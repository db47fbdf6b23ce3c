import type { GraphClient } from '../../src/graph/graph-client.js';
import { benchGraphClient } from '../bench-cypher.js';
import type { ScaleName } from './scales.js';

/** True when the graph holds the generated dataset of this scale and seed. */
export async function holdsDataset(
  graph: GraphClient,
  scale: ScaleName,
  seed: number,
): Promise<boolean> {
  const [marker] = await benchGraphClient(graph).read<{ title: string }>('fixtures/dataset-marker');
  return marker?.title.endsWith(`(${scale}, seed ${seed})`) ?? false;
}
