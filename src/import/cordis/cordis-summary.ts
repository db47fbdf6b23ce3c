/** The longest summary taken from a CORDIS objective. */
export const SUMMARY_MAX_LENGTH = 500;

/**
 * A project's summary: its objective on one line, cut at a word boundary to
 * at most SUMMARY_MAX_LENGTH characters (ending in "…" when cut), or the
 * title when there is no objective.
 */
export function summaryOf(objective: string, title: string): string {
  const text = objective.replace(/\s+/g, ' ').trim();
  if (text === '') return title;
  if (text.length <= SUMMARY_MAX_LENGTH) return text;
  const room = text.slice(0, SUMMARY_MAX_LENGTH - 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > SUMMARY_MAX_LENGTH / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.-]+$/, '')}…`;
}
