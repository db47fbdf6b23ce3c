import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { DatasetError } from './dataset-error.js';

/**
 * One import file as read from disk: its raw content, and a way to find the
 * line of any value in it. JSON is read with the YAML parser (JSON is YAML),
 * so both formats report exact lines.
 */
export class DatasetFile {
  private constructor(
    readonly file: string,
    readonly content: unknown,
    private readonly document: Document,
    private readonly lineCounter: LineCounter,
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
    return DatasetFile.parse(text, displayName);
  }

  static parse(text: string, displayName: string): DatasetFile {
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    if (document.errors.length > 0) {
      throw new DatasetError(
        document.errors.map((error) => ({
          file: displayName,
          line: error.linePos?.[0]?.line,
          where: 'syntax',
          message: error.message.split('\n')[0] ?? error.message,
        })),
      );
    }
    return new DatasetFile(displayName, document.toJS(), document, lineCounter);
  }

  /** The 1-based line of the value at `keyPath`, or of its closest existing parent. */
  lineOf(keyPath: ReadonlyArray<string | number>): number | undefined {
    for (let depth = keyPath.length; depth >= 0; depth -= 1) {
      const node = this.document.getIn(keyPath.slice(0, depth), true);
      if (isNode(node) && node.range) return this.lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  }
}
