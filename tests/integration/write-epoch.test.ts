import { ClientError, gql, GraphQLClient } from 'graphql-request';
import { describe, expect, it } from 'vitest';
import { createImportJob } from '../../src/graph/queries/create-import-job.js';
import { forgetImportJobs } from '../../src/graph/queries/forget-import-jobs.js';
import { updateImportJob } from '../../src/graph/queries/update-import-job.js';
import { readWriteEpoch } from '../../src/graph/queries/write-epoch.js';
import { importDatasets } from '../../src/import/import-datasets.js';
import { plantedNetworkDataset } from '../helpers/planted-network-data.js';
import { useSeededService } from '../helpers/seeded-service.js';
import { editorToken } from '../helpers/test-tokens.js';

const CREATE = gql`
  mutation ($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
    }
  }
`;

/** Raw Cypher, to look at the epoch node as it is stored. */
async function epochNodes(
  graph: ReturnType<typeof useSeededService>['graph'],
): Promise<Array<{ value: number; locked: boolean }>> {
  const session = graph.driver.session({ database: graph.database });
  try {
    const result = await session.run(
      'MATCH (e:WriteEpoch) RETURN e.value AS value, e._lock IS NOT NULL AS locked',
    );
    return result.records.map((record) => ({
      value: Number(record.get('value')),
      locked: record.get('locked') as boolean,
    }));
  } finally {
    await session.close();
  }
}

// The write epoch lives in Neo4j: every committed write transaction moves it
// on by one, in that transaction; a refused write does not.
describe('the write epoch in the database', () => {
  const seeded = useSeededService();

  async function editor(): Promise<GraphQLClient> {
    return new GraphQLClient(`${seeded.api.url}/graphql`, {
      headers: { authorization: `Bearer ${await editorToken()}` },
    });
  }

  it('moves on by exactly one per curation edit, and not at all for a refused one', async () => {
    const client = await editor();
    const before = await readWriteEpoch(seeded.graph);
    expect(before.generation).toMatch(/^[0-9a-f-]{36}$/);
    await client.request(CREATE, { input: { id: 'epoch-one', name: 'Epoch One', kind: 'OTHER' } });
    expect(await readWriteEpoch(seeded.graph)).toEqual({ ...before, value: before.value + 1 });
    // The same id again is refused (the database's unique constraint): nothing commits.
    const refused = await client
      .request(CREATE, { input: { id: 'epoch-one', name: 'Epoch One again', kind: 'OTHER' } })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ClientError);
    expect(await readWriteEpoch(seeded.graph)).toEqual({ ...before, value: before.value + 1 });
  });

  it('counts 20 parallel editors exactly 20 times, one node, no lock left behind', async () => {
    const clients = await Promise.all(Array.from({ length: 20 }, () => editor()));
    const before = await readWriteEpoch(seeded.graph);
    const outcomes = await Promise.allSettled(
      clients.map((client, i) =>
        client.request(CREATE, {
          input: { id: `epoch-parallel-${i}`, name: `Epoch Parallel ${i}`, kind: 'OTHER' },
        }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    expect(await readWriteEpoch(seeded.graph)).toEqual({ ...before, value: before.value + 20 });
    expect(await epochNodes(seeded.graph)).toEqual([{ value: before.value + 20, locked: false }]);
  });

  it('counts 20 parallel write transactions on one connection exactly 20 times', async () => {
    const before = await readWriteEpoch(seeded.graph);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        seeded.graph.write('mutations/ensure-curation-source', {
          sourceId: `epoch-source-${i}`,
          title: 'Edits',
          at: new Date(0).toISOString(),
        }),
      ),
    );
    expect(await readWriteEpoch(seeded.graph)).toEqual({ ...before, value: before.value + 20 });
  });

  it('moves on with an import, once per committed transaction of it', async () => {
    const before = await readWriteEpoch(seeded.graph);
    await importDatasets(seeded.graph, [plantedNetworkDataset()]);
    const after = await readWriteEpoch(seeded.graph);
    expect(after.generation).toBe(before.generation);
    expect(after.value).toBeGreaterThan(before.value);
    // Importing the same file again writes again (idempotent, but committed): the epoch moves.
    await importDatasets(seeded.graph, [plantedNetworkDataset()]);
    expect((await readWriteEpoch(seeded.graph)).value).toBeGreaterThan(after.value);
  });

  it("leaves the epoch where it is for an upload's job records, which are not facts", async () => {
    const before = await readWriteEpoch(seeded.graph);
    const now = new Date().toISOString();
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        createImportJob(seeded.graph, {
          id: `epoch-job-${index}`,
          file: 'jobs.yaml',
          by: 'editor',
          createdAt: now,
        }),
      ),
    );
    const updated = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        updateImportJob(seeded.graph, {
          id: `epoch-job-${index}`,
          state: 'succeeded',
          rows: 1,
          written: 1,
          finishedAt: now,
          errorCode: null,
          errorMessage: null,
          problems: null,
          bookmarks: null,
          updatedAt: now,
        }),
      ),
    );
    expect(updated).toEqual(Array.from({ length: 20 }, () => true));
    expect(await forgetImportJobs(seeded.graph, new Date(Date.now() + 60_000).toISOString())).toBe(
      20,
    );
    expect(await readWriteEpoch(seeded.graph)).toEqual(before);
  });
});
