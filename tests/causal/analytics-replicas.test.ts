import { describe, expect, it } from 'vitest';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { readWriteEpoch } from '../../src/graph/queries/write-epoch.js';
import type { ServiceProcess } from '../helpers/service-process.js';
import { useTwoReplicas } from '../helpers/two-replicas.js';

interface Body {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

interface Shape {
  current: boolean;
  shape: { organisations: number; ties: number };
}

const ANALYTICS = `query ($filter: NetworkFilter) {
  networkAnalytics(filter: $filter) { current shape { organisations ties } }
}`;
const METRICS = `query ($id: ID!) { organisation(id: $id) { networkMetrics { degree } } }`;
const CREATE = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const JOIN = `mutation ($input: ParticipationInput!) { addParticipation(input: $input) { role } }`;

/** A project of the seed every new organisation joins. */
const PROJECT = 'from-gaps-to-caps';
const BALTIC = { countryCodes: ['EE', 'LV', 'LT'] };

/** The whole network's size, counted by the database itself. */
async function networkInDatabase(
  graph: GraphClient,
): Promise<{ organisations: number; ties: number }> {
  const session = graph.driver.session({ database: graph.database });
  try {
    const result = await session.run(
      `CALL () {
         MATCH (o:Organisation)-[:PARTICIPATES_IN]->(:Project)
         RETURN count(DISTINCT o) AS organisations
       }
       CALL () {
         MATCH (a:Organisation)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(b:Organisation)
         WHERE a.id < b.id
         WITH DISTINCT a, b
         RETURN count(*) AS ties
       }
       RETURN organisations, ties`,
    );
    const record = result.records[0]!;
    return { organisations: Number(record.get('organisations')), ties: Number(record.get('ties')) };
  } finally {
    await session.close();
  }
}

/** An organisation's co-partners, counted by the database. */
async function degreeInDatabase(graph: GraphClient, id: string): Promise<number> {
  const session = graph.driver.session({ database: graph.database });
  try {
    const result = await session.run(
      `MATCH (o:Organisation {id: $id})-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(other:Organisation)
       WHERE other <> o
       RETURN count(DISTINCT other) AS degree`,
      { id },
    );
    return Number(result.records[0]!.get('degree'));
  } finally {
    await session.close();
  }
}

/**
 * Analytics cached in one service process go stale when another process
 * writes: two processes (A and B) on one Neo4j, as two replicas behind a load
 * balancer. The write epoch is kept in the database, so B notices A's edits.
 */
describe('network analytics across two service processes', () => {
  const replicas = useTwoReplicas();

  async function post(
    replica: ServiceProcess,
    query: string,
    variables: Record<string, unknown>,
    withToken = false,
  ): Promise<Body> {
    const response = await fetch(`${replica.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(withToken ? { authorization: `Bearer ${replicas.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Body;
  }

  async function analytics(replica: ServiceProcess, filter: object | null = null): Promise<Shape> {
    const body = await post(replica, ANALYTICS, { filter });
    expect(body.errors).toBeUndefined();
    return body.data!.networkAnalytics as Shape;
  }

  async function degree(replica: ServiceProcess, id: string): Promise<number | undefined> {
    const body = await post(replica, METRICS, { id });
    expect(body.errors).toBeUndefined();
    return (body.data?.organisation as { networkMetrics: { degree: number } | null }).networkMetrics
      ?.degree;
  }

  async function addOrganisation(writer: ServiceProcess, id: string): Promise<void> {
    const created = await post(
      writer,
      CREATE,
      { input: { id, name: `Replica analyst ${id}`, kind: 'OTHER', countryCode: 'EE' } },
      true,
    );
    expect(created.errors).toBeUndefined();
    const joined = await post(
      writer,
      JOIN,
      { input: { organisationId: id, projectId: PROJECT, role: 'PARTNER' } },
      true,
    );
    expect(joined.errors).toBeUndefined();
  }

  it('B answers with an edit made through A, whole network and slice alike', async () => {
    // B has analysed both (and cached them) before the edit.
    const wholeBefore = await analytics(replicas.b);
    const balticBefore = await analytics(replicas.b, BALTIC);
    expect(wholeBefore.shape).toEqual(await networkInDatabase(replicas.graph));

    await addOrganisation(replicas.a, 'replica-analyst');

    const expected = await networkInDatabase(replicas.graph);
    expect(expected.organisations).toBe(wholeBefore.shape.organisations + 1);
    expect(await analytics(replicas.b)).toEqual({ current: true, shape: expected });
    const baltic = await analytics(replicas.b, BALTIC);
    expect(baltic.shape.organisations).toBe(balticBefore.shape.organisations + 1);
    expect(await degree(replicas.b, 'replica-analyst')).toBe(
      await degreeInDatabase(replicas.graph, 'replica-analyst'),
    );
  });

  it('counts 20 parallel editors on both processes exactly 20 times, and both answer with all of them', async () => {
    const before = await readWriteEpoch(replicas.graph);
    const ids = Array.from({ length: 20 }, (_, i) => `replica-editor-${i}`);
    const created = await Promise.all(
      ids.map((id, i) =>
        post(
          i % 2 === 0 ? replicas.a : replicas.b,
          CREATE,
          { input: { id, name: `Replica editor ${i}`, kind: 'OTHER' } },
          true,
        ),
      ),
    );
    expect(created.flatMap((body) => body.errors ?? [])).toEqual([]);
    expect(await readWriteEpoch(replicas.graph)).toEqual({ ...before, value: before.value + 20 });

    // Both have the whole network cached at the epoch before the joins.
    await Promise.all([analytics(replicas.a), analytics(replicas.b)]);
    const joined = await Promise.all(
      ids.map((id, i) =>
        post(
          i % 2 === 0 ? replicas.b : replicas.a,
          JOIN,
          { input: { organisationId: id, projectId: PROJECT, role: 'PARTNER' } },
          true,
        ),
      ),
    );
    expect(joined.flatMap((body) => body.errors ?? [])).toEqual([]);
    expect(await readWriteEpoch(replicas.graph)).toEqual({ ...before, value: before.value + 40 });

    const expected = await networkInDatabase(replicas.graph);
    for (const replica of [replicas.a, replicas.b]) {
      expect(await analytics(replica)).toEqual({ current: true, shape: expected });
      expect(await degree(replica, 'replica-editor-7')).toBe(
        await degreeInDatabase(replicas.graph, 'replica-editor-7'),
      );
    }
  });
});
