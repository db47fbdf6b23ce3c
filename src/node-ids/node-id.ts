import { badUserInput } from '../errors.js';
import { isNodeTypeName, NODE_TYPE_NAMES, type NodeTypeName } from './node-types.js';

/**
 * A global id is `<Type>:<key>`: the GraphQL type name, a colon, and the
 * entity's own key (its `id` slug, a country's ISO code). Readable on
 * purpose: it appears in logs, URLs and bug reports as it is, and decoding
 * it needs no second encoding that could be malformed. The key is everything
 * after the first colon (review candidates' and decisions' ids hold colons).
 */
const SEPARATOR = ':';

/** Longest global id accepted: the longest key (a candidate pair of two 200-character slugs) fits with room. */
export const MAX_NODE_ID_LENGTH = 512;

/** Visible ASCII, no space: what every key the graph issues is made of. */
const KEY_PATTERN = /^[\x21-\x7e]+$/;

/** The global id of the entity of `type` whose key is `key`. */
export function nodeIdOf(type: NodeTypeName, key: string): string {
  return `${type}${SEPARATOR}${key}`;
}

/** A decoded global id: which type, and the key its loader takes. */
export interface DecodedNodeId {
  readonly type: NodeTypeName;
  readonly key: string;
}

/** Where a refused global id was: the argument, and its position in a list. */
export interface NodeIdArgument {
  readonly argument: string;
  readonly index?: number;
}

/**
 * Decodes a global id strictly: anything that is not `<Type>:<key>` of a
 * known type and a key of visible ASCII is BAD_USER_INPUT naming the
 * argument (and the list position) and the rule. A well-formed id that names
 * nothing is not an error: its lookup answers null.
 */
export function decodeNodeId(value: string, where: NodeIdArgument): DecodedNodeId {
  const refuse = (problem: string) => {
    const name = where.index === undefined ? where.argument : `${where.argument}[${where.index}]`;
    return badUserInput(`"${name}" ${problem}, but got: ${preview(value)}`, {
      argument: where.argument,
      ...(where.index === undefined ? {} : { index: where.index }),
    });
  };
  if (value.length > MAX_NODE_ID_LENGTH) {
    throw refuse(`must be a global id of at most ${MAX_NODE_ID_LENGTH} characters`);
  }
  const separator = value.indexOf(SEPARATOR);
  if (separator < 0) {
    throw refuse('must be a global id "<Type>:<id>" such as "Organisation:msb" (no colon found)');
  }
  const type = value.slice(0, separator);
  const key = value.slice(separator + 1);
  if (!isNodeTypeName(type)) {
    const shown = type.length > 40 ? `${visible(type.slice(0, 40))}…` : visible(type);
    throw refuse(`names an unknown type "${shown}"; known: ${NODE_TYPE_NAMES.join(', ')}`);
  }
  if (key.length === 0) throw refuse('has an empty id after the type');
  if (!KEY_PATTERN.test(key)) {
    throw refuse(
      `may hold only visible ASCII characters after the type (no spaces); found ${firstForeign(key)}`,
    );
  }
  return { type, key };
}

/** The value for a message: quoted with invisible characters escaped, and cut when long. */
function preview(value: string): string {
  const shown = visible(value.slice(0, 80));
  return value.length > 80 ? `"${shown}…" (${value.length} characters)` : `"${shown}"`;
}

/** Every character outside printable ASCII written as its code point, e.g. \u200B. */
function visible(text: string): string {
  return text.replace(/[^\x20-\x7e]/gu, (character) => codePoint(character));
}

function codePoint(character: string): string {
  return `\\u${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character that breaks the key rule, and where. */
function firstForeign(key: string): string {
  const index = key.search(/[^\x21-\x7e]/u);
  const character = [...key.slice(index)][0] ?? '';
  const name = character === ' ' ? 'a space' : codePoint(character);
  return `${name} at position ${index + 1} of the id`;
}
