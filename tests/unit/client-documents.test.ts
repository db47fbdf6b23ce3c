import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { ANALYST_QUERIES } from '../../web/playground/analyst-queries.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Every `/* GraphQL *\/` template literal in the explorer, the playground and the exports. */
function taggedDocuments(): Array<{ where: string; document: string }> {
  const files = [
    ...sourceFiles(path.join(PROJECT_ROOT, 'web')),
    ...sourceFiles(path.join(PROJECT_ROOT, 'src')),
  ];
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\/\* GraphQL \*\/ `([^`]*)`/g)].map((match) => ({
      where: path.relative(PROJECT_ROOT, file),
      document: match[1]!,
    })),
  );
}

// The documents the product's own clients send must stay valid against the
// committed contract: a renamed field fails here, not in an analyst's browser.
describe('client documents', () => {
  const schema = buildSchema(
    readFileSync(path.join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8'),
  );
  const documents = [
    ...taggedDocuments(),
    ...ANALYST_QUERIES.map((example) => ({
      where: `playground: ${example.name}`,
      document: example.query,
    })),
  ];

  it('are found in the explorer, the exports and the playground examples', () => {
    const places = new Set(documents.map(({ where }) => where.split(/[/:]/)[0]));
    expect([...places].sort()).toEqual(['playground', 'src', 'web']);
    expect(documents.length).toBeGreaterThan(10);
  });

  it.each(documents.map((entry) => [entry.where, entry.document] as const))(
    '%s is valid against schema/schema.graphql',
    (_where, document) => {
      expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
    },
  );
});
