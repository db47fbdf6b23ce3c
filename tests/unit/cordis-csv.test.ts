import { describe, expect, it } from 'vitest';
import { readCordisCsv, type CsvTable } from '../../src/import/cordis/cordis-csv.js';

const COLUMNS = { required: ['id', 'title'] } as const;

function rowsOf(
  table: CsvTable,
): Array<{ line: number; lines: string; id: string; title: string }> {
  return table.rows.map((row) => ({
    line: row.line,
    lines: row.lines,
    id: row.value('id'),
    title: row.value('title'),
  }));
}

describe('readCordisCsv', () => {
  it('reads quoted semicolons and newlines, and numbers every row by its first line', () => {
    const table = readCordisCsv(
      'project.csv',
      'id;title;extra\n1;"A; B";x\n2;"first\nsecond\nthird";y\n3;plain;z\n',
      COLUMNS,
    );
    expect(table.problems).toEqual([]);
    expect(table.complete).toBe(true);
    expect(rowsOf(table)).toEqual([
      { line: 2, lines: '2', id: '1', title: 'A; B' },
      { line: 3, lines: '3-5', id: '2', title: 'first\nsecond\nthird' },
      { line: 6, lines: '6', id: '3', title: 'plain' },
    ]);
  });

  it('tolerates a byte-order mark, CRLF line ends (also inside quotes) and blank lines', () => {
    const text = '\ufeffid;title\r\n1;"x\r\ny"\r\n\r\n2;"ü"\r\n3;last';
    const table = readCordisCsv('project.csv', Buffer.from(text, 'utf8'), COLUMNS);
    expect(table.problems).toEqual([]);
    expect(rowsOf(table)).toEqual([
      { line: 2, lines: '2-3', id: '1', title: 'x\r\ny' },
      { line: 5, lines: '5', id: '2', title: 'ü' },
      { line: 6, lines: '6', id: '3', title: 'last' },
    ]);
  });

  it('finds columns by name in any order and ignores the others', () => {
    const table = readCordisCsv('project.csv', 'rcn;title;status;id\n9;T;SIGNED;42\n', COLUMNS);
    expect(rowsOf(table)).toEqual([{ line: 2, lines: '2', id: '42', title: 'T' }]);
    expect(table.rows[0]?.value('notAColumn')).toBe('');
  });

  it('names every missing required column and reads no rows', () => {
    const table = readCordisCsv('project.csv', 'acronym;status\nX;SIGNED\n', COLUMNS);
    expect(table.complete).toBe(false);
    expect(table.rows).toEqual([]);
    expect(table.problems).toEqual([
      {
        file: 'project.csv',
        line: 1,
        where: 'id',
        message: 'required column "id" is missing from the header',
      },
      {
        file: 'project.csv',
        line: 1,
        where: 'title',
        message: 'required column "title" is missing from the header',
      },
    ]);
  });

  it('does not require optional columns', () => {
    const table = readCordisCsv('o.csv', 'id;title\n1;T\n', { ...COLUMNS, optional: ['city'] });
    expect(table.problems).toEqual([]);
    expect(table.rows[0]?.value('city')).toBe('');
  });

  it('reports an unclosed quote on the line of the record it opens in, keeping the rows before', () => {
    const table = readCordisCsv(
      'project.csv',
      'id;title\r\n1;"a\r\nb"\r\n2;"open\r\n3;c\r\n',
      COLUMNS,
    );
    expect(table.complete).toBe(false);
    expect(rowsOf(table).map((row) => row.id)).toEqual(['1']);
    expect(table.problems).toEqual([
      {
        file: 'project.csv',
        line: 4,
        where: 'syntax',
        message: 'unclosed quote: a quoted field that starts in this record is never closed',
      },
    ]);
  });

  it('reports a row with the wrong number of fields on its line', () => {
    const table = readCordisCsv('project.csv', 'id;title\n1;a\n2;b;c\n', COLUMNS);
    expect(table.problems).toHaveLength(1);
    expect(table.problems[0]).toMatchObject({ file: 'project.csv', line: 3, where: 'syntax' });
    expect(table.problems[0]?.message).toMatch(/^CSV syntax error: Invalid Record Length/);
    expect(table.problems[0]?.message).not.toMatch(/line \d/);
  });

  it('reports an empty file', () => {
    const table = readCordisCsv('project.csv', '', COLUMNS);
    expect(table.complete).toBe(false);
    expect(table.problems).toMatchObject([{ file: 'project.csv', line: 1, where: 'header' }]);
  });
});
