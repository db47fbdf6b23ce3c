/**
 * True when some object of a JSON text names a key twice. `JSON.parse`
 * silently keeps the last value, while the import refuses duplicate keys (as
 * the YAML parser does), so JSON read the fast way is checked with this.
 * The text must already be valid JSON.
 */
export function hasDuplicateJsonKeys(text: string): boolean {
  // One set of keys per open object, null per open array.
  const open: Array<Set<string> | null> = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x22) {
      let end = i + 1;
      let escaped = false;
      for (;;) {
        const inner = text.charCodeAt(end);
        if (inner === 0x5c) {
          escaped = true;
          end += 2;
        } else if (inner === 0x22) break;
        else end += 1;
      }
      const keys = open[open.length - 1];
      if (expectKey && keys) {
        const key = escaped
          ? (JSON.parse(text.slice(i, end + 1)) as string)
          : text.slice(i + 1, end);
        if (keys.has(key)) return true;
        keys.add(key);
        expectKey = false;
      }
      i = end;
    } else if (code === 0x7b) {
      open.push(new Set());
      expectKey = true;
    } else if (code === 0x5b) {
      open.push(null);
    } else if (code === 0x7d || code === 0x5d) {
      open.pop();
    } else if (code === 0x2c) {
      expectKey = open[open.length - 1] != null;
    }
  }
  return false;
}
