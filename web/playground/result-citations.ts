/** A citation found in a query result, with where in the result it sits. */
export interface ResultCitation {
  /** Where in the response the citation is, e.g. "data.project.sources[1]". */
  at: string;
  /** The reader page address, e.g. "/sources/eusbsr-pa-secure-page#L31-L33". */
  readerPath: string;
  lines: string | null;
  sourceTitle: string | null;
  basis: string | null;
  note: string | null;
}

// Only the service's own reader pages become links: a response is data, and a
// value that is not a reader address (another host, a script URL) stays text.
const READER_PATH = /^\/sources\/[A-Za-z0-9._~%-]+(#L\d+(-L\d+)?(,L\d+(-L\d+)?)*)?$/;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Every citation in a GraphQL response text that carries a `readerPath`, in
 * document order; none when the text is not JSON (still loading, an error page).
 */
export function citationsInResult(responseText: string): ResultCitation[] {
  let response: unknown;
  try {
    response = JSON.parse(responseText);
  } catch {
    return [];
  }
  const found: ResultCitation[] = [];
  const visit = (value: unknown, at: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${at}[${index}]`));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const readerPath = text(record.readerPath);
    if (readerPath !== null && READER_PATH.test(readerPath)) {
      const source = record.source as Record<string, unknown> | null | undefined;
      found.push({
        at,
        readerPath,
        lines: text(record.lines),
        sourceTitle: text(source?.title) ?? text(source?.id),
        basis: text(record.basis),
        note: text(record.note),
      });
    }
    for (const [key, child] of Object.entries(record)) visit(child, at ? `${at}.${key}` : key);
  };
  visit(response, '');
  return found;
}
