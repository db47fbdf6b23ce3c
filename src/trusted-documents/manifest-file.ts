import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import { documentHash, type TrustedDocumentManifest } from './manifest.js';

/**
 * How long a GET answer of an operation may be cached, by operation name.
 * Lists that change only with an import or an edit are kept longer; a
 * default applies to the others. Mutations are never cached (never sent by GET).
 */
const MAX_AGE_SECONDS: Record<string, number> = {
  ExplorerCountries: 300,
  ExplorerFundingSources: 300,
  ExplorerPolicyAreas: 300,
  ExplorerProjectChoices: 300,
};
const DEFAULT_MAX_AGE_SECONDS = 60;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return sourceFiles(full);
      return /\.tsx?$/.test(name) ? [full] : [];
    });
}

/** The `/* GraphQL *\/` template literals of the explorer's sources, as the explorer sends them. */
function explorerDocuments(root: string): string[] {
  return sourceFiles(path.join(root, 'web', 'explorer')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\/\* GraphQL \*\/ `([^`]*)`/g)].map((m) => m[1]!),
  );
}

/** The playground's examples (`query: \`…\`` in analyst-queries.ts), as GraphiQL sends them. */
function playgroundDocuments(root: string): string[] {
  const file = path.join(root, 'web', 'playground', 'analyst-queries.ts');
  return [...readFileSync(file, 'utf8').matchAll(/\bquery: `([^`]*)`/g)].map((m) => m[1]!);
}

function describe(document: string, client: string) {
  const operations = parse(document).definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === 'OperationDefinition',
  );
  if (operations.length !== 1 || !operations[0]!.name) {
    throw new Error(`A ${client} document must hold exactly one named operation:\n${document}`);
  }
  const [operation] = operations as [OperationDefinitionNode];
  const name = operation.name!.value;
  return {
    name,
    client,
    maxAgeSeconds:
      operation.operation === 'query' ? (MAX_AGE_SECONDS[name] ?? DEFAULT_MAX_AGE_SECONDS) : 0,
    document,
  };
}

/**
 * The manifest of trusted documents (schema/trusted-documents.json) as it
 * follows from the explorer's and the playground's sources: regenerate with
 * `npm run documents`; a test fails when the committed file is stale.
 */
export function trustedDocumentsFile(root: string): string {
  const manifest: TrustedDocumentManifest = {};
  const entries = [
    ...explorerDocuments(root).map((document) => describe(document, 'explorer')),
    ...playgroundDocuments(root).map((document) => describe(document, 'playground')),
  ].sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) manifest[documentHash(entry.document)] = entry;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
