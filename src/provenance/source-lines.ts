/** A source document's lines (1-based line n is index n - 1); CRLF and LF both end a line. */
export function sourceLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  // A final newline ends the last line; it does not start another.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
