import { beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum, resetAndSeed } from '../helpers/test-graph.js';
import { editorToken } from '../helpers/test-tokens.js';
import { useSeededService } from '../helpers/seeded-service.js';

interface Reply {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const cursor = (offset: string) => Buffer.from(`offset:${offset}`).toString('base64url');

// Hostile values a client can send: each is refused with BAD_USER_INPUT
// naming the field and the bound, nothing is written, and no value in the
// graph can make a read fail.
describe('input bounds', () => {
  let token: string;

  async function post(
    query: string,
    variables: Record<string, unknown> = {},
    auth = true,
  ): Promise<Reply> {
    const response = await fetch(`${seeded.api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(auth ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<Reply, 'status'>) };
  }

  /** The request is refused as the client's mistake, the message matching, and the graph unchanged. */
  async function expectRefused(
    query: string,
    variables: Record<string, unknown>,
    message: RegExp,
  ): Promise<void> {
    const before = await graphChecksum(seeded.graph);
    const reply = await post(query, variables);
    expect(reply.errors?.[0]?.extensions?.code, JSON.stringify(reply.errors)).toBe(
      'BAD_USER_INPUT',
    );
    expect(reply.errors?.[0]?.message).toMatch(message);
    expect(await graphChecksum(seeded.graph)).toBe(before);
  }

  const seeded = useSeededService();

  beforeAll(async () => {
    token = await editorToken();
  });

  describe('money', () => {
    const createProject = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
    const project = (id: string, extra: Record<string, unknown>) => ({
      input: {
        id,
        name: `Project ${id}`,
        kind: 'PROJECT',
        status: 'ONGOING',
        summary: 'S.',
        ...extra,
      },
    });

    it.each([
      ['totalBudgetEur', 1e308],
      ['totalBudgetEur', 1e12 + 1],
      ['euContributionEur', 1e308],
      ['totalBudgetEur', -1],
    ])('refuses %s = %d naming the bound', async (field, amount) => {
      await expectRefused(
        createProject,
        project('too-rich', { [field]: amount }),
        new RegExp(`${field}.*0 to 1000000000000`),
      );
    });

    it('refuses a funding amount beyond the bound', async () => {
      await expectRefused(
        `mutation { linkFunding(input: { projectId: "from-gaps-to-caps", fundingSourceId: "dg-echo", amountEur: 1e308 }) { amountEur } }`,
        {},
        /amountEur.*0 to 1000000000000/,
      );
    });

    it('keeps totals answering for every reader after two attempts at 1e308', async () => {
      for (const id of ['huge-one', 'huge-two']) {
        await post(createProject, project(id, { totalBudgetEur: 1e308 }));
      }
      for (const auth of [true, false]) {
        const reply = await post('{ totals { totalBudgetEur euContributionEur } }', {}, auth);
        expect(reply.errors).toBeUndefined();
        const totals = reply.data?.totals as { totalBudgetEur: number };
        expect(Number.isFinite(totals.totalBudgetEur)).toBe(true);
        expect(totals.totalBudgetEur).toBeLessThan(1e12);
      }
    });

    it('keeps totals and aggregates answering when the graph already holds extreme amounts', async () => {
      await seeded.graph.write('testing/set-project-amounts', {
        ids: ['from-gaps-to-caps', 'resqu2'],
        amount: 1e308,
      });
      const reply = await post(
        '{ totals { totalBudgetEur } aggregate(by: START_YEAR) { totalBudgetEur euContributionEur } }',
        {},
        false,
      );
      expect(reply.errors).toBeUndefined();
      const totals = reply.data?.totals as { totalBudgetEur: number };
      expect(Number.isFinite(totals.totalBudgetEur)).toBe(true);
      const buckets = reply.data?.aggregate as Array<{ totalBudgetEur: number }>;
      expect(buckets.length).toBeGreaterThan(0);
      expect(buckets.every((bucket) => Number.isFinite(bucket.totalBudgetEur))).toBe(true);
      await resetAndSeed(seeded.graph);
    });
  });

  describe('names', () => {
    const hostile: Array<[string, string]> = [
      ['a single space', ' '],
      ['NUL', '\u0000'],
      ['a zero-width space', '\u200b'],
      ['an RTL override', '\u202eevil'],
      ['a bell inside', 'a\u0007b'],
      ['a C1 control', 'a\u0085b'],
      ['a bidi isolate', 'a\u2066b'],
      ['a BOM only', '\ufeff'],
      ['combining marks only', '\u0301\u0302\u0303'],
      ['padding', '  Padded  '],
      ['10,000 characters', 'x'.repeat(10_000)],
    ];

    const mutations: Array<[string, string, (name: string) => Record<string, unknown>, string]> = [
      [
        'createOrganisation name',
        'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
        (name) => ({ input: { id: 'hostile-org', name, kind: 'OTHER' } }),
        'name',
      ],
      [
        'createOrganisation aliases',
        'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
        (name) => ({
          input: { id: 'hostile-org', name: 'Fine Name', kind: 'OTHER', aliases: [name] },
        }),
        'aliases',
      ],
      [
        'updateOrganisation name',
        'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }',
        (name) => ({ input: { id: 'msb', name } }),
        'name',
      ],
      [
        'updateOrganisation addAliases',
        'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }',
        (name) => ({ input: { id: 'msb', addAliases: [name] } }),
        'addAliases',
      ],
      [
        'createProject name',
        'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
        (name) => ({
          input: { id: 'hostile-project', name, kind: 'PROJECT', status: 'ONGOING', summary: 'S.' },
        }),
        'name',
      ],
      [
        'createFundingSource name',
        'mutation($input: CreateFundingSourceInput!) { createFundingSource(input: $input) { id } }',
        (name) => ({ input: { id: 'hostile-fund', name, kind: 'OTHER' } }),
        'name',
      ],
    ];

    const cases = mutations.flatMap(([label, query, variables, field]) =>
      hostile.map(([what, name]) => [`${label}: ${what}`, query, variables(name), field] as const),
    );

    it.each(cases)('refuses %s', async (_label, query, variables, field) => {
      await expectRefused(query, variables, new RegExp(`\\b${field}\\b.*(?:must|at most)`));
    });

    it('refuses more than 50 aliases naming the bound', async () => {
      await expectRefused(
        'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }',
        { input: { id: 'msb', addAliases: Array.from({ length: 51 }, (_, i) => `Alias ${i}`) } },
        /addAliases.*50/,
      );
    });

    it('still accepts ordinary names in any script, with inner marks and joiners', async () => {
      const reply = await post(
        'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name aliases } }',
        {
          input: {
            id: 'script-names',
            name: 'Gąciarz Żółć Ærø',
            kind: 'OTHER',
            aliases: ['नमस्ते संस्था', 'שירותי חירום', 'ﾃｽﾄ'],
          },
        },
      );
      expect(reply.errors).toBeUndefined();
      expect(reply.data?.createOrganisation).toMatchObject({ id: 'script-names' });
    });
  });

  describe('ids', () => {
    it('refuses a 10,000-character id naming the bound', async () => {
      await expectRefused(
        'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
        { input: { id: 'a'.repeat(10_000), name: 'Long Id', kind: 'OTHER' } },
        /id.*at most 200/,
      );
    });

    it.each([
      ['organisation', '{ organisation(id: $id) { id } }'],
      ['project', '{ project(id: $id) { id } }'],
      ['fundingSource', '{ fundingSource(id: $id) { id } }'],
    ])(
      'answers %s(id:) with an absurd id as unknown (null), not an error',
      async (field, selection) => {
        const reply = await post(`query($id: ID!) ${selection}`, { id: 'a'.repeat(10_000) }, false);
        expect(reply.status).toBe(200);
        expect(reply.errors).toBeUndefined();
        expect(reply.data?.[field]).toBeNull();
      },
    );
  });

  describe('search text', () => {
    it.each([
      ['one word of 1,500 characters', 'x'.repeat(1_500), /"text".*at most 200 characters/],
      [
        '1,000 words',
        Array.from({ length: 1_000 }, (_, i) => `w${i}`).join(' '),
        /"text".*at most 200 characters/,
      ],
      [
        '40 short words',
        Array.from({ length: 40 }, (_, i) => `${i % 10}`).join(' '),
        /"text".*at most 32 words/,
      ],
    ])('refuses %s naming the bound', async (_label, text, message) => {
      const reply = await post(
        'query($text: String!) { search(text: $text) { id } }',
        { text },
        false,
      );
      expect(reply.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(reply.errors?.[0]?.message).toMatch(message);
    });

    it('answers the longest text allowed, of the most words, without an error', async () => {
      const text = Array.from({ length: 32 }, (_, i) => `hamb${'z'.repeat(i % 3)}`).join(' ');
      const reply = await post(
        'query($text: String!) { search(text: $text) { id } }',
        { text },
        false,
      );
      expect(reply.errors).toBeUndefined();
      expect(Array.isArray(reply.data?.search)).toBe(true);
    });
  });

  describe('pages', () => {
    it.each([
      [
        'a root list cursor at 2^63-1',
        `{ organisations(first: 1, after: "${cursor('9223372036854775807')}") { totalCount } }`,
        /"after".*at most 1000000/,
      ],
      [
        'a nested list cursor at 2^53-1',
        `{ organisation(id: "msb") { participations(first: 1, after: "${cursor('9007199254740991')}") { totalCount } } }`,
        /"after".*at most 1000000/,
      ],
      [
        'a cursor of a thousand digits',
        `{ projects(after: "${cursor('9'.repeat(1000))}") { totalCount } }`,
        /"after".*at most 1000000/,
      ],
      [
        'a cursor that is not ours',
        '{ projects(after: "bm90LWEtY3Vyc29y") { totalCount } }',
        /"after"/,
      ],
      ['a negative first', '{ projects(first: -1) { totalCount } }', /"first".*0 and 100/],
    ])('refuses %s naming the bound', async (_label, query, message) => {
      const reply = await post(query, {}, false);
      expect(reply.errors?.[0]?.extensions?.code, JSON.stringify(reply.errors)).toBe(
        'BAD_USER_INPUT',
      );
      expect(reply.errors?.[0]?.message).toMatch(message);
    });
  });

  it.each([
    ['projects', '{ projects(first: 2147483647) { totalCount } }'],
    ['search', '{ search(text: "msb", first: 2147483647) { id } }'],
  ])('refuses first at 2^31-1 on %s as too costly before running it', async (_field, query) => {
    const reply = await post(query, {}, false);
    expect(reply.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(reply.data).toBeUndefined();
  });

  describe('numbers and dates at the limits', () => {
    const createProject = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
    const project = (extra: Record<string, unknown>) => ({
      input: {
        id: 'odd-dates',
        name: 'Odd Dates',
        kind: 'PROJECT',
        status: 'ONGOING',
        summary: 'S.',
        ...extra,
      },
    });

    it.each([
      ['durationMonths', 2147483647, /durationMonths.*1 to 1200/],
      ['durationMonths', 0, /durationMonths.*1 to 1200/],
      ['startDate', '0000', /startDate.*years 1000 to 2999/],
      ['startDate', '0000-00-00', /startDate/],
      ['endDate', '99999-01-01', /endDate/],
    ])('refuses %s = %s', async (field, value, message) => {
      await expectRefused(createProject, project({ [field]: value }), message);
    });

    it.each([
      [
        'projects',
        '{ projects(filter: { activeFrom: 2147483647 }) { totalCount } }',
        /activeFrom.*1000 to 2999/,
      ],
      [
        'projects',
        '{ projects(filter: { activeTo: -5 }) { totalCount } }',
        /activeTo.*1000 to 2999/,
      ],
      [
        'partnershipNetwork',
        '{ partnershipNetwork(filter: { activeFrom: -2147483648 }) { projectCount } }',
        /activeFrom.*1000 to 2999/,
      ],
    ])('refuses a year out of range in %s', async (_field, query, message) => {
      const reply = await post(query, {}, false);
      expect(reply.errors?.[0]?.extensions?.code, JSON.stringify(reply.errors)).toBe(
        'BAD_USER_INPUT',
      );
      expect(reply.errors?.[0]?.message).toMatch(message);
    });
  });
});
