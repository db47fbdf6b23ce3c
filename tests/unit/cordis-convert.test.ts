import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  convertCordis,
  type CordisConversion,
  type CordisInput,
} from '../../src/import/cordis/convert-cordis.js';
import { DatasetError, type DatasetProblem } from '../../src/import/dataset-error.js';
import { DatasetFile } from '../../src/import/dataset-file.js';

const FIXTURES = path.resolve('tests/fixtures/cordis');
const TODAY = '2025-06-01';

function fixture(variant: string): CordisInput {
  const file = (name: string) => ({
    name: `${variant}/${name}`,
    data: readFileSync(path.join(FIXTURES, variant, name)),
  });
  return { projects: file('project.csv'), organisations: file('organization.csv'), today: TODAY };
}

function problemsOf(input: CordisInput): DatasetProblem[] {
  try {
    convertCordis(input);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  throw new Error('expected the conversion to be refused');
}

/** A small export, built from header and rows, for the cases the fixtures do not cover. */
function csvInput(projectRows: string[], organisationRows: string[]): CordisInput {
  const projectHeader =
    'id;acronym;status;title;startDate;endDate;totalCost;ecMaxContribution;frameworkProgramme;objective';
  const organisationHeader = 'projectID;organisationID;name;shortName;activityType;country;role';
  return {
    projects: { name: 'project.csv', data: [projectHeader, ...projectRows, ''].join('\n') },
    organisations: {
      name: 'organization.csv',
      data: [organisationHeader, ...organisationRows, ''].join('\n'),
    },
    today: TODAY,
  };
}

describe('convertCordis on the valid fixture', () => {
  const conversion: CordisConversion = convertCordis(fixture('valid'));
  const { dataset } = conversion;
  const project = (code: string) => dataset.projects.find((p) => p.code === code);
  const organisation = (id: string) => dataset.organisations.find((o) => o.id === id);

  it('converts every project, organisation and participation row', () => {
    expect(dataset.projects).toHaveLength(5);
    expect(dataset.organisations).toHaveLength(14);
    expect(dataset.participations).toHaveLength(16);
    expect(dataset.projects.map((p) => p.id)).toEqual([
      'cordis-700395',
      'cordis-833456',
      'cordis-101073954',
      'cordis-101121190',
      'cordis-607798',
    ]);
  });

  it('records the source', () => {
    expect(dataset.source).toEqual({
      id: 'cordis-project',
      title: 'CORDIS export (project.csv, organization.csv)',
      kind: 'dataset',
      document: 'project.csv, organization.csv',
    });
  });

  it('converts a project: names, dates, amounts, summary and the CSV lines it spans', () => {
    expect(project('700395')).toMatchObject({
      id: 'cordis-700395',
      code: '700395',
      acronym: 'RESCUE-NET',
      name: 'Rescue networks; cross-border coordination of fire and rescue services',
      kind: 'project',
      status: 'finalised',
      startDate: '2016-05-01',
      endDate: '2019-04-30',
      totalBudgetEur: 3499875.5,
      euContributionEur: 3499875.5,
      lines: '2-4',
    });
    expect(project('700395')?.summary).toBe(
      'RESCUE-NET linked fire and rescue services on both sides of the Baltic Sea. ' +
        'It wrote shared procedures for cross-border incidents; tested them in two exercises. ' +
        'The results fed national training curricula.',
    );
  });

  it('reads a decimal comma, leaves an empty amount out, and falls back to the title', () => {
    expect(project('833456')).toMatchObject({ totalBudgetEur: 2987654.25, lines: '5' });
    expect(project('101121190')?.totalBudgetEur).toBeUndefined();
    expect(project('101121190')?.euContributionEur).toBe(1500000);
    expect(project('101121190')?.summary).toBe('Wildfire behaviour analytics');
  });

  it('derives the status from CORDIS status and end date', () => {
    expect(project('833456')?.status).toBe('finalised'); // signed, ended 2022
    expect(project('101073954')?.status).toBe('ongoing'); // signed, ends 2027
    expect(project('101121190')?.status).toBe('finalised'); // terminated
  });

  it('creates one funding source per framework programme, reusing horizon-2020', () => {
    expect(dataset.fundingSources.map((f) => [f.id, f.name, f.kind, f.lines])).toEqual([
      ['horizon-2020', 'Horizon 2020', 'eu programme', '2-4'],
      ['horizon-europe', 'Horizon Europe', 'eu programme', '6'],
      ['cordis-fp-fp7', 'Seventh Framework Programme', 'eu programme', '8'],
    ]);
    expect(dataset.funding).toEqual([
      {
        fundingSource: 'horizon-2020',
        project: 'cordis-700395',
        amountEur: 3499875.5,
        lines: '2-4',
      },
      { fundingSource: 'horizon-2020', project: 'cordis-833456', amountEur: 2500000, lines: '5' },
      {
        fundingSource: 'horizon-europe',
        project: 'cordis-101073954',
        amountEur: 4999000,
        lines: '6',
      },
      {
        fundingSource: 'horizon-europe',
        project: 'cordis-101121190',
        amountEur: 1500000,
        lines: '7',
      },
      { fundingSource: 'cordis-fp-fp7', project: 'cordis-607798', amountEur: 1800000, lines: '8' },
    ]);
  });

  it('converts organisations from the first row they appear in', () => {
    expect(organisation('cordis-org-999100002')).toEqual({
      id: 'cordis-org-999100002',
      name: 'Athens Fire Academy; Hellenic Rescue Training Centre',
      acronym: 'AFA',
      aliases: [],
      kind: 'public body',
      country: 'GR',
      city: 'Athens',
      identifiers: [{ scheme: 'PIC', value: '999100002' }],
      lines: '3',
    });
    expect(organisation('cordis-org-999100003')).toMatchObject({
      kind: 'university',
      country: 'GB',
      lines: '4-5',
    });
    expect(organisation('cordis-org-999100004')?.acronym).toBeUndefined();
    expect(organisation('cordis-org-999100008')?.city).toBeUndefined();
    expect(organisation('cordis-org-999100009')?.name).toBe('CBRN Response Network; Europe');
    expect(organisation('cordis-org-999100009')?.kind).toBe('other');
  });

  it('lists every country used once, with ISO codes and English names', () => {
    expect(dataset.countries.map((c) => c.code)).toEqual([
      'SE',
      'GR',
      'GB',
      'FI',
      'DE',
      'AT',
      'NL',
      'EE',
      'BE',
      'PT',
      'ES',
      'LT',
      'PL',
    ]);
    expect(dataset.countries.find((c) => c.code === 'GR')).toEqual({
      code: 'GR',
      name: 'Greece',
      lines: '3',
    });
  });

  it('maps roles and cites each participation on its own line', () => {
    const of = (organisationId: string) =>
      dataset.participations
        .filter((p) => p.organisation === organisationId)
        .map((p) => `${p.project}:${p.role}:${p.lines}`);
    expect(of('cordis-org-999100001')).toEqual([
      'cordis-700395:coordinator:2',
      'cordis-101073954:partner:12',
    ]);
    expect(of('cordis-org-999100003')).toEqual([
      'cordis-700395:partner:4-5',
      'cordis-607798:partner:18-19',
    ]);
    expect(of('cordis-org-999100004')).toEqual(['cordis-700395:third party:6']);
    expect(of('cordis-org-999100008')).toEqual(['cordis-833456:associated partner:10']);
  });

  it('maps every record to the line it came from', () => {
    const file = DatasetFile.fromObject(dataset, 'cordis', conversion.lines);
    expect(file.lineOf(['projects', 0])).toBe(2);
    expect(file.lineOf(['projects', 4, 'summary'])).toBe(8);
    expect(file.lineOf(['funding', 2, 'amountEur'])).toBe(6);
    expect(file.lineOf(['organisations', 9])).toBe(13);
    expect(file.lineOf(['participations', 15, 'role'])).toBe(18);
    expect(file.lineOf(['countries', 2])).toBe(4);
    expect(file.lineOf(['source', 'id'])).toBeUndefined();
  });

  it('takes the source id when given', () => {
    const given = convertCordis({ ...fixture('valid'), sourceId: 'cordis-2024-06' });
    expect(given.dataset.source.id).toBe('cordis-2024-06');
  });
});

describe('convertCordis refuses invalid exports', () => {
  it('an unknown country code, naming the value', () => {
    expect(problemsOf(fixture('unknown-country'))).toEqual([
      {
        file: 'unknown-country/organization.csv',
        line: 8,
        where: 'country',
        message: '"XX" is not an ISO 3166-1 alpha-2 country code',
      },
    ]);
  });

  it('a malformed number', () => {
    expect(problemsOf(fixture('malformed-number'))).toEqual([
      {
        file: 'malformed-number/project.csv',
        line: 5,
        where: 'totalCost',
        message: '"12abc" is not an amount in euros (digits with an optional decimal point)',
      },
    ]);
  });

  it('a participation in a project that is not in project.csv', () => {
    expect(problemsOf(fixture('unknown-project'))).toEqual([
      {
        file: 'unknown-project/organization.csv',
        line: 15,
        where: 'projectID',
        message: 'project "999999" is not in project.csv',
      },
    ]);
  });

  it('a missing column, naming it', () => {
    expect(problemsOf(fixture('missing-column'))).toEqual([
      {
        file: 'missing-column/organization.csv',
        line: 1,
        where: 'country',
        message: 'required column "country" is missing from the header',
      },
    ]);
  });

  it('a CSV syntax error, on the line of the broken record', () => {
    expect(problemsOf(fixture('unclosed-quote'))).toEqual([
      {
        file: 'unclosed-quote/project.csv',
        line: 6,
        where: 'syntax',
        message: 'unclosed quote: a quoted field that starts in this record is never closed',
      },
    ]);
  });

  it('collects every problem of both files, in file and line order', () => {
    const input = csvInput(
      [
        '1;A;SIGNED;Alpha;2020-02-30;2021-01-01;100;50;H2020;',
        '2;B;OPEN;Beta;2020-01-01;2019-01-01;100;200;H2020;',
        '1;C;CLOSED;;2020-01-01;2021-01-01;1x;;H2020;',
        'x_3;D;CLOSED;Delta;;;;;FP7;',
      ],
      [
        '1;10;Org;O;HES;XX;coordinator',
        '2;11;;P;ABC;DE;sponsor',
        '9;12;Other Org;Q;REC;EL;partner',
      ],
    );
    const problems = problemsOf(input).map((p) => `${p.file}:${p.line}: ${p.where}`);
    expect(problems).toEqual([
      'project.csv:2: startDate',
      'project.csv:3: endDate',
      'project.csv:3: status',
      'project.csv:3: ecMaxContribution',
      'project.csv:4: id',
      'project.csv:4: title',
      'project.csv:4: totalCost',
      'project.csv:5: id',
      'organization.csv:2: country',
      'organization.csv:3: name',
      'organization.csv:3: activityType',
      'organization.csv:3: role',
      'organization.csv:4: projectID',
    ]);
    const messages = problemsOf(input).map((p) => p.message);
    expect(messages).toContain('project "1" is already on line 2');
    expect(messages).toContain('"2019-01-01" is before the startDate "2020-01-01"');
    expect(messages).toContain('the EU contribution 200 exceeds the totalCost 100');
    expect(messages).toContain('"2020-02-30" is not a date like "2021-09-01"');
  });

  it('does not report participations as unknown when project.csv could not be read', () => {
    const input = csvInput(['1;"A;SIGNED;Alpha;;;;;H2020;'], ['5;10;Org;O;HES;DE;coordinator']);
    expect(problemsOf(input).map((p) => `${p.file}:${p.line}: ${p.where}`)).toEqual([
      'project.csv:2: syntax',
    ]);
  });
});

describe('convertCordis edge cases', () => {
  it('merges a repeated row of the same organisation, project and role into one participation', () => {
    const { dataset } = convertCordis(
      csvInput(
        ['1;A;CLOSED;Alpha;;;;;;'],
        [
          '1;10;Org;O;HES;DE;participant',
          '1;10;Org;O;HES;DE;partner',
          '1;10;Org;O;HES;DE;coordinator',
        ],
      ),
    );
    expect(dataset.participations).toEqual([
      { organisation: 'cordis-org-10', project: 'cordis-1', role: 'partner', lines: '2, 3' },
      { organisation: 'cordis-org-10', project: 'cordis-1', role: 'coordinator', lines: '4' },
    ]);
  });

  it('leaves out funding when the framework programme is empty, and a country when unknown', () => {
    const { dataset } = convertCordis(
      csvInput(['1;;CLOSED;Alpha;;;;;;'], ['1;10;Org;;;;participant']),
    );
    expect(dataset.fundingSources).toEqual([]);
    expect(dataset.funding).toEqual([]);
    expect(dataset.countries).toEqual([]);
    expect(dataset.projects[0]?.acronym).toBeUndefined();
    expect(dataset.organisations[0]).toMatchObject({ kind: 'other', country: undefined });
  });

  it('derives the source id from the projects file name', () => {
    const input = csvInput(['1;A;CLOSED;Alpha;;;;;;'], []);
    input.projects.name = 'exports/CORDIS Projects_2024.csv';
    expect(convertCordis(input).dataset.source.id).toBe('cordis-cordis-projects-2024');
  });
});
