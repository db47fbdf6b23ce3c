import { badUserInput } from '../errors.js';

/** The labels whose ids a filter may name (the unknown-id block checks them in this order). */
export const FILTER_ID_LABELS = [
  'Organisation',
  'Project',
  'FundingSource',
  'PolicyArea',
  'Programme',
  'Topic',
] as const;

export type FilterIdLabel = (typeof FILTER_ID_LABELS)[number];

/** One list of ids a filter names, as the list statements take it (`$idChecks`). */
export interface FilterIdCheck {
  argument: string;
  label: FilterIdLabel;
  ids: string[];
}

/** An id the statement did not find, as the list statements return it (`unknownIds`). */
export interface UnknownFilterId {
  argument: string;
  label: string;
  id: string;
}

/**
 * The id lists of a filter to check, each named by its argument path
 * ("filter.fundingSourceIds"). The list statements look them up in the same
 * read that answers the filter and return the ids they do not know, so a
 * misspelt id is an error rather than an empty page, without a round trip of
 * its own.
 */
export function filterIdChecks<F extends object>(
  filter: F | null | undefined,
  labels: Partial<Record<keyof F & string, FilterIdLabel>>,
  prefix = 'filter',
): FilterIdCheck[] {
  if (!filter) return [];
  const checks: FilterIdCheck[] = [];
  for (const [field, label] of Object.entries(labels) as [keyof F & string, FilterIdLabel][]) {
    const ids: unknown = filter[field];
    if (!Array.isArray(ids) || ids.length === 0) continue;
    checks.push({ argument: `${prefix}.${field}`, label, ids: [...new Set(ids.map(String))] });
  }
  return checks;
}

/**
 * Fails with BAD_USER_INPUT naming each argument and the ids of it the graph
 * does not have (`extensions.argument` is the first such argument, so the
 * exports can name their query parameter).
 */
export function assertNoUnknownIds(unknown: readonly UnknownFilterId[] | null | undefined): void {
  if (!unknown || unknown.length === 0) return;
  const byArgument = new Map<string, UnknownFilterId[]>();
  for (const row of unknown) {
    byArgument.set(row.argument, [...(byArgument.get(row.argument) ?? []), row]);
  }
  const parts = [...byArgument].map(
    ([argument, rows]) =>
      `Unknown ${rows[0]?.label ?? ''} id(s) in "${argument}": ` +
      rows.map((row) => `"${row.id}"`).join(', '),
  );
  const [first] = byArgument.keys();
  throw badUserInput(parts.join('; '), {
    argument: first,
    unknownIds: unknown.map((row) => row.id),
  });
}
