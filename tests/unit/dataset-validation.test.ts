import { describe, expect, it } from 'vitest';
import { DatasetError, formatProblem } from '../../src/import/dataset-error.js';
import { DatasetFile } from '../../src/import/dataset-file.js';
import { validateDatasets } from '../../src/import/validate-dataset.js';

// Where the importer says a problem is: file, 1-based line, record and field.
const TEXT = [
  'source:', // 1
  '  id: unit-test', // 2
  '  title: Unit test', // 3
  '  kind: curation', // 4
  'organisations:', // 5
  '  - id: first-agency', // 6
  '    name: First Agency', // 7
  '    kind: government agency', // 8
  '    lines: "1"', // 9
  '  - id: x', // 10
  '    name: Second Agency', // 11
  '    kind: government agency', // 12
  '    country: "de"', // 13
  '    lines: "2"', // 14
  'participations:', // 15
  '  - {organisation: first-agency, project: elsewhere, role: partner, lines: "3"}', // 16
].join('\n');

describe('DatasetFile.lineOf', () => {
  const file = DatasetFile.parse(TEXT, 'unit.yaml');

  it('finds the line of a value by its key path', () => {
    expect(file.lineOf(['source', 'kind'])).toBe(4);
    expect(file.lineOf(['organisations', 0])).toBe(6);
    expect(file.lineOf(['organisations', 1, 'country'])).toBe(13);
    expect(file.lineOf(['participations', 0, 'role'])).toBe(16);
  });

  it('falls back to the closest existing parent', () => {
    expect(file.lineOf(['organisations', 1, 'acronym'])).toBe(10);
    expect(file.lineOf(['organisations', 7, 'name'])).toBe(file.lineOf(['organisations']));
    expect(file.lineOf(['organisations'])).toBe(6);
  });

  it('keeps the parsed content', () => {
    expect(file.file).toBe('unit.yaml');
    expect(file.content).toMatchObject({ source: { id: 'unit-test' } });
  });
});

describe('validateDatasets', () => {
  it('locates a bad field by file, line and record', () => {
    const { problems } = validateDatasets([DatasetFile.parse(TEXT, 'unit.yaml')]);
    expect(problems).toEqual([
      {
        file: 'unit.yaml',
        line: 13,
        where: 'organisations[1] (id "x").country',
        message: 'must be an ISO 3166-1 alpha-2 code like "DE"',
      },
    ]);
    expect(formatProblem(problems[0]!)).toBe(
      'unit.yaml:13: organisations[1] (id "x").country: must be an ISO 3166-1 alpha-2 code like "DE"',
    );
  });

  it('locates the first record of a section at index 0', () => {
    const text = TEXT.replace('    name: First Agency', '    name: ""');
    const { problems } = validateDatasets([DatasetFile.parse(text, 'unit.yaml')]);
    expect(problems.map((p) => [p.line, p.where, p.message])).toContainEqual([
      7,
      'organisations[0] (id "first-agency").name',
      'must not be empty',
    ]);
  });

  it('leaves references the files cannot satisfy to be checked against the graph', () => {
    const valid = TEXT.replace('    country: "de"', '    country: "DE"');
    const check = validateDatasets([DatasetFile.parse(valid, 'unit.yaml')]);
    expect(check.problems).toEqual([]);
    expect(check.unresolved.map((ref) => [ref.labels, ref.id, ref.problemAt])).toEqual([
      [
        ['Country'],
        'DE',
        { file: 'unit.yaml', line: 13, where: 'organisations[1] (id "x").country' },
      ],
      [
        ['Project'],
        'elsewhere',
        { file: 'unit.yaml', line: 16, where: 'participations[0].project' },
      ],
    ]);
  });

  it('resolves references between files imported together', () => {
    const projects = DatasetFile.parse(
      [
        'source: {id: other, title: Other, kind: curation}',
        'countries: [{code: "DE", name: Germany, lines: "1"}]',
        'projects:',
        '  - {id: elsewhere, name: Elsewhere, kind: project, status: ongoing, summary: A project., lines: "1"}',
      ].join('\n'),
      'other.yaml',
    );
    const valid = TEXT.replace('    country: "de"', '    country: "DE"');
    const check = validateDatasets([DatasetFile.parse(valid, 'unit.yaml'), projects]);
    expect(check.problems).toEqual([]);
    expect(check.unresolved).toEqual([]);
  });

  it('blames the later of two records sharing a normalised name, across files', () => {
    const first = DatasetFile.parse(
      [
        'source: {id: a, title: A, kind: curation}',
        'organisations:',
        '  - {id: hamburg-fire-rescue-service, name: Hamburg Fire and Rescue Service, kind: rescue service, lines: "1"}',
      ].join('\n'),
      'a.yaml',
    );
    const second = DatasetFile.parse(
      [
        'source: {id: b, title: B, kind: curation}',
        'fundingSources:',
        '  - {id: other-fund, name: Other Fund, kind: national funding, lines: "1"}',
        '  - id: hamburg-fund', // 4
        '    name: Hamburg Fund',
        '    aliases: [HAMBURG FIRE & RESCUE SERVICE]',
        '    kind: national funding',
        '    lines: "2"',
      ].join('\n'),
      'b.yaml',
    );
    const { problems } = validateDatasets([first, second]);
    expect(problems).toEqual([
      {
        file: 'b.yaml',
        line: 6,
        where: 'fundingSources[1] (id "hamburg-fund").aliases.0',
        message:
          'the name "HAMBURG FIRE & RESCUE SERVICE" is also used by organisations hamburg-fire-rescue-service; merge them (aliases) or rename one',
      },
    ]);
  });

  it('reports a repeated participation and a duplicate id with their records', () => {
    const text = [
      'source: {id: dup, title: Dup, kind: curation}',
      'topics:',
      '  - {id: floods, name: Floods, kind: hazard, lines: "1"}',
      '  - {id: floods, name: Flooding, kind: hazard, lines: "2"}', // 4
      'participations:',
      '  - {organisation: o, project: p, role: partner, lines: "1"}',
      '  - {organisation: o, project: p, role: partner, lines: "2"}', // 7
    ].join('\n');
    const { problems } = validateDatasets([DatasetFile.parse(text, 'dup.yaml')]);
    expect(problems.map((p) => formatProblem(p))).toEqual([
      'dup.yaml:4: topics[1] (id "floods"): duplicate id "floods" in topics',
      'dup.yaml:7: participations[1]: "o" already has the role "partner" in "p" in this file',
    ]);
  });
});

describe('DatasetError', () => {
  it('lists every problem, with or without a line', () => {
    const error = new DatasetError([
      { file: 'a.yaml', line: 3, where: 'projects[0] (id "p").status', message: 'bad' },
      { file: 'b.yaml', where: 'file', message: 'ENOENT' },
    ]);
    expect(error.name).toBe('DatasetError');
    expect(error.message).toBe(
      'Import refused, nothing was written. 2 problem(s):\n' +
        '  a.yaml:3: projects[0] (id "p").status: bad\n' +
        '  b.yaml: file: ENOENT',
    );
  });

  it('is what DatasetFile.read throws for a missing file, naming it', () => {
    expect(() => DatasetFile.read('/nonexistent/dataset.yaml', 'missing.yaml')).toThrow(
      /missing\.yaml: file: ENOENT/,
    );
  });
});
