import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../src/graph/open-graph.js';
import { projectConditions } from '../../src/filters/project-filter-params.js';
import { organisationFilterParams } from '../../src/resolvers/filter-params.js';

/** The `// filter: begin` … `// filter: end` blocks of a statement, indentation removed. */
function filterBlocks(text: string): string[] {
  const blocks = [...text.matchAll(/\/\/ filter: begin[^\n]*\n([\s\S]*?)\n\s*\/\/ filter: end/g)];
  return blocks.map(([, block]) =>
    block!
      .split('\n')
      .map((line) => line.trim())
      .join('\n'),
  );
}

const parametersIn = (text: string): string[] =>
  [...new Set([...text.matchAll(/\$([A-Za-z]+)/g)].map(([, name]) => name!))].sort();

/** The parameters tested by the statement's `… AS unfiltered` expression. */
function unfilteredParameters(text: string): string[] {
  const match = /^WITH ([\s\S]*?) AS unfiltered$/m.exec(text);
  return parametersIn(match?.[1] ?? '');
}

// A list statement filters twice (the total and the page); if the copies or the
// resolver's parameters drift apart, totalCount stops matching the items.
describe.each([
  {
    statement: 'list-projects',
    params: projectConditions(null),
    derived: ['code'],
    // How the filter is read, not a condition of its own (see projectFilterOptions).
    options: ['includeUndated'],
  },
  {
    statement: 'list-organisations',
    params: organisationFilterParams(null),
    derived: [],
    options: [],
  },
] as Array<{ statement: string; params: object; derived: string[]; options: string[] }>)(
  'queries/$statement',
  ({ statement, params, derived, options }) => {
    const text = readFileSync(path.join(CYPHER_DIR, 'queries', `${statement}.cypher`), 'utf8');
    const blocks = filterBlocks(text);
    const names = Object.keys(params).sort();

    it('filters with identical blocks', () => {
      expect(blocks).toHaveLength(2);
      expect(blocks[1]).toBe(blocks[0]);
    });

    it('filters on exactly the parameters the resolver passes', () => {
      expect(parametersIn(blocks[0]!)).toEqual([...names, ...options].sort());
    });

    it('counts as unfiltered only when every filter parameter is null', () => {
      expect(unfilteredParameters(text)).toEqual(names.filter((name) => !derived.includes(name)));
    });

    it('passes null for every filter when there is no filter', () => {
      expect(Object.values(params).every((value) => value === null)).toBe(true);
    });
  },
);

// Every statement that checks a filter's ids in its own read does it with the same block.
describe('the unknown-id block', () => {
  const statements = [
    'list-projects',
    'list-organisations',
    'list-people',
    'list-policy-areas',
    'aggregate-projects',
    'partnership-network',
  ];
  const blockOf = (statement: string): string => {
    const text = readFileSync(path.join(CYPHER_DIR, 'queries', `${statement}.cypher`), 'utf8');
    const match = /UNWIND \$idChecks AS check[\s\S]*?AS unknownIds/.exec(text);
    return (match?.[0] ?? '')
      .split('\n')
      .map((line) => line.trim())
      .join('\n');
  };

  it.each(statements)('is the same in queries/%s', (statement) => {
    expect(blockOf(statement)).not.toBe('');
    expect(blockOf(statement)).toBe(blockOf('list-projects'));
  });
});
