/** The operations the explorer sends to /graphql: public API fields only. */

export const NETWORK_QUERY = /* GraphQL */ `
  query ExplorerNetwork($filter: NetworkFilter, $group: NetworkGroupInput) {
    partnershipNetwork(filter: $filter, group: $group) {
      projectCount
      truncated
      nodes {
        id
        name
        acronym
        kind
        countryCode
        projectCount
      }
      edges {
        source
        target
        weight
        projectIds
      }
      omitted {
        organisations
        ties
      }
    }
  }
`;

export const COUNTRIES_QUERY = /* GraphQL */ `
  query ExplorerCountries($after: String) {
    list: countries(filter: { withOrganisations: true }, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id: code
        label: name
      }
    }
  }
`;

export const FUNDING_SOURCES_QUERY = /* GraphQL */ `
  query ExplorerFundingSources($after: String) {
    list: fundingSources(first: 100, after: $after, orderBy: { field: NAME }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        label: name
      }
    }
  }
`;

export const POLICY_AREAS_QUERY = /* GraphQL */ `
  query ExplorerPolicyAreas($after: String) {
    list: policyAreas(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        label: name
      }
    }
  }
`;

export const PROJECT_CHOICES_QUERY = /* GraphQL */ `
  query ExplorerProjectChoices($text: String!) {
    projects(filter: { nameContains: $text }, first: 10) {
      nodes {
        id
        name
        code
      }
    }
  }
`;

export const PROJECT_NAME_QUERY = /* GraphQL */ `
  query ExplorerProjectName($id: ID!) {
    project(id: $id) {
      id
      name
      code
    }
  }
`;

export const SEARCH_QUERY = /* GraphQL */ `
  query ExplorerSearch($text: String!) {
    search(text: $text, first: 8, types: [ORGANISATION, PROJECT]) {
      id
      type
      name
    }
  }
`;

export const ORGANISATION_QUERY = /* GraphQL */ `
  query ExplorerOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      acronym
      kind
      city
      summary
      aliases
      country {
        code
        name
      }
      parent {
        id
        name
      }
      participations(first: 100) {
        totalCount
        nodes {
          role
          task
          note
          project {
            id
            name
            code
            startDate
            endDate
          }
        }
      }
      sources {
        lines
        readerPath
        basis
        note
        source {
          id
          title
          url
        }
      }
    }
    coPartners(organisationId: $id, first: 25) {
      sharedProjectCount
      organisation {
        id
        name
        country {
          code
        }
      }
    }
  }
`;

export const PROJECT_QUERY = /* GraphQL */ `
  query ExplorerProject($id: ID!) {
    project(id: $id) {
      id
      name
      acronym
      code
      kind
      status
      startDate
      endDate
      summary
      totalBudgetEur
      euContributionEur
      funding {
        amountEur
        note
        fundingSource {
          id
          name
        }
      }
      policyAreas {
        id
        name
        shortName
      }
      participations(first: 100) {
        totalCount
        nodes {
          role
          task
          organisation {
            id
            name
            country {
              code
            }
          }
        }
      }
      sources {
        lines
        readerPath
        basis
        note
        source {
          id
          title
          url
        }
      }
    }
  }
`;

export const CONNECTION_QUERY = /* GraphQL */ `
  query ExplorerConnection($fromId: ID!, $toId: ID!) {
    connection(fromId: $fromId, toId: $toId, maxHops: 6) {
      hops
      steps {
        from {
          id
          name
        }
        fromRole
        project {
          id
          name
        }
        toRole
        to {
          id
          name
        }
      }
    }
  }
`;
