import 'reflect-metadata';
import path from 'node:path';
import { buildGraphQLSchema } from '../schema.js';
import { SCHEMA_FILE } from '../schema-file.js';

/** `npm run schema`: writes schema/schema.graphql from the type-graphql classes. */
await buildGraphQLSchema({ emit: true });
console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
