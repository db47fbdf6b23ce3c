/** How a labelled variant differs from its base organisation (the ground truth says which). */
export type VariantKind =
  | 'capitals'
  | 'stripped-accents'
  | 'translated'
  | 'reordered'
  | 'legal-suffix'
  | 'acronym'
  | 'typo'
  | 'homonym-abroad'
  /** The seed's curated kept-apart pairs: the look-alike must find itself, not the other. */
  | 'kept-apart'
  /** The seed's curated merges: another spelling of the same body. */
  | 'seed-spelling';

/** Variants of the same body; `homonym-abroad` is a different body with the same name. */
export const SAME_BODY: ReadonlySet<VariantKind> = new Set([
  'capitals',
  'stripped-accents',
  'translated',
  'reordered',
  'legal-suffix',
  'acronym',
  'typo',
]);
