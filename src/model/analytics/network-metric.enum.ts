import { registerEnumType } from 'type-graphql';

/** An organisation metric to rank or size by. */
export enum NetworkMetric {
  PAGE_RANK = 'pageRank',
  BETWEENNESS = 'betweenness',
  BROKER_SCORE = 'brokerScore',
  DEGREE = 'degree',
  WEIGHTED_DEGREE = 'weightedDegree',
  PROJECT_COUNT = 'projectCount',
}

registerEnumType(NetworkMetric, {
  name: 'NetworkMetric',
  description: 'An organisation metric of `OrganisationNetworkMetrics` to rank by.',
});
