import { GraphQLClient } from 'graphql-request';
import pino from 'pino';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { createService, type Service } from '../../src/server.js';

export interface TestService {
  service: Service;
  url: string;
  /** A graphql-request client on the service's /graphql, over real HTTP. */
  client: GraphQLClient;
  stop(): Promise<void>;
}

/** The real HTTP service on a free loopback port, backed by `graph`. */
export async function startTestService(
  graph: GraphClient,
  options: { batching?: boolean } = {},
): Promise<TestService> {
  const service = await createService({
    graph,
    logger: pino({ level: 'silent' }),
    bodyLimit: '1mb',
    introspection: true,
    batching: options.batching,
  });
  const port = await service.listen(0);
  const url = `http://127.0.0.1:${port}`;
  return {
    service,
    url,
    client: new GraphQLClient(`${url}/graphql`),
    stop: () => service.stop(),
  };
}
