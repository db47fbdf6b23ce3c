import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertCordis, type CordisInput } from '../../src/import/cordis/convert-cordis.js';
import { cordisDatasetFile, inCordisFile } from '../../src/import/cordis/cordis-dataset-file.js';
import { checkCordis } from '../../src/import/cordis/import-cordis.js';
import { DatasetError } from '../../src/import/dataset-error.js';
import { DatasetFile } from '../../src/import/dataset-file.js';
import { validateDatasets } from '../../src/import/validate-dataset.js';

const FIXTURES = path.resolve('tests/fixtures/cordis');

function valid(): CordisInput {
  const file = (name: string) => ({
    name,
    data: readFileSync(path.join(FIXTURES, 'valid', name)),
  });
  return {
    projects: file('project.csv'),
    organisations: file('organization.csv'),
    today: '2025-06-01',
  };
}

describe('DatasetFile.fromObject', () => {
  it('answers lineOf from the map, falling back to the closest parent', () => {
    const lines = new Map([
      [DatasetFile.pathKey(['projects', 0]), 12],
      [DatasetFile.pathKey(['projects', 0, 'name']), 13],
    ]);
    const file = DatasetFile.fromObject({ projects: [{ name: 'x' }] }, 'in-memory', lines);
    expect(file.file).toBe('in-memory');
    expect(file.lineOf(['projects', 0, 'name'])).toBe(13);
    expect(file.lineOf(['projects', 0, 'summary'])).toBe(12);
    expect(file.lineOf(['projects', 1])).toBeUndefined();
    expect(DatasetFile.pathKey(['projects', 3, 'name'])).toBe('projects.3.name');
  });

  it('leaves YAML files as they were: lines from the document', () => {
    const file = DatasetFile.parse(
      'source:\n  id: x\nprojects:\n  - id: p\n    name: P\n',
      'x.yaml',
    );
    expect(file.lineOf(['projects', 0, 'name'])).toBe(5);
    expect(file.lineOf(['projects', 0, 'missing'])).toBe(4);
  });
});

describe('a converted CORDIS export as a dataset file', () => {
  it('passes validation with every reference resolved inside the export', () => {
    const check = validateDatasets([cordisDatasetFile(convertCordis(valid()))]);
    expect(check.problems).toEqual([]);
    expect(check.unresolved).toEqual([]);
    expect(check.valid).toHaveLength(1);
  });

  it('reports validation problems at the CSV file and line of the record', () => {
    // Two organisations sharing a name: entity resolution refuses it.
    const input = valid();
    input.organisations.data = readFileSync(path.join(FIXTURES, 'valid', 'organization.csv'))
      .toString('utf8')
      .replace(';Polder Systems B.V.;', ';UPPSALA RESILIENCE INSTITUTE;');
    const conversion = convertCordis(input);
    let error: unknown;
    try {
      checkCordis(conversion);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems).toEqual([
      expect.objectContaining({
        file: 'organization.csv',
        line: 9,
        where: 'organisations[6] (id "cordis-org-999100007").name',
      }),
    ]);
    expect((error as DatasetError).message).toContain(
      'organization.csv:9: organisations[6] (id "cordis-org-999100007").name: the name "UPPSALA RESILIENCE INSTITUTE"',
    );
  });

  it('names the file of each section', () => {
    const files = { projects: 'p.csv', organisations: 'o.csv' };
    const at = (where: string) =>
      inCordisFile({ file: 'p.csv + o.csv', where, message: 'm' }, files).file;
    expect(at('projects[1] (id "cordis-1").endDate')).toBe('p.csv');
    expect(at('funding[0].amountEur')).toBe('p.csv');
    expect(at('fundingSources[0] (id "horizon-2020")')).toBe('p.csv');
    expect(at('source.id')).toBe('p.csv');
    expect(at('organisations[2] (id "cordis-org-1").name')).toBe('o.csv');
    expect(at('participations[4]')).toBe('o.csv');
    expect(at('countries[0] (id "GR")')).toBe('o.csv');
  });

  it('reports an invalid source id given by the user', () => {
    const conversion = convertCordis({ ...valid(), sourceId: 'Not A Slug' });
    expect(() => checkCordis(conversion)).toThrow(/project\.csv: source\.id: must be a lower-case/);
  });
});
