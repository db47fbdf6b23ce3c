/**
 * The systems the benchmark compares: the floor (hand-written Cypher behind
 * a bare HTTP handler), the Neo4j GraphQL Library, our service without
 * batching, our service, and the bare stack (Apollo Server and Express over
 * our SDL, default resolvers and the floor's statements).
 */
export const SYSTEM_NAMES = ['floor', 'neo4j-graphql', 'naive', 'ours', 'bare'] as const;

export type SystemName = (typeof SYSTEM_NAMES)[number];

export function isSystemName(value: string): value is SystemName {
  return (SYSTEM_NAMES as readonly string[]).includes(value);
}

/** How the report names each system. */
export const SYSTEM_LABELS: Readonly<Record<SystemName, string>> = {
  floor: 'floor (raw Cypher)',
  'neo4j-graphql': '@neo4j/graphql',
  naive: 'naive (no batching)',
  ours: 'ours (DataLoader)',
  bare: 'bare Apollo + Express',
};
