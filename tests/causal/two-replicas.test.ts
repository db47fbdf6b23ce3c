import { describe, expect, it } from 'vitest';
import type { ServiceProcess } from '../helpers/service-process.js';
import { useTwoReplicas } from '../helpers/two-replicas.js';

/**
 * Read-your-writes across replicas: two service processes (A and B, as two
 * containers behind a load balancer would be) on one Neo4j. A client writes
 * through A and carries the bookmark A answered with to B.
 *
 * On one Community server every committed write is visible to the next
 * transaction on any connection, so B sees the write without the bookmark
 * too; that is asserted below as what this set-up does. On a cluster or Aura
 * a read without the bookmark may go to a reader that has not applied the
 * write yet; with it, the reader waits until it has (README, "Running at scale").
 */
interface Answer {
  header: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
    extensions?: { bookmarks?: string[] };
  };
}

const CREATE = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const RENAME = `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id name } }`;
const READ = `query ($id: ID!) { organisation(id: $id) { id name } }`;

describe('two service processes on one Neo4j', () => {
  const replicas = useTwoReplicas();

  async function post(
    replica: ServiceProcess,
    query: string,
    variables: Record<string, unknown>,
    options: { token?: string; bookmark?: string } = {},
  ): Promise<Answer> {
    const response = await fetch(`${replica.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.bookmark ? { 'x-neo4j-bookmark': options.bookmark } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      header: response.headers.get('x-neo4j-bookmark'),
      body: (await response.json()) as Answer['body'],
    };
  }

  it('runs as two processes', async () => {
    const pids = await Promise.all(
      [replicas.a, replicas.b].map(async (replica) => {
        const health = (await (await fetch(`${replica.url}/health`)).json()) as {
          worker: { pid: number };
        };
        return health.worker.pid;
      }),
    );
    expect(pids[0]).toBe(replicas.a.run.child.pid);
    expect(pids[1]).toBe(replicas.b.run.child.pid);
    expect(pids[0]).not.toBe(pids[1]);
  });

  it('reads through B, with the bookmark, what was written through A', async () => {
    const written = await post(
      replicas.a,
      CREATE,
      { input: { id: 'replica-agency', name: 'Replica Agency', kind: 'OTHER' } },
      { token: replicas.token },
    );
    expect(written.body.errors).toBeUndefined();
    expect(written.header).toMatch(/^[A-Za-z0-9:+/=_-]+(,[A-Za-z0-9:+/=_-]+)*$/);
    expect(written.body.extensions?.bookmarks?.join(',')).toBe(written.header);

    const read = await post(
      replicas.b,
      READ,
      { id: 'replica-agency' },
      { bookmark: written.header ?? '' },
    );
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.organisation).toEqual({ id: 'replica-agency', name: 'Replica Agency' });

    // Without the bookmark: one server, so B sees it as well (a cluster reader might not yet).
    const unbookmarked = await post(replicas.b, READ, { id: 'replica-agency' });
    expect(unbookmarked.body.data?.organisation).toEqual({
      id: 'replica-agency',
      name: 'Replica Agency',
    });
  });

  it('keeps 20 clients alternating between A and B on their own latest write', async () => {
    await post(
      replicas.a,
      CREATE,
      { input: { id: 'relay-agency', name: 'Relay Agency 0', kind: 'OTHER' } },
      { token: replicas.token },
    );
    const clients = Array.from({ length: 20 }, (_, i) => i);
    const outcomes = await Promise.all(
      clients.map(async (i) => {
        const id = `relay-client-${i}`;
        let bookmark = (
          await post(
            replicas.a,
            CREATE,
            { input: { id, name: `Relay Client ${i} v0`, kind: 'OTHER' } },
            {
              token: replicas.token,
            },
          )
        ).header;
        const seen: Array<string | undefined> = [];
        const errors: unknown[] = [];
        for (let round = 1; round <= 3; round++) {
          // Write through one replica, read through the other, with the bookmark.
          const [writer, reader] =
            round % 2 === 0 ? [replicas.a, replicas.b] : [replicas.b, replicas.a];
          const renamed = await post(
            writer,
            RENAME,
            { input: { id, name: `Relay Client ${i} v${round}` } },
            { token: replicas.token, bookmark: bookmark ?? undefined },
          );
          if (renamed.body.errors) errors.push(...renamed.body.errors);
          bookmark = renamed.header;
          const read = await post(reader, READ, { id }, { bookmark: bookmark ?? undefined });
          if (read.body.errors) errors.push(...read.body.errors);
          seen.push((read.body.data?.organisation as { name?: string } | null)?.name);
        }
        return { i, seen, bookmark, errors };
      }),
    );
    for (const { i, seen, bookmark, errors } of outcomes) {
      expect({ i, errors }).toEqual({ i, errors: [] });
      expect(bookmark).not.toBeNull();
      expect(seen).toEqual([1, 2, 3].map((round) => `Relay Client ${i} v${round}`));
    }
    // In the database: every client's organisation once, at its last name.
    const rows = await replicas.graph.read<{ count: number }>(
      'testing/organisations-with-id-prefix',
      {
        prefix: 'relay-client-',
      },
    );
    expect(rows[0]?.count).toBe(20);
  });

  it('hands out an import bookmark that B reads the import with', async () => {
    const file = [
      'source: {id: replica-import, title: Replica import, kind: curation}',
      'organisations:',
      '  - {id: imported-through-a, name: Imported Through A, kind: government agency, lines: "1"}',
    ].join('\n');
    const posted = await fetch(`${replicas.a.url}/imports?name=replica.yaml`, {
      method: 'POST',
      headers: { authorization: `Bearer ${replicas.token}`, 'content-type': 'application/yaml' },
      body: file,
    });
    expect(posted.status).toBe(202);
    const location = posted.headers.get('location') ?? '';
    let job: { state: string; bookmarks?: string[] } = { state: 'queued' };
    let header: string | null = null;
    while (!['done', 'refused', 'failed'].includes(job.state)) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const polled = await fetch(`${replicas.a.url}${location}`, {
        headers: { authorization: `Bearer ${replicas.token}` },
      });
      job = (await polled.json()) as typeof job;
      header = polled.headers.get('x-neo4j-bookmark');
    }
    expect(job.state).toBe('done');
    expect(job.bookmarks?.length).toBeGreaterThan(0);
    expect(header).toBe(job.bookmarks?.join(','));
    const read = await post(
      replicas.b,
      READ,
      { id: 'imported-through-a' },
      { bookmark: header ?? '' },
    );
    expect(read.body.data?.organisation).toEqual({
      id: 'imported-through-a',
      name: 'Imported Through A',
    });
  });

  it('stops both processes cleanly on SIGTERM', async () => {
    const [exitA, exitB] = await Promise.all([replicas.a.stop(), replicas.b.stop()]);
    expect(exitA).toEqual({ code: 0, signal: null });
    expect(exitB).toEqual({ code: 0, signal: null });
  });
});
