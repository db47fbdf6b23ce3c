import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportJob } from '../../src/http/imports/import-jobs.js';
import { importCordis } from '../../src/import/cordis/import-cordis.js';
import { readCordisExport } from '../../src/import/cordis/read-cordis-export.js';
import { useSeededService } from '../helpers/seeded-service.js';
import { countsOf, graphChecksum, graphFingerprint, resetAndSeed } from '../helpers/test-graph.js';
import { editorToken, matrixTokens } from '../helpers/test-tokens.js';

// Real CORDIS rows (tests/fixtures/cordis-real/README.md says where they come from).
const REAL = 'tests/fixtures/cordis-real/horizon-europe';
const PROJECTS = path.join(REAL, 'project.csv');
const ORGANISATIONS = path.join(REAL, 'organization.csv');

interface ErrorAnswer {
  errors: Array<{
    message: string;
    extensions: { code: string; problems?: Array<{ file: string; line?: number; where: string }> };
  }>;
}

/**
 * The graph without the times of writes (when a candidate was found, an
 * edit recorded): two imports of the same files at different moments are
 * otherwise the same graph.
 */
async function timelessFingerprint(
  graph: Parameters<typeof graphFingerprint>[0],
): Promise<string[]> {
  return (await graphFingerprint(graph))
    .map((line) => {
      const row = JSON.parse(line) as { properties: Record<string, unknown> };
      for (const key of Object.keys(row.properties))
        if (key.endsWith('At')) delete row.properties[key];
      return JSON.stringify(row);
    })
    .sort();
}

// An editor uploads the EU's CORDIS CSV files to the running service, as
// the command line imports them: the same graph, with progress, all or nothing.
describe('a CORDIS export uploaded through the API', () => {
  const seeded = useSeededService();
  let editor: string;

  const uploadCordis = (
    projects: { name: string; data: string | Buffer },
    organisations: { name: string; data: string | Buffer },
    token: string | null = editor,
  ) => {
    const form = new FormData();
    form.append('projects', new Blob([projects.data]), projects.name);
    form.append('organisations', new Blob([organisations.data]), organisations.name);
    return fetch(`${seeded.api.url}/imports/cordis`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
  };
  const realFiles = () =>
    [
      { name: 'project.csv', data: readFileSync(PROJECTS) },
      { name: 'organization.csv', data: readFileSync(ORGANISATIONS) },
    ] as const;
  /** Polls the job until it is over; every state seen on the way, the progress seen while writing, and the last answer. */
  const follow = async (location: string) => {
    const seen: string[] = [];
    const progress: Array<[number, number | null]> = [];
    for (;;) {
      const answer = await fetch(`${seeded.api.url}${location}`, {
        headers: { authorization: `Bearer ${editor}` },
      });
      expect(answer.status).toBe(200);
      const job = (await answer.json()) as ImportJob;
      if (seen.at(-1) !== job.state) seen.push(job.state);
      if (job.state === 'writing') progress.push([job.written, job.rows]);
      if (['done', 'refused', 'failed'].includes(job.state)) return { seen, progress, job };
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  beforeAll(async () => {
    editor = await editorToken();
  });

  it('imports all 100 projects and 329 participant rows, with progress, into the graph the command line makes', async () => {
    const seededCounts = await countsOf(seeded.graph);
    const response = await uploadCordis(...realFiles());
    expect(response.status).toBe(202);
    const location = response.headers.get('location') ?? '';
    expect(location).toMatch(/^\/imports\/[0-9a-f-]{36}$/);
    const { seen, job } = await follow(location);
    expect(job).toMatchObject({
      state: 'done',
      error: null,
      file: 'project.csv + organization.csv',
    });
    expect(job.rows).toBeGreaterThan(329);
    expect(job.written).toBe(job.rows);
    expect(seen.at(-1)).toBe('done');
    const order = ['queued', 'validating', 'writing', 'done'];
    expect(seen.map((state) => order.indexOf(state))).toEqual(
      [...seen.map((state) => order.indexOf(state))].sort((a, b) => a - b),
    );

    const counts = await countsOf(seeded.graph);
    const added = (key: string) => (counts[key] ?? 0) - (seededCounts[key] ?? 0);
    expect(added('Project')).toBe(100);
    expect(added('PARTICIPATES_IN')).toBe(329);
    const [rows] = await seeded.graph.read<{ rows: number }>('testing/cordis-participant-rows', {
      sourceId: 'cordis-project',
    });
    expect(rows?.rows).toBe(329);
    const uploaded = await timelessFingerprint(seeded.graph);

    // The same files through the command line's reader and import, on the seed again.
    await resetAndSeed(seeded.graph);
    await importCordis(
      seeded.graph,
      readCordisExport({ projects: PROJECTS, organisations: ORGANISATIONS }),
    );
    expect(await countsOf(seeded.graph)).toEqual(counts);
    expect(await timelessFingerprint(seeded.graph)).toEqual(uploaded);
  });

  it('uploaded again, the same export changes nothing', async () => {
    const before = await graphChecksum(seeded.graph);
    const response = await uploadCordis(...realFiles());
    expect(response.status).toBe(202);
    const { job } = await follow(response.headers.get('location') ?? '');
    expect(job.state).toBe('done');
    expect(await graphChecksum(seeded.graph)).toBe(before);
  });

  it('a malformed row of a real export is refused with file, line and column, and nothing is written', async () => {
    const before = await graphChecksum(seeded.graph);
    const [projects, organisations] = realFiles();
    const lines = projects.data.toString('utf8').split('\n');
    // Line 42 of project.csv: its ecMaxContribution (the 8th field) is not an amount.
    const fields = lines[41]!.split('";"');
    fields[7] = '12abc';
    lines[41] = fields.join('";"');
    const response = await uploadCordis(
      { name: projects.name, data: lines.join('\n') },
      organisations,
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorAnswer;
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.extensions.problems).toContainEqual(
      expect.objectContaining({ file: 'project.csv', line: 42, where: 'ecMaxContribution' }),
    );
    expect(body.errors[0]?.message).toContain('project.csv:42: ecMaxContribution: "12abc"');
    expect(await graphChecksum(seeded.graph)).toBe(before);
  });

  it.each([
    ['unclosed-quote', 'project.csv:6: syntax: unclosed quote'],
    ['unknown-project', 'organization.csv:15: projectID: project "999999" is not in project.csv'],
    ['missing-column', 'organization.csv:1: country: required column "country" is missing'],
  ])(
    'the malformed export %s is refused naming file, line and field',
    async (variant, location) => {
      const before = await graphChecksum(seeded.graph);
      const dir = path.join('tests/fixtures/cordis', variant);
      const response = await uploadCordis(
        { name: 'project.csv', data: readFileSync(path.join(dir, 'project.csv')) },
        { name: 'organization.csv', data: readFileSync(path.join(dir, 'organization.csv')) },
      );
      expect(response.status).toBe(400);
      const body = (await response.json()) as ErrorAnswer;
      expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0]?.message).toContain(location);
      expect(await graphChecksum(seeded.graph)).toBe(before);
    },
  );

  it('a body that is not the two files is refused naming the part, and nothing is written', async () => {
    const before = await graphChecksum(seeded.graph);
    const [projects, organisations] = realFiles();
    const asForm = async (build: (form: FormData) => void, contentType?: string) => {
      const form = new FormData();
      build(form);
      const request = new Request('http://upload', { method: 'POST', body: form });
      const body = Buffer.from(await request.arrayBuffer());
      const response = await fetch(`${seeded.api.url}/imports/cordis`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${editor}`,
          'content-type': contentType ?? request.headers.get('content-type') ?? '',
        },
        body,
      });
      expect(response.status).toBe(400);
      const answer = (await response.json()) as ErrorAnswer;
      expect(answer.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
      return answer.errors[0]?.message ?? '';
    };
    expect(
      await asForm((form) => form.append('projects', new Blob([projects.data]), 'project.csv')),
    ).toContain('upload: organisations: must be exactly one file');
    const repeated = await asForm((form) => {
      form.append('projects', new Blob([projects.data]), 'project.csv');
      form.append('projects', new Blob([projects.data]), 'project-2.csv');
      form.append('organisations', new Blob([organisations.data]), 'organization.csv');
      form.append('extra\u200b', 'x'.repeat(10_000));
    });
    expect(repeated).toContain('upload: projects: must be exactly one file');
    expect(repeated).toContain('but got 2 files');
    expect(repeated).toContain('upload: extra\u200b: is not a field of a CORDIS upload');
    expect(
      await asForm((form) => {
        form.append('projects', new Blob([projects.data]), '../../etc/passwd');
        form.append('organisations', new Blob([organisations.data]), 'organization.csv');
      }),
    ).toContain('the file name must be');
    expect(
      await asForm(
        (form) => form.append('projects', new Blob(['x']), 'project.csv'),
        'multipart/form-data; boundary=not-the-one-used',
      ),
    ).toContain('upload: body: is not a readable multipart form');
    const plain = await fetch(`${seeded.api.url}/imports/cordis`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor}`, 'content-type': 'text/csv' },
      body: projects.data,
    });
    expect(plain.status).toBe(400);
    expect(await graphChecksum(seeded.graph)).toBe(before);
  });

  it('refuses callers without the editor role before reading the files', async () => {
    const before = await graphChecksum(seeded.graph);
    for (const [who, token] of Object.entries(await matrixTokens())) {
      if (who === 'editor') continue;
      const response = await uploadCordis(...realFiles(), token ?? null);
      expect([who, response.status]).toEqual([who, who === 'reader' ? 403 : 401]);
    }
    expect(await graphChecksum(seeded.graph)).toBe(before);
  });
});
