import { z } from 'zod';

/** The registries an organisation's external identifier can come from. */
export const IDENTIFIER_SCHEMES = ['PIC', 'ROR', 'WIKIDATA', 'VAT', 'PROGRAMME', 'OTHER'] as const;

export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

const value = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters');

/**
 * An external identifier of an organisation record in a dataset file: the
 * scheme, the value as the registry writes it, and for `PROGRAMME` ids the
 * programme that issued it.
 */
export const datasetIdentifier = z.strictObject({
  scheme: z.enum(IDENTIFIER_SCHEMES),
  value,
  programme: value.optional(),
});

export type DatasetIdentifier = z.infer<typeof datasetIdentifier>;
