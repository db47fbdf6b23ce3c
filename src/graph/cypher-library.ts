import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * A fragment in a statement's map projection, `n {...Organisation}`: replaced
 * at load time by the entity's stored properties (`.id, .name, …`), so that
 * a statement returning an entity does not list its properties a second time.
 */
const FRAGMENT = /(?<=[{,]\s*)\.\.\.([A-Z][A-Za-z]*)\b/g;

/**
 * Every Cypher statement the service runs, read once from `cypher/**\/*.cypher`
 * and looked up by name ("queries/organisations-by-ids"). A missing name fails
 * fast with the name, so a typo never reaches the database. Whole-line `//`
 * comments are dropped at load: they are for readers of the files, and would
 * otherwise travel to Neo4j with every run (half the bytes of most statements).
 */
export class CypherLibrary<Name extends string = string> {
  private constructor(private readonly statements: ReadonlyMap<string, string>) {}

  /** The statements under `cypherDir`; `Name` is the set of names the caller may ask for. */
  static load<Name extends string = string>(
    cypherDir: string,
    fragments: Readonly<Record<string, string>> = {},
  ): CypherLibrary<Name> {
    const statements = new Map<string, string>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir).sort()) {
        const full = path.join(dir, entry);
        if (statSync(full).isDirectory()) walk(full);
        else if (entry.endsWith('.cypher')) {
          const name = path
            .relative(cypherDir, full)
            .replace(/\\/g, '/')
            .replace(/\.cypher$/, '');
          const text = withoutCommentLines(readFileSync(full, 'utf8'));
          statements.set(name, expandFragments(name, text, fragments));
        }
      }
    };
    walk(cypherDir);
    return new CypherLibrary<Name>(statements);
  }

  /** The text of one file. */
  get(name: Name): string {
    const text = this.statements.get(name);
    if (text === undefined) {
      throw new Error(
        `No Cypher file "cypher/${name}.cypher" (known: ${this.names().length} files)`,
      );
    }
    return text;
  }

  /** The statements of a schema file, split on `;` at line ends, comments dropped. */
  statementsOf(name: Name): string[] {
    return splitStatements(this.get(name));
  }

  names(prefix = ''): Name[] {
    return [...(this.statements.keys() as Iterable<Name>)]
      .filter((name) => name.startsWith(prefix))
      .sort();
  }
}

/** A statement's text with its `...Entity` fragments expanded; an unknown fragment fails the load. */
function expandFragments(
  name: string,
  text: string,
  fragments: Readonly<Record<string, string>>,
): string {
  return text.replace(FRAGMENT, (_, fragment: string) => {
    const expansion = fragments[fragment];
    if (expansion === undefined) {
      throw new Error(`cypher/${name}.cypher uses an unknown fragment "...${fragment}"`);
    }
    return expansion;
  });
}

/** A statement's text without its whole-line `//` comments. */
function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}

/** Splits a multi-statement file; `//` comment lines are removed first. */
export function splitStatements(text: string): string[] {
  return withoutCommentLines(text)
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
