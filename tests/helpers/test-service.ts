import { GraphQLClient } from 'graphql-request';
import pino, { type Logger } from 'pino';
import type { GraphClient } from '../../src/graph/graph-client.js';
import { createService, type Service, type ServiceOptions } from '../../src/server.js';
import { testVerifier } from './test-tokens.js';

export interface TestService {
  service: Service;
  url: string;
  /** A graphql-request client on the service's /graphql, over real HTTP. */
  client: GraphQLClient;
  stop(): Promise<void>;
}

/**
 * The real HTTP service on a free loopback port, backed by `graph`, accepting
 * the test tokens (tests/helpers/test-tokens.ts). Options override defaults.
 */
export async function startTestService(
  graph: GraphClient,
  options: Partial<Omit<ServiceOptions, 'graph'>> = {},
): Promise<TestService> {
  const service = await createService({
    graph,
    logger: options.logger ?? (pino({ level: 'silent' }) as Logger),
    bodyLimit: '1mb',
    introspection: true,
    verifyToken: testVerifier(),
    debugStats: 'everyone',
    ...options,
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
