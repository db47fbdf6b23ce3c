/** The `basis` argument of every `sources` field: ask for stated (or inferred) citations only. */
export const BASIS_ARG = {
  nullable: true,
  description:
    'Only citations of this basis, e.g. STATED for what the sources say in so many words.',
} as const;
