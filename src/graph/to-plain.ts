import neo4j, { isNode, isRelationship } from 'neo4j-driver';

/**
 * Converts a value coming back from the driver into plain JSON-friendly data:
 * nodes and relationships become their properties, temporal values ISO
 * strings, Integers numbers (the driver is created with
 * `disableLosslessIntegers`, this catches any that slip through).
 * Lists and maps that hold nothing to convert are returned as they are, not
 * copied: statements mostly return maps of plain values, and copying every
 * row of a large result is measurable garbage.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i += 1) {
      const inner: unknown = value[i];
      const plain = toPlain(inner);
      if (plain !== inner && copy === undefined) copy = value.slice(0, i);
      copy?.push(plain);
    }
    return copy ?? value;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isTemporal(value)) return String(value);
  if (isNode(value) || isRelationship(value)) return toPlain({ ...value.properties });
  let copy: Record<string, unknown> | undefined;
  for (const key in value) {
    const inner = (value as Record<string, unknown>)[key];
    const plain = toPlain(inner);
    if (plain !== inner) {
      copy ??= { ...(value as Record<string, unknown>) };
      copy[key] = plain;
    }
  }
  return copy ?? value;
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}
