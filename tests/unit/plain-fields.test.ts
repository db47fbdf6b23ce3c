import 'reflect-metadata';
import { isObjectType, type GraphQLField } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../src/schema.js';

// Fields that only read their parent's property of the same name go
// through graphql-js's default resolver, without type-graphql's per-field
// wrapper; field resolvers, and anything guarded, keep theirs.
describe('plain fields', () => {
  it('have no resolver of their own; field resolvers keep theirs', async () => {
    const schema = await buildGraphQLSchema();
    const field = (type: string, name: string): GraphQLField<unknown, unknown> => {
      const object = schema.getType(type);
      if (!isObjectType(object)) throw new Error(`${type} is not an object type`);
      const found = object.getFields()[name];
      if (!found) throw new Error(`${type}.${name} is not a field`);
      return found;
    };
    for (const [type, name] of [
      ['Participation', 'role'],
      ['Organisation', 'id'],
      ['Organisation', 'name'],
      ['Project', 'startDate'],
      ['Country', 'code'],
      ['ParticipationConnection', 'nodes'],
      ['ParticipationConnection', 'totalCount'],
      ['Funding', 'amountEur'],
    ] as const) {
      expect(field(type, name).resolve, `${type}.${name}`).toBeUndefined();
    }
    for (const [type, name] of [
      ['Participation', 'organisation'],
      ['Participation', 'project'],
      ['Organisation', 'country'],
      ['Organisation', 'participations'],
      ['Query', 'organisations'],
    ] as const) {
      expect(field(type, name).resolve, `${type}.${name}`).toBeTypeOf('function');
    }
  });

  it('leave every field that is authorised or has middleware with its resolver', async () => {
    await buildGraphQLSchema();
    const storage = getMetadataStorage();
    const guarded = [...storage.authorizedFields, ...storage.middlewares];
    expect(guarded.length).toBeGreaterThan(0);
    for (const entry of guarded) {
      const named = storage.fields.filter(
        (field) => field.target === entry.target && field.name === entry.fieldName,
      );
      for (const metadata of named) {
        expect(metadata.simple, `${entry.target.name}.${entry.fieldName}`).not.toBe(true);
      }
    }
  });
});
