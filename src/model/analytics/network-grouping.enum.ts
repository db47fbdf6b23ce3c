import { registerEnumType } from 'type-graphql';

/** What an aggregated view of the network groups organisations by (values: keys of the analysis). */
export enum NetworkGrouping {
  COUNTRY = 'country',
  COMMUNITY = 'community',
}

registerEnumType(NetworkGrouping, {
  name: 'NetworkGrouping',
  description: 'What the nodes of an aggregated network view are.',
  valuesConfig: {
    COUNTRY: {
      description: 'Countries (id: ISO code; "none" for organisations without a country).',
    },
    COMMUNITY: { description: 'Louvain communities of `networkAnalytics` (id: community number).' },
  },
});
