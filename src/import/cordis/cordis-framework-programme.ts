import { FundingSourceKind } from '../../domain/funding-source-kind.js';

/** The funding source a CORDIS framework programme becomes. */
export interface FrameworkProgramme {
  id: string;
  name: string;
  acronym?: string;
}

// Programmes the graph already knows keep the id (and name) of their record,
// so CORDIS projects link to that node instead of a second one.
const KNOWN: Readonly<Record<string, FrameworkProgramme>> = {
  H2020: { id: 'horizon-2020', name: 'Horizon 2020' },
  HORIZON: { id: 'horizon-europe', name: 'Horizon Europe' },
  FP7: { id: 'cordis-fp-fp7', name: 'Seventh Framework Programme', acronym: 'FP7' },
};

/** What kind of funding source every framework programme is. */
export const FRAMEWORK_PROGRAMME_KIND = FundingSourceKind.EU_PROGRAMME;

/** The funding source of a `frameworkProgramme` value (`H2020` -> `horizon-2020`). */
export function frameworkProgrammeOf(code: string): FrameworkProgramme {
  const known = KNOWN[code.toUpperCase()];
  if (known) return known;
  const slug = code
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return { id: `cordis-fp-${slug}`, name: code };
}
