/** A ready-made query shown as a tab and in the examples list of the playground. */
export interface AnalystQuery {
  /** Operation name; GraphiQL uses it as the tab title. */
  name: string;
  /** What the query answers, in an analyst's words. */
  question: string;
  query: string;
}

/** The questions analysts ask most, in the order the playground offers them. */
export const ANALYST_QUERIES: readonly AnalystQuery[] = [
  {
    name: 'SharedPartners',
    question: 'Which organisations take part in both 14.3 and From Gaps to Caps?',
    query: `# Organisations in both 14.3 (Macro-Regional Risk Scenarios) and From Gaps to Caps,
# with their roles in each. Press the run button (or Ctrl+Enter).
query SharedPartners {
  sharedPartners(projectIds: ["macro-regional-risk-scenarios", "from-gaps-to-caps"]) {
    organisation {
      name
      country {
        code
      }
    }
    participations {
      role
      task
      project {
        id
      }
    }
  }
}
`,
  },
  {
    name: 'HamburgCoPartners',
    question: 'Who has Hamburg Fire and Rescue Service worked with, and how often?',
    query: `# Who Hamburg Fire and Rescue Service has worked with, heaviest ties first.
query HamburgCoPartners {
  coPartners(organisationId: "hamburg-fire-rescue-service", minSharedProjects: 1) {
    sharedProjectCount
    organisation {
      name
      country {
        code
      }
    }
    sharedProjects {
      name
    }
  }
}
`,
  },
  {
    name: 'IcelandToStuk',
    question: 'How is the University of Iceland connected to STUK?',
    query: `# The shortest chain organisation → project → organisation … between two bodies.
query IcelandToStuk {
  connection(fromId: "university-of-iceland", toId: "stuk") {
    hops
    steps {
      from {
        name
      }
      fromRole
      project {
        name
      }
      toRole
      to {
        name
      }
    }
  }
}
`,
  },
  {
    name: 'FundedByDgEcho',
    question: 'What did DG ECHO fund, and where does that come from?',
    query: `# What DG ECHO paid for, with the source lines that say so.
query FundedByDgEcho {
  fundingSource(id: "dg-echo") {
    name
    aliases
    grants {
      totalCount
      nodes {
        note
        amountEur
        project {
          name
          startDate
          endDate
        }
        sources {
          lines
          source {
            title
          }
        }
      }
    }
  }
}
`,
  },
  {
    name: 'LatviaNetwork',
    question: "A country's network: Latvia's organisations and their projects",
    query: `# Latvia's organisations and the projects they take part in.
# Change the code to see another country's network.
query LatviaNetwork($country: String! = "LV") {
  country(code: $country) {
    name
    organisations {
      totalCount
      nodes {
        name
        participations {
          nodes {
            role
            project {
              name
            }
          }
        }
      }
    }
  }
}
`,
  },
  {
    name: 'FactSources',
    question: 'Where does a fact come from, and does the page say it or is it read into it?',
    query: `# Where the facts about 14.3 come from: the cited passage, whether the page
# states each value or it is an interpretation (the note says why), and, under
# the response, links to the source page with the cited lines highlighted.
query FactSources {
  project(id: "macro-regional-risk-scenarios") {
    name
    totalBudgetEur
    sources {
      fields
      basis
      note
      lines
      passage
      readerPath
      source {
        title
      }
    }
  }
  # The citations of one relationship: 14.3 was implemented in Latvia.
  provenance(fromId: "macro-regional-risk-scenarios", relation: IMPLEMENTED_IN, toId: "LV") {
    basis
    lines
    passage
    readerPath
    source {
      title
    }
  }
}
`,
  },
];
