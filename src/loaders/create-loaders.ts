import DataLoader from 'dataloader';
import type { GraphClient } from '../graph/graph-client.js';
import type { Country } from '../model/country.type.js';
import type { Organisation } from '../model/organisation.type.js';
import type { Participation } from '../model/participation.type.js';
import type { Project } from '../model/project.type.js';
import { keyedBatch } from './keyed-batch.js';

/**
 * The per-request DataLoaders. Each batches the keys asked for in one tick of
 * GraphQL execution into a single statement, so a query costs as many round
 * trips as it has levels, not as many as it has rows. Created per request so
 * no cache outlives it.
 */
export function createLoaders(graph: GraphClient) {
  return {
    organisationById: new DataLoader(
      keyedBatch<Organisation, null>(graph, 'queries/organisations-by-ids', null),
    ),
    projectById: new DataLoader(keyedBatch<Project, null>(graph, 'queries/projects-by-ids', null)),
    countryByCode: new DataLoader(
      keyedBatch<Country, null>(graph, 'queries/countries-by-codes', null),
    ),
    participationsByOrganisation: new DataLoader(
      keyedBatch<Participation[], Participation[]>(
        graph,
        'queries/participations-by-organisation-ids',
        [],
      ),
    ),
    participationsByProject: new DataLoader(
      keyedBatch<Participation[], Participation[]>(
        graph,
        'queries/participations-by-project-ids',
        [],
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
