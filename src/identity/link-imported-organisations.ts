import { OrganisationKind } from '../domain/organisation-kind.js';
import { normaliseName } from '../domain/normalise-name.js';
import type { GraphTransaction } from '../graph/graph-client.js';
import type { DatasetProblem } from '../import/dataset-error.js';
import type { Dataset } from '../import/dataset-schema.js';
import type { ImportStep } from '../import/dataset-rows.js';
import type { ValidDataset } from '../import/validate-dataset.js';
import { matchAgainst, type ScoredPair } from '../matching/find-matches.js';
import type { MatchRecord } from '../matching/match-record.js';
import { canonicalIdentifiers } from './canonical-identifiers.js';
import { candidateId } from './candidate-id.js';
import { remapOrganisationIds } from './remap-organisations.js';

/** An organisation as the graph holds it, with what a link must not overwrite. */
interface ExistingOrganisation extends MatchRecord {
  kind: OrganisationKind;
  hasSummary: boolean;
  hasFounded: boolean;
}

/** The import after matching: files rewritten to the nodes they name, and what to record. */
export interface IdentityResolution {
  valid: ValidDataset[];
  problems: DatasetProblem[];
  /** Per file (same order as `valid`): the statements recording links and candidates. */
  steps: ImportStep[][];
  linked: number;
  candidates: number;
}

/**
 * The matching hook of every import (dataset files, seed, CORDIS): each
 * imported organisation whose id the graph does not hold yet is matched
 * against the graph's organisations (src/matching/). A link rewrites the
 * record to the existing node (its spelling becomes an alias; name, kind and
 * what the node already says are kept) and every reference to it; each link
 * becomes a Resolution and each uncertain pair a DuplicateCandidate, written
 * in the import's own transaction. Identifiers another node holds are
 * problems (file, line, field), so the import is refused whole.
 *
 * It reads the graph inside the import's transaction, after the import has
 * claimed its name and identifier keys: what a concurrent import committed
 * with the same keys is seen here and linked to, never created twice.
 */
export async function linkImportedOrganisations(
  tx: GraphTransaction,
  valid: readonly ValidDataset[],
): Promise<IdentityResolution> {
  const existing = await tx.run<ExistingOrganisation>('identity/match-records');
  const keptApart = new Set(
    (await tx.run<{ a: string; b: string }>('identity/kept-apart-pairs')).map(
      ({ a, b }) => `${a}|${b}`,
    ),
  );
  const byId = new Map(existing.map((record) => [record.id, record]));
  const incoming = valid.flatMap(({ data }) =>
    data.organisations
      .filter((o) => !byId.has(o.id))
      .map((o): MatchRecord => ({
        id: o.id,
        name: o.name,
        acronym: o.acronym,
        aliases: o.aliases,
        country: o.country,
        city: o.city,
        identifiers: canonicalIdentifiers(o.identifiers).map((i) => i.key),
      })),
  );
  const decisions = matchAgainst(existing, incoming, {
    keptApart: (a, b) => keptApart.has(a < b ? `${a}|${b}` : `${b}|${a}`),
  });
  const links = new Map<string, ScoredPair>();
  const candidates = new Map<string, ScoredPair[]>();
  for (const decision of decisions) {
    if (decision.link) links.set(decision.incoming, decision.link);
    else if (decision.candidates.length > 0) candidates.set(decision.incoming, decision.candidates);
  }
  const ids = new Map([...links].map(([incomingId, pair]) => [incomingId, pair.b]));
  const foundAt = new Date().toISOString();

  const rewritten = valid.map(({ file, data }) => {
    const organisations = data.organisations.map((o) => {
      const pair = links.get(o.id);
      const node = pair ? byId.get(pair.b) : undefined;
      return node ? linkedRecord(o, node) : o;
    });
    return { file, data: remapOrganisationIds({ ...data, organisations }, ids) };
  });
  const steps = valid.map(({ data }) => {
    const cite = (lines: string) => ({ lines, citation: `${data.source.id}:${lines}` });
    const linkRows = data.organisations.flatMap((o) => {
      const pair = links.get(o.id);
      if (!pair) return [];
      return [
        {
          id: `matched:${pair.b}:${o.id}`,
          entity: pair.b,
          importedId: o.id,
          names: [...new Set([o.name, ...o.aliases])],
          score: pair.score,
          rules: pair.rules,
          reason: `Matched on import (score ${pair.score.toFixed(3)}: ${pair.rules.join(', ')}; "${pair.names[0]}" ~ "${pair.names[1]}").`,
          ...cite(o.lines),
        },
      ];
    });
    const candidateRows = data.organisations.flatMap((o) =>
      (candidates.get(o.id) ?? []).map((pair) => ({
        id: candidateId(pair.a, pair.b),
        a: pair.a,
        b: pair.b,
        score: pair.score,
        nameScore: pair.nameScore,
        rules: pair.rules,
        names: pair.names,
        foundAt,
      })),
    );
    // Every file gets both steps (with no rows where it has none): the import walks files step by step.
    const fileSteps: ImportStep[] = [
      { statement: 'import/record-identity-links', rows: linkRows },
      { statement: 'import/file-duplicate-candidates', rows: candidateRows },
    ];
    return fileSteps;
  });
  return {
    valid: rewritten,
    problems: await identifierProblems(tx, rewritten),
    steps,
    linked: links.size,
    candidates: [...candidates.values()].reduce((sum, list) => sum + list.length, 0),
  };
}

/**
 * An imported record linked to an existing node: the node keeps its name,
 * kind, country and what it already says; the imported spelling and its
 * aliases become aliases; identifiers, city and other facts are added.
 */
function linkedRecord(
  record: Dataset['organisations'][number],
  node: ExistingOrganisation,
): Dataset['organisations'][number] {
  // Every spelling of the record other than the node's name, even one the
  // node already holds as an alias: the same file then writes the same
  // record (and the same citation) the second time as the first.
  const known = new Set([normaliseName(node.name)]);
  const aliases = [record.name, ...record.aliases].filter((name) => {
    const key = normaliseName(name);
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
  return {
    ...record,
    id: node.id,
    name: node.name,
    kind: Object.values(OrganisationKind).includes(node.kind) ? node.kind : record.kind,
    acronym: node.acronym ?? record.acronym,
    aliases,
    country: node.country ?? record.country,
    city: node.city ?? record.city,
    summary: node.hasSummary ? undefined : record.summary,
    founded: node.hasFounded ? undefined : record.founded,
  };
}

/**
 * Identifiers that would get a second owner: held in the graph by another
 * node, or given to two different records of the import.
 */
async function identifierProblems(
  tx: GraphTransaction,
  valid: readonly ValidDataset[],
): Promise<DatasetProblem[]> {
  const claims: Array<{ key: string; owner: string; problemAt: Omit<DatasetProblem, 'message'> }> =
    [];
  for (const { file, data } of valid) {
    for (const section of ['organisations', 'fundingSources'] as const) {
      data[section].forEach((record, index) => {
        canonicalIdentifiers(record.identifiers).forEach((identifier, position) => {
          const where = `${section}[${index}] (id "${record.id}").identifiers[${position}]`;
          claims.push({
            key: identifier.key,
            owner: `${section === 'organisations' ? 'Organisation' : 'FundingSource'}:${record.id}`,
            problemAt: {
              file: file.file,
              line: file.lineOf([section, index, 'identifiers', position]),
              where,
            },
          });
        });
      });
    }
  }
  if (claims.length === 0) return [];
  const owners = new Map<string, string>();
  for (const row of await tx.run<{ key: string; label: string; id: string }>(
    'identity/identifier-owners',
    { keys: [...new Set(claims.map((claim) => claim.key))] },
  )) {
    owners.set(row.key, `${row.label}:${row.id}`);
  }
  const problems: DatasetProblem[] = [];
  for (const claim of claims) {
    const owner = owners.get(claim.key);
    if (owner && owner !== claim.owner) {
      problems.push({
        ...claim.problemAt,
        message: `the identifier ${claim.key} already belongs to ${owner.replace(':', ' "')}"; one identifier names one body`,
      });
    }
    owners.set(claim.key, owner ?? claim.owner);
  }
  return problems;
}
