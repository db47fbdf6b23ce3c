import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { CYPHER_DIR } from '../graph/open-graph.js';
import { STATEMENT_NAMES_FILE, statementNamesModule } from '../graph/statement-names-file.js';

/** `npm run statements`: writes src/graph/statement-names.ts from the files under cypher/. */
writeFileSync(path.join(PROJECT_ROOT, STATEMENT_NAMES_FILE), statementNamesModule(CYPHER_DIR));
console.log(`Wrote ${STATEMENT_NAMES_FILE}`);
