import { coPartners } from './co-partners.js';
import { connection } from './connection.js';
import { deepNested } from './deep-nested.js';
import { organisationById } from './organisation-by-id.js';
import type { Fixtures, Shape } from './shape.js';
import { sharedPartners } from './shared-partners.js';
import { totals } from './totals.js';
import { typename } from './typename.js';
import { wideFanOut } from './wide-fan-out.js';

/** Every shape of the benchmark, in report order: the fixed cost first, then small to large. */
export function allShapes(fixtures: Fixtures): Shape[] {
  return [
    typename,
    organisationById(fixtures),
    sharedPartners('shared-partners-2', 'Shared partners of two projects', fixtures.twoProjectIds),
    sharedPartners(
      'shared-partners-5',
      'Shared partners of five projects',
      fixtures.fiveProjectIds,
    ),
    connection(fixtures),
    coPartners(fixtures),
    totals,
    deepNested,
    wideFanOut(fixtures),
  ];
}
