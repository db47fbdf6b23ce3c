import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { hostileDocuments } from '../../scripts/hostile-documents.js';

const schema = buildSchema(
  readFileSync(path.join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8'),
);

describe('the document fuzzer', () => {
  const documents = hostileDocuments(schema, 1, 600);

  it('gives the same documents for the same seed, and others for another', () => {
    expect(hostileDocuments(schema, 1, 50)).toEqual(documents.slice(0, 50));
    expect(hostileDocuments(schema, 2, 50)).not.toEqual(documents.slice(0, 50));
  });

  it('sends every family, and most documents spread fragments', () => {
    const families = new Set(documents.map((d) => d.family));
    expect([...families].sort()).toEqual([
      'costly behind fragments',
      'fragment chain',
      'fragment diamond',
      'fragment tree',
      'introspection aliases',
      'invalid fragments',
      'schema walk (mutation)',
      'schema walk (query)',
    ]);
    const spreading = documents.filter((d) => /\.\.\.[A-Za-z]/.test(d.query)).length;
    expect(spreading / documents.length).toBeGreaterThan(0.6);
  });

  it('writes schema walks that parse, and many that are valid requests', () => {
    const walks = documents.filter((d) => d.family.startsWith('schema walk'));
    let valid = 0;
    for (const walk of walks) {
      const document = parse(walk.query);
      if (validate(schema, document).length === 0) valid += 1;
    }
    expect(valid / walks.length).toBeGreaterThan(0.5);
  });
});
