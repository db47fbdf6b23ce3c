import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { trustedDocumentsFile } from '../src/trusted-documents/manifest-file.js';
import { MANIFEST_FILE, readManifest } from '../src/trusted-documents/manifest.js';

// `npm run documents` (and `npm run build`): writes the trusted-documents manifest.
writeFileSync(path.join(PROJECT_ROOT, MANIFEST_FILE), trustedDocumentsFile(PROJECT_ROOT));
console.log(`${MANIFEST_FILE}: ${Object.keys(readManifest()).length} documents`);
