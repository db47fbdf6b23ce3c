import path from 'node:path';
import { PROJECT_ROOT } from './config.js';

/** The committed SDL of the public API (`npm run schema` writes it from the type-graphql classes). */
export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');
