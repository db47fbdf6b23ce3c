import { floorRequest, graphqlRequest, type Shape } from './shape.js';

const QUERY = '{ __typename }';

/**
 * `{ __typename }`: no resolver and no database, only the fixed cost of a
 * request — HTTP, the framework, and every layer a request passes through.
 */
export const typename: Shape = {
  name: 'typename',
  title: '{ __typename }: the fixed cost of a request',
  nested: false,
  levels: 0,
  request(system) {
    if (system === 'floor') return floorRequest('typename', {});
    return graphqlRequest(QUERY, {});
  },
  canonical(_system, data) {
    return data;
  },
};
