import { describe, expect, it } from 'vitest';
import type { ImportJob } from '../../src/http/imports/import-jobs.js';
import type { ServiceProcess } from '../helpers/service-process.js';
import { graphChecksum } from '../helpers/test-graph.js';
import { useTwoReplicas } from '../helpers/two-replicas.js';

/**
 * Uploaded imports across replicas: two service processes (A and B) on one
 * Neo4j. A job accepted by one is answered by the other, its state and
 * progress the same on both, because both read it from the database.
 */
const FINISHED = ['done', 'refused', 'failed'];

const dataset = (organisation: string, project = 'from-gaps-to-caps') =>
  [
    'source: {id: replica-upload, title: Replica upload, kind: curation}', // 1
    'organisations:', // 2
    // A name of its own: a name the graph holds already would match that organisation.
    `  - {id: ${organisation}, name: ${organisation} name, kind: rescue service, country: "DE", lines: "1"}`, // 3
    'participations:', // 4
    `  - {organisation: ${organisation}, project: ${project}, role: partner, lines: "2"}`, // 5
  ].join('\n');

describe('import jobs on two service processes', () => {
  const replicas = useTwoReplicas();

  const upload = (replica: ServiceProcess, body: string) =>
    fetch(`${replica.url}/imports?name=replica-upload.yaml`, {
      method: 'POST',
      headers: { authorization: `Bearer ${replicas.token}`, 'content-type': 'application/yaml' },
      body,
    });
  const poll = async (replica: ServiceProcess, location: string, bookmark?: string) => {
    const response = await fetch(`${replica.url}${location}`, {
      headers: {
        authorization: `Bearer ${replicas.token}`,
        ...(bookmark ? { 'x-neo4j-bookmark': bookmark } : {}),
      },
    });
    return {
      status: response.status,
      header: response.headers.get('x-neo4j-bookmark'),
      body: (await response.json()) as ImportJob & {
        errors?: Array<{ extensions: { code: string } }>;
      },
    };
  };
  /** Polls through `replica` until the job is over; every answer on the way. */
  const follow = async (replica: ServiceProcess, location: string, bookmark?: string) => {
    const seen: ImportJob[] = [];
    for (;;) {
      const answer = await poll(replica, location, bookmark);
      expect(answer.status).toBe(200);
      seen.push(answer.body);
      if (FINISHED.includes(answer.body.state)) return seen;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const ORDER = ['queued', 'validating', 'writing', 'done'];

  it('answers through B for an upload through A, and both agree', async () => {
    const posted = await upload(replicas.a, dataset('replica-upload-agency'));
    expect(posted.status).toBe(202);
    const location = posted.headers.get('location') ?? '';
    const created = posted.headers.get('x-neo4j-bookmark') ?? undefined;
    expect(created).toMatch(/^[A-Za-z0-9:+/=_-]+/);
    const accepted = (await posted.json()) as ImportJob;

    const seen = await follow(replicas.b, location, created);
    expect(seen[0]).toMatchObject({
      id: accepted.id,
      file: 'replica-upload.yaml',
      by: 'test-editor',
    });
    // States only move forward, and progress never goes back.
    const steps = seen.map((job) => ORDER.indexOf(job.state));
    expect(steps).toEqual([...steps].sort((x, y) => x - y));
    const written = seen.map((job) => job.written);
    expect(written).toEqual([...written].sort((x, y) => x - y));

    const [fromA, fromB] = await Promise.all([
      poll(replicas.a, location),
      poll(replicas.b, location),
    ]);
    expect(fromB.body).toMatchObject({ state: 'done', rows: 2, written: 2, error: null });
    expect(fromB.body).toEqual(fromA.body);
    expect(fromB.header).toBe(fromA.header);
    expect(fromB.header).toBe(fromB.body.bookmarks?.join(','));
  });

  it('reports a refusal the same on both, with file, line and field', async () => {
    const before = await graphChecksum(replicas.graph);
    const posted = await upload(replicas.b, dataset('replica-refused-agency', 'no-such-project'));
    expect(posted.status).toBe(202);
    const location = posted.headers.get('location') ?? '';
    const seen = await follow(
      replicas.a,
      location,
      posted.headers.get('x-neo4j-bookmark') ?? undefined,
    );
    const last = seen.at(-1)!;
    expect(last.state).toBe('refused');
    expect(last.error?.code).toBe('BAD_USER_INPUT');
    expect(last.error?.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: 'replica-upload.yaml', line: 5 })]),
    );
    expect((await poll(replicas.b, location)).body).toEqual(last);
    expect(await graphChecksum(replicas.graph)).toBe(before);
  });

  it('answers an unknown id 404 NOT_FOUND on both', async () => {
    for (const replica of [replicas.a, replicas.b]) {
      for (const id of ['00000000-0000-0000-0000-000000000000', 'not-an-id']) {
        const answer = await poll(replica, `/imports/${id}`);
        expect(answer.status).toBe(404);
        expect(answer.body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      }
    }
  });

  it('refuses a hostile bookmark on a poll, 400 naming the header', async () => {
    // A zero-width space, sent as its UTF-8 bytes.
    const hostile = `FB:x${Buffer.from('\u200b', 'utf8').toString('latin1')}y`;
    const answer = await poll(replicas.a, '/imports/00000000-0000-0000-0000-000000000000', hostile);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('20 uploads at once, each polled through the other process: all done, the same on both', async () => {
    const pairs = Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0 ? [replicas.a, replicas.b] : [replicas.b, replicas.a],
    );
    const outcomes = await Promise.all(
      pairs.map(async ([uploader, poller]) => {
        const posted = await upload(uploader!, dataset('replica-parallel-agency'));
        expect(posted.status).toBe(202);
        const location = posted.headers.get('location') ?? '';
        const seen = await follow(
          poller!,
          location,
          posted.headers.get('x-neo4j-bookmark') ?? undefined,
        );
        const [fromA, fromB] = await Promise.all([
          poll(replicas.a, location),
          poll(replicas.b, location),
        ]);
        return { last: seen.at(-1)!, fromA: fromA.body, fromB: fromB.body };
      }),
    );
    expect(outcomes.map(({ last }) => last.state)).toEqual(Array(20).fill('done'));
    expect(new Set(outcomes.map(({ last }) => last.id)).size).toBe(20);
    for (const { last, fromA, fromB } of outcomes) {
      expect(fromA).toEqual(last);
      expect(fromB).toEqual(last);
    }
    // In the database: one job per upload, and the organisation once.
    const [count] = await replicas.graph.read<{ count: number }>('testing/import-jobs-count');
    expect(count?.count).toBeGreaterThanOrEqual(22);
    expect(await replicas.graph.read('testing/duplicate-partnerships')).toEqual([]);
    const rows = await replicas.graph.read<{ count: number }>(
      'testing/organisations-with-id-prefix',
      {
        prefix: 'replica-parallel-agency',
      },
    );
    expect(rows[0]?.count).toBe(1);
  });

  it('stops both processes cleanly on SIGTERM', async () => {
    const [exitA, exitB] = await Promise.all([replicas.a.stop(), replicas.b.stop()]);
    expect(exitA).toEqual({ code: 0, signal: null });
    expect(exitB).toEqual({ code: 0, signal: null });
  });
});
