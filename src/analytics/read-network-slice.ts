import type { GraphClient } from '../graph/graph-client.js';
import type { SliceOrganisation, SliceProject } from './network-slice.js';
import type { OrganisationTable } from './packed-analysis.js';
import { SliceBuilder, type PackedSlice } from './packed-slice.js';
import type { SliceFilter } from './slice-filter.js';

/** A slice as read: packed for the worker thread, and its organisations' names, which stay here. */
export interface ReadSlice {
  slice: PackedSlice;
  organisations: OrganisationTable;
}

/** Organisations read per statement. */
const ORGANISATIONS_PER_READ = 2_000;

/**
 * Reads a slice in two statements: its projects with their members, then the
 * organisations those name (in parts of ORGANISATIONS_PER_READ). The pairs
 * are never formed in the database.
 * Rows are packed as they stream in (packed-slice.ts), so the service's
 * thread never holds the slice as objects.
 */
export async function readNetworkSlice(
  graph: GraphClient,
  filter: SliceFilter,
  stageDone: (stage: string) => void = () => {},
): Promise<ReadSlice> {
  let builder = new SliceBuilder();
  // With a country filter, from the countries' organisations: visiting every
  // project and each participant's country took most of a 10,000-organisation
  // slice's time.
  const projects =
    filter.countryCodes === null
      ? 'analytics/network-projects'
      : 'analytics/network-projects-in-countries';
  await graph.readEach<SliceProject>(projects, { ...filter }, () => {
    builder = new SliceBuilder();
    return (project) => builder.addProject(project);
  });
  stageDone('read projects with members (Cypher)');
  const ids = builder.memberIds();
  // In parts: sending 60,000 ids as one parameter held this thread for about a
  // second (the driver encodes a parameter in one go).
  for (let from = 0; from < ids.length; from += ORGANISATIONS_PER_READ) {
    const part = ids.slice(from, from + ORGANISATIONS_PER_READ);
    await graph.readEach<SliceOrganisation>(
      'analytics/network-organisations',
      { ids: part },
      // A retried part sets the same columns again.
      () => (organisation) => builder.addOrganisation(organisation),
    );
  }
  stageDone('read organisations (Cypher)');
  return { slice: builder.pack(), organisations: builder.organisationTable() };
}
