/**
 * Doubles the double quotes that CORDIS leaves undoubled inside quoted
 * fields (`"toy models used to "play around" with …"`), so that a strict
 * CSV parser reads the field as the EU meant it. Inside a quoted field a
 * quote closes the field only when a separator, a line end or the end of
 * the file follows; `""` stays an escaped quote; any other quote is part of
 * the text. Only quotes are added, so line numbers do not move. A quote that
 * is followed by a separator inside the text cannot be told from a closing
 * one: such a row then has too many fields, and the parser reports it.
 */
export function escapeInnerQuotes(text: string, delimiter: string): string {
  if (!text.includes('"')) return text;
  let out = '';
  let copiedUpTo = 0;
  let inQuotes = false;
  let atFieldStart = true;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (!inQuotes) {
      if (char === '\ufeff' && at === 0) continue;
      if (char === '"' && atFieldStart) inQuotes = true;
      atFieldStart = char === delimiter || char === '\n' || char === '\r';
      continue;
    }
    if (char !== '"') continue;
    const next = text[at + 1];
    if (next === '"') {
      at += 1;
    } else if (next === undefined || next === delimiter || next === '\n' || next === '\r') {
      inQuotes = false;
      atFieldStart = false;
    } else {
      out += `${text.slice(copiedUpTo, at)}""`;
      copiedUpTo = at + 1;
    }
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}
