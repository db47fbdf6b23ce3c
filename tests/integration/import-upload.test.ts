import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportJob } from '../../src/http/imports/import-jobs.js';
import { useSeededService } from '../helpers/seeded-service.js';
import { graphChecksum } from '../helpers/test-graph.js';
import { editorToken, matrixTokens } from '../helpers/test-tokens.js';

// A small dataset in the seed format: one organisation and its part in a seed project.
const lines = (organisation: string, project = 'from-gaps-to-caps') =>
  [
    'source:', // 1
    '  id: upload-test', // 2
    '  title: Upload test', // 3
    '  kind: curation', // 4
    'organisations:', // 5
    `  - id: ${organisation}`, // 6
    '    name: Upload Test Rescue Agency', // 7
    '    kind: rescue service', // 8
    '    country: "DE"', // 9
    '    lines: "3"', // 10
    'participations:', // 11
    `  - organisation: ${organisation}`, // 12
    `    project: ${project}`, // 13
    '    role: partner', // 14
    '    lines: "4"', // 15
  ].join('\n');

interface ErrorAnswer {
  errors: Array<{ message: string; extensions: { code: string; problems?: unknown[] } }>;
}

describe('imports uploaded through the API by editors, with progress', () => {
  const seeded = useSeededService();
  let editor: string;

  const upload = (body: string, token: string | null = editor, name = 'upload-test.yaml') =>
    fetch(`${seeded.api.url}/imports?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/yaml',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
    });
  const status = async (location: string): Promise<ImportJob> => {
    const response = await fetch(`${seeded.api.url}${location}`, {
      headers: { authorization: `Bearer ${editor}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as ImportJob;
  };
  /** Polls the job's status until it is over; returns every state seen on the way and the last answer. */
  const follow = async (location: string): Promise<{ seen: string[]; job: ImportJob }> => {
    const seen: string[] = [];
    for (;;) {
      const job = await status(location);
      if (seen.at(-1) !== job.state) seen.push(job.state);
      if (['done', 'refused', 'failed'].includes(job.state)) return { seen, job };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  beforeAll(async () => {
    editor = await editorToken();
  });

  it('refuses callers without the editor role before reading the file, and writes nothing', async () => {
    const before = await graphChecksum(seeded.graph);
    const tokens = await matrixTokens();
    for (const [who, token] of Object.entries(tokens)) {
      if (who === 'editor') continue;
      const response = await upload(lines('upload-agency'), token ?? null);
      const expected = who === 'reader' ? 403 : 401;
      expect([who, response.status]).toEqual([who, expected]);
      const body = (await response.json()) as ErrorAnswer;
      expect(body.errors[0]?.extensions.code).toBe(
        expected === 403 ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      );
    }
    expect(await graphChecksum(seeded.graph)).toBe(before);
  });

  it('refuses a file that does not parse, naming file and line (400 BAD_USER_INPUT)', async () => {
    const before = await graphChecksum(seeded.graph);
    const response = await upload('source:\n  id: [unclosed\n', editor, 'broken.yaml');
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorAnswer;
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.message).toMatch(/broken\.yaml:\d+: syntax:/);
    expect(await graphChecksum(seeded.graph)).toBe(before);
  });

  it('refuses a file with an unknown field, naming file, line and field', async () => {
    const before = await graphChecksum(seeded.graph);
    const text = lines('upload-agency').replace(
      '    kind: rescue service',
      '    knd: rescue service',
    );
    const response = await upload(text);
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorAnswer;
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.message).toContain('upload-test.yaml:8: organisations[0]');
    expect(body.errors[0]?.message).toContain('knd');
    expect(await graphChecksum(seeded.graph)).toBe(before);
  });

  it('refuses a file name that is not one, naming the parameter', async () => {
    const response = await upload(lines('upload-agency'), editor, '../../etc/passwd');
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorAnswer;
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.message).toContain('"name"');
  });

  it('a reference the graph cannot satisfy: accepted for import, then refused with file, line and field', async () => {
    const before = await graphChecksum(seeded.graph);
    const response = await upload(lines('upload-agency', 'no-such-project'));
    expect(response.status).toBe(202);
    const { job } = await follow(response.headers.get('location') ?? '');
    expect(job.state).toBe('refused');
    expect(job.error?.code).toBe('BAD_USER_INPUT');
    expect(job.error?.message).toContain('upload-test.yaml:13: participations[0]');
    expect(job.error?.message).toContain('"no-such-project"');
    expect(await graphChecksum(seeded.graph)).toBe(before);
  });

  it('imports a valid file, reporting its progress up to every row written', async () => {
    const response = await upload(lines('upload-agency'));
    expect(response.status).toBe(202);
    const location = response.headers.get('location') ?? '';
    expect(location).toMatch(/^\/imports\/[0-9a-f-]{36}$/);
    const accepted = (await response.json()) as ImportJob;
    expect(accepted).toMatchObject({ file: 'upload-test.yaml', by: 'test-editor' });
    const { seen, job } = await follow(location);
    expect(job).toMatchObject({ state: 'done', rows: 2, written: 2, error: null });
    // States only move forward.
    const order = ['queued', 'validating', 'writing', 'done'];
    expect(seen.map((state) => order.indexOf(state))).toEqual(
      [...seen.map((state) => order.indexOf(state))].sort((a, b) => a - b),
    );
    const [row] = await seeded.graph.read<{ labels: string[] }>('testing/node-by-id', {
      id: 'upload-agency',
      label: 'Organisation',
    });
    expect(row?.labels).toEqual(['Organisation']);
  });

  it('20 editors uploading at once: every import ends done, and the graph is as after one', async () => {
    const once = await graphChecksum(seeded.graph);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => upload(lines('upload-agency'))),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(202));
    const jobs = await Promise.all(
      responses.map(async (response) => (await follow(response.headers.get('location') ?? '')).job),
    );
    expect(jobs.map((job) => job.state)).toEqual(Array(20).fill('done'));
    expect(new Set(jobs.map((job) => job.id)).size).toBe(20);
    expect(await seeded.graph.read('testing/duplicate-partnerships')).toEqual([]);
    expect(await graphChecksum(seeded.graph)).toBe(once);
  });

  it('an unknown import id is 404', async () => {
    const response = await fetch(`${seeded.api.url}/imports/00000000-0000-0000-0000-000000000000`, {
      headers: { authorization: `Bearer ${editor}` },
    });
    expect(response.status).toBe(404);
  });
});
