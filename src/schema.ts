import 'reflect-metadata';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { PROJECT_ROOT } from './config.js';
import { OrganisationResolver } from './resolvers/organisation.resolver.js';
import { ParticipationResolver } from './resolvers/participation.resolver.js';
import { ProjectResolver } from './resolvers/project.resolver.js';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

export const RESOLVERS = [OrganisationResolver, ProjectResolver, ParticipationResolver] as const;

/**
 * Builds the executable schema from the type-graphql classes. With `emit`,
 * also writes the SDL to schema/schema.graphql (the committed contract; a test
 * fails when code and file disagree).
 */
export async function buildGraphQLSchema(options: { emit?: boolean } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    // Fields are sorted so the emitted file diffs cleanly.
    emitSchemaFile: options.emit ? { path: SCHEMA_FILE, sortedSchema: true } : false,
    validate: false,
  });
}
