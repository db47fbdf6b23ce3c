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
/** Statements reading organisations at once (each reads its parts one after another). */
const ORGANISATION_LANES = 2;

/**
 * The statement that reads a slice's projects. Each returns the rows of
 * `network-projects` for the filters it is chosen for, but starts from the
 * filter's own nodes (the projects named, the funders', the policy areas',
 * the countries' organisations) instead of visiting every project, which
 * took most of a 10,000-organisation slice's time. The most selective kind
 * of filter given is used.
 */
export function projectsStatementFor(filter: SliceFilter) {
  if (filter.projectIds !== null) return 'analytics/network-projects-by-id' as const;
  if (filter.fundingSourceIds !== null) return 'analytics/network-projects-of-funders' as const;
  if (filter.policyAreaIds !== null) return 'analytics/network-projects-in-policy-areas' as const;
  if (filter.countryCodes !== null) return 'analytics/network-projects-in-countries' as const;
  return 'analytics/network-projects' as const;
}

/**
 * Reads a slice: its projects with their members in one statement, and the
 * organisations those name in parts of ORGANISATIONS_PER_READ ids, each part
 * sent as soon as the projects have named that many (in ORGANISATION_LANES
 * other sessions, parts taken in turn), so the reads overlap. The pairs are
 * never formed in the database.
 * Rows are packed as they stream in (packed-slice.ts), so the service's
 * thread never holds the slice as objects.
 */
export async function readNetworkSlice(
  graph: GraphClient,
  filter: SliceFilter,
  stageDone: (stage: string) => void = () => {},
  organisationsPerRead = ORGANISATIONS_PER_READ,
): Promise<ReadSlice> {
  let builder = new SliceBuilder();
  let requested = 0;
  const lanes: Array<Promise<void>> = Array.from({ length: ORGANISATION_LANES }, () =>
    Promise.resolve(),
  );
  let sent = 0;
  const sendParts = (all: boolean): void => {
    const ids = builder.memberIds();
    while (ids.length - requested >= organisationsPerRead || (all && requested < ids.length)) {
      // In parts: sending 60,000 ids as one parameter held this thread for
      // about a second (the driver encodes a parameter in one go).
      const part = ids.slice(requested, requested + organisationsPerRead);
      requested += part.length;
      const target = builder;
      const lane = sent++ % ORGANISATION_LANES;
      lanes[lane] = lanes[lane]!.then(async () => {
        // Left alone when the projects statement was retried (a new builder).
        if (target !== builder) return;
        await graph.readEach<SliceOrganisation>(
          'analytics/network-organisations',
          { ids: part },
          // A retried part sets the same columns again.
          () => (organisation) => target.addOrganisation(organisation),
        );
      });
      // Awaited below; a failure while the projects still stream is not lost.
      lanes[lane].catch(() => {});
    }
  };
  await graph.readEach<SliceProject>(projectsStatementFor(filter), { ...filter }, () => {
    builder = new SliceBuilder();
    requested = 0;
    return (project) => {
      builder.addProject(project);
      sendParts(false);
    };
  });
  stageDone('read projects with members (Cypher; organisations read alongside)');
  sendParts(true);
  await Promise.all(lanes);
  stageDone('read the rest of the organisations (Cypher)');
  return { slice: builder.pack(), organisations: builder.organisationTable() };
}
