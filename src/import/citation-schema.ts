import { z } from 'zod';

/**
 * How a record says which of its values the source states and which are
 * interpretations. A record's `lines` cite the record as a whole; `cite`
 * gives some fields a citation of their own. `inferred` (on the record or on
 * one citation) marks an interpretation and holds the reasoning, so an
 * inference can never go without its note. `wording` quotes the page's own
 * words when a name or value is not written the same way in the cited lines.
 */

export const LINES_PATTERN = /^\d+(-\d+)?(, *\d+(-\d+)?)*$/;
export const LINES_RULE = 'must name source lines like "84", "88-98" or "73, 84"';

const lines = z.string().regex(LINES_PATTERN, LINES_RULE);
const note = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(2000, 'must be at most 2000 characters');
const fieldName = z
  .string()
  .regex(/^[a-zA-Z]{1,40}$/, 'must be the name of one of the record’s fields');

export const fieldCitation = z.strictObject({
  fields: z.array(fieldName).min(1, 'must name at least one field').max(40),
  lines,
  inferred: note.optional(),
  wording: note.optional(),
});

export type FieldCitation = z.infer<typeof fieldCitation>;

/** Spread into every record schema. */
export const citationShape = {
  inferred: note.optional(),
  wording: note.optional(),
  cite: z.array(fieldCitation).max(100).optional(),
};

/** Keys of a record that are about its provenance, not values of the record. */
export const CITATION_KEYS: ReadonlySet<string> = new Set(['lines', 'inferred', 'wording', 'cite']);

/** Every field a `cite` entry names must be a value the record holds. */
export function citedFieldProblems(
  record: Record<string, unknown>,
): Array<{ path: (string | number)[]; message: string }> {
  const cites = (record.cite as FieldCitation[] | undefined) ?? [];
  const problems: Array<{ path: (string | number)[]; message: string }> = [];
  cites.forEach((cite, index) => {
    cite.fields.forEach((field, fieldIndex) => {
      const value = record[field];
      const held = value !== undefined && !(Array.isArray(value) && value.length === 0);
      if (CITATION_KEYS.has(field) || !held) {
        problems.push({
          path: ['cite', index, 'fields', fieldIndex],
          message: `names "${field}", which is not a value of this record`,
        });
      }
    });
  });
  return problems;
}

/** Refinement reporting every `cite` entry that names a field the record does not hold. */
export function checkCitedFields(record: object, context: z.RefinementCtx): void {
  for (const problem of citedFieldProblems(record as Record<string, unknown>)) {
    context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  }
}

/** A record schema with the citation fields, checking that every cited field is held. */
export function citedRecord<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject({ ...shape, ...citationShape }).superRefine(checkCitedFields);
}
