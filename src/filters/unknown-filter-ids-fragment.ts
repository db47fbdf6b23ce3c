import { FILTER_ID_LABELS } from './filter-id-checks.js';

/**
 * The body of the block that finds the ids a filter names but the graph does
 * not have (`CALL () { ...UnknownFilterIds }` in a list statement): one
 * `{argument, label, id}` per unknown id of `$idChecks`, collected as
 * `unknownIds`. Stated here once for every statement that checks its filter's
 * ids in its own read; the labels are those a `FilterIdCheck` may name.
 * Lines after the first are indented for a block at the start of a line.
 */
export const UNKNOWN_FILTER_IDS_FRAGMENT = [
  'UNWIND $idChecks AS check',
  '  UNWIND check.ids AS id',
  '  WITH check, id',
  '  WHERE NOT CASE check.label',
  ...FILTER_ID_LABELS.map((label) => `    WHEN '${label}' THEN EXISTS { (:${label} {id: id}) }`),
  '    ELSE false',
  '  END',
  '  RETURN collect({argument: check.argument, label: check.label, id: id}) AS unknownIds',
].join('\n');
