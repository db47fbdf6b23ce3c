import 'reflect-metadata';
import { buildGraphQLSchema, SCHEMA_FILE } from '../schema.js';

/** `npm run schema`: writes schema/schema.graphql from the type-graphql classes. */
await buildGraphQLSchema({ emit: true });
console.log(`Wrote ${SCHEMA_FILE}`);
