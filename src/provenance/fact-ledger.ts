import type { Dataset, DatasetSection } from '../import/dataset-schema.js';
import { heldFields } from '../import/record-citations.js';
import type { FieldCitation } from '../import/citation-schema.js';
import { SECTION_LABELS } from '../import/entity-kind.js';

/** One row of the ledger: a fact, where the graph holds it, its lines and basis. */
export interface LedgerRow {
  source: string;
  lines: string;
  fact: string;
  where: string;
  basis: 'STATED' | 'INFERRED';
  note: string;
}

type AnyRecord = Record<string, unknown> & {
  lines: string;
  inferred?: string;
  cite?: FieldCitation[];
};

/** Sections that are relationships, and the graph relationship each becomes. */
const EDGE_SECTIONS: Partial<Record<DatasetSection, string>> = {
  participations: 'PARTICIPATES_IN',
  funding: 'FUNDED_BY',
  coordinations: 'COORDINATES',
  memberships: 'MEMBER_OF',
  resolutions: 'Resolution',
};

const show = (value: unknown): string =>
  Array.isArray(value) ? `[${value.map(String).join(', ')}]` : String(value);

function identify(section: DatasetSection, record: AnyRecord): { name: string; where: string } {
  const edge = EDGE_SECTIONS[section];
  if (edge === 'PARTICIPATES_IN') {
    return {
      name: `${String(record.organisation)} ${String(record.role)} of ${String(record.project)}`,
      where: `(${String(record.organisation)})-[:PARTICIPATES_IN {role: ${String(record.role)}}]->(${String(record.project)})`,
    };
  }
  if (edge === 'FUNDED_BY') {
    const funded = String(record.project ?? record.policyArea);
    return {
      name: `${String(record.fundingSource)} funds ${funded}`,
      where: `(${funded})-[:FUNDED_BY]->(${String(record.fundingSource)})`,
    };
  }
  if (edge === 'COORDINATES') {
    return {
      name: `${String(record.organisation)} ${String(record.role)} of ${String(record.policyArea)}`,
      where: `(${String(record.organisation)})-[:COORDINATES]->(${String(record.policyArea)})`,
    };
  }
  if (edge === 'MEMBER_OF') {
    const member = String(record.member ?? record.memberCountry);
    return {
      name: `${member} member of ${String(record.body)}`,
      where: `(${member})-[:MEMBER_OF]->(${String(record.body)})`,
    };
  }
  if (edge === 'Resolution') {
    const other = record.other ? ` / ${String(record.other)}` : '';
    return {
      name: `${String(record.decision)}: ${String(record.entity)}${other}`,
      where: `Resolution about ${String(record.entity)}`,
    };
  }
  const label = SECTION_LABELS[section as keyof typeof SECTION_LABELS];
  const key = String(record.id ?? record.code);
  const name = String(record.name ?? record.title ?? `Task ${String(record.code)}`);
  return { name, where: `${label} ${key}` };
}

/**
 * The fact ledger of datasets: one row per citation of every record (the
 * record as a whole with the fields it covers, then each field cited on its
 * own), so every value the graph holds from a source appears once, with the
 * lines that support it and whether the page states it.
 */
export function ledgerRows(datasets: readonly Dataset[]): LedgerRow[] {
  const rows: LedgerRow[] = [];
  for (const data of datasets) {
    const source = data.source.document ?? data.source.id;
    for (const section of Object.keys(data).filter((k) => k !== 'source') as DatasetSection[]) {
      for (const record of data[section] as AnyRecord[]) {
        const { name, where } = identify(section, record);
        const cites = record.cite ?? [];
        const separately = new Set(cites.flatMap((cite) => cite.fields));
        const covered = heldFields(record).filter((field) => !separately.has(field));
        const values = covered
          .filter((field) => !['name', 'title', 'summary', 'note', 'reason'].includes(field))
          .map((field) => `${field} ${show(record[field])}`);
        rows.push({
          source,
          lines: record.lines,
          fact: values.length > 0 ? `${name}: ${values.join('; ')}` : name,
          where,
          basis: record.inferred ? 'INFERRED' : 'STATED',
          note: record.inferred ?? '',
        });
        for (const cite of cites) {
          rows.push({
            source,
            lines: cite.lines,
            fact: `${name}: ${cite.fields.map((field) => `${field} ${show(record[field])}`).join('; ')}`,
            where: `${where} .${cite.fields.join(', .')}`,
            basis: cite.inferred ? 'INFERRED' : 'STATED',
            note: cite.inferred ?? (cite.wording ? `“${cite.wording}”` : ''),
          });
        }
      }
    }
  }
  return rows;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The ledger as a Markdown table, with its counts. */
export function ledgerMarkdown(datasets: readonly Dataset[]): string {
  const rows = ledgerRows(datasets);
  const stated = rows.filter((row) => row.basis === 'STATED').length;
  const header = [
    `${rows.length} cited facts: ${stated} stated, ${rows.length - stated} inferred.`,
    '',
    '| # | Source: lines | Fact | Where in the graph | Basis | Wording or reasoning |',
    '|---|---|---|---|---|---|',
  ];
  const body = rows.map(
    (row, index) =>
      `| ${index + 1} | ${cell(row.source.slice(0, 3))}: ${cell(row.lines)} | ${cell(row.fact)} | ${cell(row.where)} | ${row.basis} | ${cell(row.note)} |`,
  );
  return [...header, ...body].join('\n') + '\n';
}
