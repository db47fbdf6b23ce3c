import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

/** Where the generated manifest is committed, next to the schema it is checked against. */
export const MANIFEST_FILE = path.join('schema', 'trusted-documents.json');

/** One operation the product's own front ends send. */
export interface TrustedDocument {
  /** The operation's name, for logs and for people reading the manifest. */
  name: string;
  /** Where it comes from: `explorer` or `playground`. */
  client: string;
  /** Seconds a GET answer may be kept by browsers and shared caches; 0: not cached. */
  maxAgeSeconds: number;
  document: string;
}

/** The manifest: sha256 of each document, as sent (hex, as in Apollo's persisted queries) → document. */
export type TrustedDocumentManifest = Record<string, TrustedDocument>;

/** The hash a document is known by: the same as `extensions.persistedQuery.sha256Hash`. */
export function documentHash(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/** The committed manifest. */
export function readManifest(root: string = PROJECT_ROOT): TrustedDocumentManifest {
  return JSON.parse(
    readFileSync(path.join(root, MANIFEST_FILE), 'utf8'),
  ) as TrustedDocumentManifest;
}
