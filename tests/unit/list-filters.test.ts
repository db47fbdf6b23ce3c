import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILTER_ID_LABELS } from '../../src/filters/filter-id-checks.js';
import { UNKNOWN_FILTER_IDS_FRAGMENT } from '../../src/filters/unknown-filter-ids-fragment.js';
import { CypherLibrary } from '../../src/graph/cypher-library.js';
import { CYPHER_DIR } from '../../src/graph/open-graph.js';
import type { StatementName } from '../../src/graph/statement-names.js';
import { CYPHER_FRAGMENTS } from '../../src/projection/cypher-fragments.js';
import { projectConditions } from '../../src/filters/project-filter-params.js';
import { organisationFilterParams } from '../../src/filters/organisation-filter-params.js';

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

// Every statement that checks a filter's ids in its own read does it with one
// block, stated once (src/filters/unknown-filter-ids-fragment.ts) and spread
// into each statement as `...UnknownFilterIds`.
describe('the unknown-id block', () => {
  const statements = [
    'list-projects',
    'list-organisations',
    'list-people',
    'list-policy-areas',
    'aggregate-projects',
    'partnership-network',
  ];
  const library = CypherLibrary.load(CYPHER_DIR, CYPHER_FRAGMENTS);
  // The block as the statements spelt it out before it became a fragment.
  const expanded = `CALL () {
  UNWIND $idChecks AS check
  UNWIND check.ids AS id
  WITH check, id
  WHERE NOT CASE check.label
    WHEN 'Organisation' THEN EXISTS { (:Organisation {id: id}) }
    WHEN 'Project' THEN EXISTS { (:Project {id: id}) }
    WHEN 'FundingSource' THEN EXISTS { (:FundingSource {id: id}) }
    WHEN 'PolicyArea' THEN EXISTS { (:PolicyArea {id: id}) }
    WHEN 'Programme' THEN EXISTS { (:Programme {id: id}) }
    WHEN 'Topic' THEN EXISTS { (:Topic {id: id}) }
    ELSE false
  END
  RETURN collect({argument: check.argument, label: check.label, id: id}) AS unknownIds
}`;

  it.each(statements)('is spread from the fragment in queries/%s', (statement) => {
    const text = readFileSync(path.join(CYPHER_DIR, 'queries', `${statement}.cypher`), 'utf8');
    expect(text).toContain('CALL () {\n  ...UnknownFilterIds\n}');
    expect(text).not.toContain('UNWIND $idChecks');
  });

  it.each(statements)('expands to the same text as before in queries/%s', (statement) => {
    const text = library.get(`queries/${statement}` as StatementName);
    expect(text).toContain(expanded);
    expect(text).not.toContain('...UnknownFilterIds');
  });

  it('is written out by hand in no statement', () => {
    const handWritten = library
      .names()
      .filter((name) =>
        readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8').includes('UNWIND $idChecks'),
      );
    expect(handWritten).toEqual([]);
  });

  it('checks every label a filter may name', () => {
    for (const label of FILTER_ID_LABELS) {
      expect(UNKNOWN_FILTER_IDS_FRAGMENT).toContain(
        `WHEN '${label}' THEN EXISTS { (:${label} {id: id}) }`,
      );
    }
  });
});
