import type { CypherLibrary } from '../../src/graph/cypher-library.js';
import { statementText } from '../bench-cypher.js';

/**
 * Type definitions for the Neo4j GraphQL Library (v7) over the same graph:
 * the nodes and relationships the shapes read, with the partnership and
 * funding edges' properties, and @cypher fields for the questions the
 * library has no generated field for (shared partners, co-partners, the
 * shortest connection, a whole-graph relationship count).
 */
export function neo4jGraphqlTypeDefs(cypher: CypherLibrary): string {
  const statement = (name: string) =>
    `"""\n${statementText(cypher, `neo4j-graphql/${name}`).replace(/"""/g, '\\"""')}\n"""`;
  return `
type Organisation @node {
  id: ID!
  name: String!
  country: [Country!]! @relationship(type: "LOCATED_IN", direction: OUT)
  participations: [Project!]!
    @relationship(type: "PARTICIPATES_IN", direction: OUT, properties: "Participation")
  projectCountAmong(projectIds: [ID!]!): Int!
    @cypher(statement: ${statement('project-count-among')}, columnName: "result")
  sharedProjectCount(withOrganisation: ID!): Int!
    @cypher(statement: ${statement('shared-project-count')}, columnName: "result")
}

type Participation @relationshipProperties {
  role: String!
  task: String
  note: String
}

type Project @node {
  id: ID!
  name: String!
  startDate: String
  endDate: String
  totalBudgetEur: Float
  euContributionEur: Float
  partners: [Organisation!]!
    @relationship(type: "PARTICIPATES_IN", direction: IN, properties: "Participation")
  fundedBy: [FundingSource!]!
    @relationship(type: "FUNDED_BY", direction: OUT, properties: "Funding")
}

type Funding @relationshipProperties {
  amountEur: Float
  note: String
}

type FundingSource @node {
  id: ID!
  name: String!
  projects: [Project!]! @relationship(type: "FUNDED_BY", direction: IN, properties: "Funding")
}

type Country @node {
  code: String!
  name: String!
}

type PathStep {
  fromId: ID!
  fromName: String!
  fromRole: String!
  projectId: ID!
  projectName: String!
  toRole: String!
  toId: ID!
  toName: String!
}

type PartnershipPath {
  hops: Int!
  steps: [PathStep!]!
}

type Query {
  sharedPartners(projectIds: [ID!]!): [Organisation!]!
    @cypher(statement: ${statement('shared-partners')}, columnName: "o")
  coPartners(organisationId: ID!, first: Int!): [Organisation!]!
    @cypher(statement: ${statement('co-partners')}, columnName: "other")
  connection(fromId: ID!, toId: ID!, maxHops: Int!): PartnershipPath
    @cypher(statement: ${statement('connection')}, columnName: "result")
  participationCount: Int!
    @cypher(statement: ${statement('participation-count')}, columnName: "result")
}
`;
}
