/**
 * The 1-based line numbers a `lines` reference names ("84", "88-98",
 * "73, 84"), in order, each once. A range is expanded only up to `limit`
 * lines, so a hostile "1-999999999" cannot make a huge array.
 */
export function citedLines(lines: string, limit = 10_000): number[] {
  const numbers = new Set<number>();
  for (const part of lines.split(',')) {
    const [fromText, toText] = part.trim().split('-');
    const from = Number(fromText);
    const to = toText === undefined ? from : Number(toText);
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to)) continue;
    for (let line = from; line <= to && numbers.size < limit; line += 1) numbers.add(line);
  }
  return [...numbers];
}

/** The text of the cited lines of a document, joined by newlines; lines past its end are skipped. */
export function citedPassage(documentLines: readonly string[], lines: string): string {
  return citedLines(lines, documentLines.length)
    .filter((line) => line >= 1 && line <= documentLines.length)
    .map((line) => documentLines[line - 1] ?? '')
    .join('\n');
}
