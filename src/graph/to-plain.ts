import neo4j, { isNode, isRelationship } from 'neo4j-driver';

/**
 * Converts a value coming back from the driver into plain JSON-friendly data:
 * nodes and relationships become their properties, temporal values ISO
 * strings, Integers numbers (the driver is created with
 * `disableLosslessIntegers`, this catches any that slip through).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value !== 'object') return value;
  if (isTemporal(value)) return String(value);
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  const plain: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    plain[key] = toPlain(inner);
  }
  return plain;
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
