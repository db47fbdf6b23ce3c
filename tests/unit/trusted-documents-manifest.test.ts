import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { trustedDocumentsFile } from '../../src/trusted-documents/manifest-file.js';
import { documentHash, MANIFEST_FILE, readManifest } from '../../src/trusted-documents/manifest.js';
import { ANALYST_QUERIES } from '../../web/playground/analyst-queries.js';
import { NETWORK_QUERY, SEARCH_QUERY } from '../../web/explorer/api/explorer-queries.js';

// schema/trusted-documents.json is generated; it must follow from the front ends' sources.
describe('the trusted-documents manifest', () => {
  it('matches the explorer and the playground (run `npm run documents` after changing one)', () => {
    const committed = readFileSync(path.join(PROJECT_ROOT, MANIFEST_FILE), 'utf8');
    expect(committed).toBe(trustedDocumentsFile(PROJECT_ROOT));
  });

  it('holds every playground example and the explorer’s documents, by sha256 of the text as sent', () => {
    const manifest = readManifest();
    for (const example of ANALYST_QUERIES) {
      expect(manifest[documentHash(example.query)]).toMatchObject({
        name: example.name,
        client: 'playground',
      });
    }
    for (const document of [NETWORK_QUERY, SEARCH_QUERY]) {
      expect(manifest[documentHash(document)]).toMatchObject({ client: 'explorer', document });
    }
  });

  it('lets GET answers of queries be cached, and nothing else', () => {
    for (const entry of Object.values(readManifest())) {
      const isQuery = /^\s*(#[^\n]*\n\s*)*query\b/.test(entry.document);
      expect(entry.maxAgeSeconds > 0).toBe(isQuery);
    }
  });
});
