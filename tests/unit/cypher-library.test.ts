import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherLibrary, splitStatements } from '../../src/graph/cypher-library.js';
import { CYPHER_DIR } from '../../src/graph/open-graph.js';
import { CYPHER_FRAGMENTS } from '../../src/projection/cypher-fragments.js';

describe('splitStatements', () => {
  it('splits on semicolons at line ends and drops comment lines', () => {
    const text = [
      '// One node per key.',
      'CREATE CONSTRAINT a_id IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;',
      '  // an indented comment',
      'CREATE INDEX b_name IF NOT EXISTS',
      '  FOR (n:B) ON (n.name);   ',
      '',
      'RETURN 1',
    ].join('\n');
    expect(splitStatements(text)).toEqual([
      'CREATE CONSTRAINT a_id IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX b_name IF NOT EXISTS\n  FOR (n:B) ON (n.name)',
      'RETURN 1',
    ]);
  });

  it('does not split on a semicolon inside a line', () => {
    expect(splitStatements("RETURN 'a;b' AS x;\nRETURN 2;")).toEqual([
      "RETURN 'a;b' AS x",
      'RETURN 2',
    ]);
  });

  it('handles Windows line ends and returns nothing for comments only', () => {
    expect(splitStatements('RETURN 1;\r\nRETURN 2;\r\n')).toEqual(['RETURN 1', 'RETURN 2']);
    expect(splitStatements('// nothing\n\n   \n// to run\n')).toEqual([]);
  });
});

describe('CypherLibrary', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cypher-library-'));
    mkdirSync(path.join(dir, 'queries', 'nested'), { recursive: true });
    mkdirSync(path.join(dir, 'schema'));
    writeFileSync(path.join(dir, 'queries', 'by-id.cypher'), 'MATCH (n {id: $id}) RETURN n\n');
    writeFileSync(path.join(dir, 'queries', 'nested', 'deep.cypher'), 'RETURN 1');
    writeFileSync(path.join(dir, 'queries', 'notes.txt'), 'not Cypher');
    writeFileSync(path.join(dir, 'schema', '01-constraints.cypher'), 'RETURN 1;\nRETURN 2;\n');
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('names statements by their path under the folder, without the extension', () => {
    const library = CypherLibrary.load(dir);
    expect(library.names()).toEqual([
      'queries/by-id',
      'queries/nested/deep',
      'schema/01-constraints',
    ]);
    expect(library.names('schema/')).toEqual(['schema/01-constraints']);
    expect(library.get('queries/by-id')).toBe('MATCH (n {id: $id}) RETURN n\n');
    expect(library.statementsOf('schema/01-constraints')).toEqual(['RETURN 1', 'RETURN 2']);
  });

  it('fails with the file it looked for when a statement is unknown', () => {
    const library = CypherLibrary.load(dir);
    expect(() => library.get('queries/by-idd')).toThrow(
      'No Cypher file "cypher/queries/by-idd.cypher" (known: 3 files)',
    );
    // Only .cypher files are statements.
    expect(() => library.get('queries/notes')).toThrow('cypher/queries/notes.cypher');
  });

  it('drops whole-line comments, and keeps // inside a line', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cypher-comments-'));
    mkdirSync(path.join(dir, 'queries'));
    writeFileSync(
      path.join(dir, 'queries', 'noted.cypher'),
      "// What it does.\nMATCH (n)\n  // Why this way.\nRETURN n.url = 'http://x' AS web\n",
    );
    expect(CypherLibrary.load(dir).get('queries/noted')).toBe(
      "MATCH (n)\nRETURN n.url = 'http://x' AS web\n",
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('expands an entity fragment in a map projection, and refuses an unknown one', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cypher-fragments-'));
    mkdirSync(path.join(dir, 'queries'));
    writeFileSync(path.join(dir, 'queries', 'by-id.cypher'), 'MATCH (n) RETURN n {...Thing, x: 1}');
    const library = CypherLibrary.load(dir, { Thing: '.id, .name' });
    expect(library.get('queries/by-id')).toBe('MATCH (n) RETURN n {.id, .name, x: 1}');
    expect(() => CypherLibrary.load(dir, {})).toThrow(
      'cypher/queries/by-id.cypher uses an unknown fragment "...Thing"',
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it("loads the product's own statements, including the shared-partners and search queries", () => {
    const library = CypherLibrary.load(CYPHER_DIR, CYPHER_FRAGMENTS);
    expect(library.get('queries/shared-partners')).toContain('$projectIds');
    // Entity fragments are expanded from the models' stored fields.
    expect(library.get('queries/projects-by-ids')).toContain('p {.id, .code, .name,');
    expect(library.get('queries/projects-by-ids')).not.toContain('...Project');
    expect(library.get('queries/search')).toContain("'entity_text_search'");
    // Comment lines stay in the files: statements travel to Neo4j without them.
    for (const name of library.names()) {
      expect(library.get(name), name).not.toMatch(/^\s*\/\//m);
    }
    // Every schema statement is idempotent, because the schema is applied at each start.
    for (const name of library.names('schema/')) {
      for (const statement of library.statementsOf(name)) {
        // Safe to re-run at each start: IF NOT EXISTS, or a backfill of what is still missing.
        expect(statement, name).toMatch(/IF NOT EXISTS|IF EXISTS|WHERE[\s\S]* IS NULL/);
      }
    }
  });
});
