import { coPartners } from './co-partners.js';
import { connection } from './connection.js';
import { deepNested } from './deep-nested.js';
import type { Fixtures, Shape } from './shape.js';
import { sharedPartners } from './shared-partners.js';
import { totals } from './totals.js';
import { wideFanOut } from './wide-fan-out.js';

/** Every shape of the benchmark, in report order. */
export function allShapes(fixtures: Fixtures): Shape[] {
  return [
    deepNested,
    wideFanOut(fixtures),
    sharedPartners('shared-partners-2', 'Shared partners of two projects', fixtures.twoProjectIds),
    sharedPartners(
      'shared-partners-5',
      'Shared partners of five projects',
      fixtures.fiveProjectIds,
    ),
    coPartners(fixtures),
    connection(fixtures),
    totals,
  ];
}
