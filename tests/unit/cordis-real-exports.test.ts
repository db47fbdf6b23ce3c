import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertCordis, type CordisInput } from '../../src/import/cordis/convert-cordis.js';
import { readCordisCsv } from '../../src/import/cordis/cordis-csv.js';
import { checkCordis } from '../../src/import/cordis/import-cordis.js';
import { DatasetError } from '../../src/import/dataset-error.js';

// Real rows of the EU's CORDIS exports (see tests/fixtures/cordis-real/README.md).
const REAL = path.resolve('tests/fixtures/cordis-real');
const TODAY = '2025-06-01';

function realExport(projects: string, organisations: string): CordisInput {
  const file = (name: string) => ({ name, data: readFileSync(path.join(REAL, name)) });
  return { projects: file(projects), organisations: file(organisations), today: TODAY };
}

const HORIZON = realExport('horizon-europe/project.csv', 'horizon-europe/organization.csv');

describe('real CORDIS exports, read as the EU publishes them', () => {
  it('converts all 100 Horizon Europe projects and 329 participant rows, and validates', () => {
    const { dataset } = convertCordis(HORIZON);
    expect(dataset.projects).toHaveLength(100);
    const rows = dataset.participations
      .map((p) => p.lines.split(', ').length)
      .reduce((a, b) => a + b, 0);
    expect(rows).toBe(329);
    expect(() => checkCordis(convertCordis(HORIZON))).not.toThrow();
  });

  it('reads a totalCost of 0 as not reported (the zero-cost rule), other amounts as written', () => {
    const { dataset } = convertCordis(HORIZON);
    const unknown = dataset.projects.filter((p) => p.totalBudgetEur === undefined);
    expect(unknown).toHaveLength(64);
    expect(unknown.every((p) => (p.euContributionEur ?? 0) > 0)).toBe(true);
    expect(dataset.projects.find((p) => p.code === '101116741')?.totalBudgetEur).toBe(1499998);
    // Organisation rows: decimal point in the contributions, decimal comma in totalCost.
    const belspo = dataset.participations.find(
      (p) => p.project === 'cordis-101177609' && p.organisation === 'cordis-org-999807713',
    );
    expect(belspo).toMatchObject({
      role: 'coordinator',
      ecContributionEur: 100000,
      netEcContributionEur: 100000,
      totalCostEur: 180250,
      sme: false,
      endOfParticipation: false,
    });
    const zeroCost = dataset.participations.filter((p) => p.totalCostEur === undefined);
    expect(zeroCost.length).toBeGreaterThan(0);
    expect(dataset.participations.some((p) => p.totalCostEur === 0)).toBe(false);
  });

  it('takes every analyst column: project call data, organisation place and identifiers', () => {
    const { dataset } = convertCordis(HORIZON);
    const doe = dataset.projects.find((p) => p.code === '101116741');
    expect(doe).toMatchObject({
      legalBasis: 'HORIZON.1.1',
      fundingScheme: 'HORIZON-ERC',
      masterCall: 'ERC-2023-STG',
      ecSignatureDate: '2023-12-15',
      grantDoi: '10.3030/101116741',
      topics: ['cordis-topic-erc-2023-stg'],
    });
    expect(dataset.topics.find((t) => t.id === 'cordis-topic-erc-2023-stg')).toMatchObject({
      name: 'ERC-2023-STG',
      kind: 'call topic',
    });
    const climateKic = dataset.organisations.find((o) => o.id === 'cordis-org-917561607');
    expect(climateKic).toMatchObject({
      name: 'CLIMATE-KIC HOLDING BV',
      nutsCode: 'NL329',
      latitude: 52.0949753,
      longitude: 5.109708,
      identifiers: [
        { scheme: 'PIC', value: '917561607' },
        { scheme: 'VAT', value: 'NL855175588B01' },
      ],
    });
    const belspo = dataset.organisations.find((o) => o.id === 'cordis-org-999807713');
    expect(belspo?.identifiers).toEqual([{ scheme: 'PIC', value: '999807713' }]);
  });

  it('reads the byte-for-byte export whose inner quotes are not doubled', () => {
    const csv = readFileSync(path.join(REAL, 'horizon-europe/project-unescaped-quotes.csv'));
    const table = readCordisCsv('project-unescaped-quotes.csv', csv, { required: ['id'] });
    expect(table.problems).toEqual([]);
    expect(table.rows.map((row) => row.value('id'))).toEqual([
      '101165535',
      '101177315',
      '101178843',
      '101178477',
    ]);
    expect(table.rows[0]?.value('objective')).toContain('used to "play around" with');
    expect(table.rows[0]?.value('startDate')).toBe('2025-01-01');
    expect(table.rows[1]?.value('totalCost')).toBe('2494217,5');
    expect(table.rows[2]?.value('title')).toMatch(/^#DemocracyinAction: GRASSROOTS/);
    expect(table.rows[3]?.value('grantDoi')).toBe('10.3030/101178477');
  });

  it('reads the older layout: tab-separated, `id` for the PIC, multi-line addresses, codes with "*"', () => {
    const { dataset } = convertCordis(
      realExport('older-layout/projects-fp1.tsv', 'older-layout/organizations-fp1.tsv'),
    );
    expect(dataset.projects).toHaveLength(68);
    const rows = dataset.participations
      .map((p) => p.lines.split(', ').length)
      .reduce((a, b) => a + b, 0);
    expect(rows).toBe(300);
    expect(dataset.projects.map((p) => p.id)).toContain('cordis-st2-0172');
    // No PIC in these rows: one organisation per name, with no identifiers.
    const cnr = dataset.organisations.filter((o) =>
      o.name.startsWith('Consiglio Nazionale delle Ricerche'),
    );
    expect(cnr).toHaveLength(1);
    expect(cnr[0]?.identifiers).toEqual([]);
    expect(cnr[0]?.country).toBe('IT');
    expect(
      dataset.organisations.find((o) => o.name === 'Royal Postgraduate Medical School'),
    ).toMatchObject({ country: 'GB', city: 'London' });
  });

  it('still refuses a row whose stray quote before a separator shifts its fields, naming file and line', () => {
    const text = 'id;title;status\n1;"a "quoted"; part";SIGNED\n2;fine;SIGNED\n';
    const table = readCordisCsv('project.csv', text, { required: ['id', 'title', 'status'] });
    expect(table.problems).toHaveLength(1);
    expect(table.problems[0]).toMatchObject({ file: 'project.csv', line: 2, where: 'syntax' });
  });

  it('names file, line and column of a bad analyst value, and converts nothing', () => {
    const organisations = readFileSync(path.join(REAL, 'horizon-europe/organization.csv'), 'utf8')
      .replace('52.0949753,5.109708', '152.09,5.10')
      .replace(';NL329;', ';not nuts;');
    const input = { ...HORIZON, organisations: { name: 'organization.csv', data: organisations } };
    let error: unknown;
    try {
      convertCordis(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const problems = (error as DatasetError).problems;
    expect(problems).toEqual([
      expect.objectContaining({ file: 'organization.csv', line: 3, where: 'nutsCode' }),
      expect.objectContaining({ file: 'organization.csv', line: 3, where: 'geolocation' }),
    ]);
  });
});
