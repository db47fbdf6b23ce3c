import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { emitSchemaDefinitionFile } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../src/schema.js';
import { SCHEMA_FILE } from '../../src/schema-file.js';

// schema/schema.graphql is the committed contract; it must be what the code emits.
describe('schema/schema.graphql', () => {
  let schema: GraphQLSchema;
  let dir: string;

  beforeAll(async () => {
    schema = await buildGraphQLSchema();
    dir = mkdtempSync(path.join(os.tmpdir(), 'civprot-schema-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('matches the schema the code builds (run `npm run schema` after changing types)', async () => {
    const emitted = path.join(dir, 'schema.graphql');
    await emitSchemaDefinitionFile(emitted, schema, { sortedSchema: true });
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(readFileSync(emitted, 'utf8'));
  });

  it('has the root fields of the public contract', () => {
    const fields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    expect(fields).toEqual(
      expect.arrayContaining([
        'search',
        'organisation',
        'project',
        'country',
        'fundingSource',
        'organisations',
        'projects',
        'countries',
        'fundingSources',
        'people',
        'policyAreas',
        'sharedPartners',
        'coPartners',
        'connection',
        'partnershipNetwork',
        'aggregate',
      ]),
    );
  });

  it('describes every type, field and argument the playground shows', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)
      )
        continue;
      // The root operation types speak for themselves; their fields carry descriptions.
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      // Duck-typed: graphql's isObjectType() can fail across module copies under the test runner.
      if ('getFields' in type && typeof type.getFields === 'function') {
        const fields = type.getFields() as Record<
          string,
          {
            description?: string | null;
            args?: Array<{ name: string; description?: string | null }>;
          }
        >;
        for (const [fieldName, field] of Object.entries(fields)) {
          if (!field.description) missing.push(`${type.name}.${fieldName}`);
          for (const arg of field.args ?? []) {
            if (
              !arg.description &&
              !['first', 'after', 'id', 'code', 'filter', 'orderBy'].includes(arg.name)
            ) {
              missing.push(`${type.name}.${fieldName}(${arg.name})`);
            }
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
