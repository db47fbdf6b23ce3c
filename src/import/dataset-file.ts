import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { DatasetError } from './dataset-error.js';
import { hasDuplicateJsonKeys } from './json-duplicate-keys.js';

/** Finds the 1-based line of the value at a key path, if the file can tell. */
type LineLocator = (keyPath: ReadonlyArray<string | number>) => number | undefined;

/**
 * One import file: its raw content, and a way to find the line of any value
 * in it. Files read from disk are parsed with the YAML parser (JSON is YAML),
 * so both formats report exact lines — JSON through JSON.parse first, with
 * the YAML parse deferred until a line is asked for; content converted from
 * another format in memory brings its own map of lines.
 */
export class DatasetFile {
  /** The folder the file was read from; source documents sit in its `sources/`. */
  directory: string | undefined;

  private constructor(
    readonly file: string,
    readonly content: unknown,
    private readonly locate: LineLocator,
  ) {}

  static read(file: string, displayName = path.relative(process.cwd(), file) || file): DatasetFile {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new DatasetError([
        { file: displayName, where: 'file', message: (error as Error).message },
      ]);
    }
    const dataset = DatasetFile.parse(text, displayName);
    dataset.directory = path.dirname(path.resolve(file));
    return dataset;
  }

  static parse(text: string, displayName: string): DatasetFile {
    const json = parseJsonQuickly(text);
    if (json !== undefined) {
      // Large JSON exports parse far faster with JSON.parse than with the YAML
      // parser; lines are only needed for problems, so the YAML parse that
      // finds them runs on the first request for a line.
      let locate: LineLocator | undefined;
      return new DatasetFile(displayName, json.value, (keyPath) => {
        locate ??= yamlLineLocator(text);
        return locate(keyPath);
      });
    }
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    if (document.errors.length > 0) {
      throw new DatasetError(
        document.errors.map((error) => ({
          file: displayName,
          line: lineCounter.linePos(error.pos[0]).line,
          where: 'syntax',
          message: error.message.split('\n')[0] ?? error.message,
        })),
      );
    }
    return new DatasetFile(displayName, document.toJS(), (keyPath) =>
      lineInDocument(document, lineCounter, keyPath),
    );
  }

  /**
   * Content built in memory (e.g. converted from CSV). `lines` maps key paths,
   * written with `DatasetFile.pathKey`, to the line of the original file they
   * came from; a path without an entry answers with its closest parent's line.
   */
  static fromObject(
    content: unknown,
    displayName: string,
    lines: ReadonlyMap<string, number>,
  ): DatasetFile {
    return new DatasetFile(displayName, content, (keyPath) => {
      for (let depth = keyPath.length; depth >= 0; depth -= 1) {
        const line = lines.get(DatasetFile.pathKey(keyPath.slice(0, depth)));
        if (line !== undefined) return line;
      }
      return undefined;
    });
  }

  /** The key of a key path in the `lines` map of `fromObject`: `["projects", 3]` -> `"projects.3"`. */
  static pathKey(keyPath: ReadonlyArray<string | number>): string {
    return keyPath.join('.');
  }

  /** The 1-based line of the value at `keyPath`, or of its closest existing parent. */
  lineOf(keyPath: ReadonlyArray<string | number>): number | undefined {
    return this.locate(keyPath);
  }
}

/**
 * The content of a JSON text with no duplicate keys, or undefined for
 * anything else (YAML, invalid JSON, duplicate keys), which the YAML parser
 * then reads and reports on with lines.
 */
function parseJsonQuickly(text: string): { value: unknown } | undefined {
  if (!/^\s*\{/.test(text.slice(0, 64))) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return hasDuplicateJsonKeys(text) ? undefined : { value };
}

function yamlLineLocator(text: string): LineLocator {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  return (keyPath) => lineInDocument(document, lineCounter, keyPath);
}

function lineInDocument(
  document: Document,
  lineCounter: LineCounter,
  keyPath: ReadonlyArray<string | number>,
): number | undefined {
  for (let depth = keyPath.length; depth >= 0; depth -= 1) {
    const node = document.getIn(keyPath.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}
