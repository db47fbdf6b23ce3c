/** The GraphQL endpoint of the service that served the page (same origin, never another host). */
export const GRAPHQL_URL = '/graphql';

/** A GraphQL response as the HTTP transport returns it. */
export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

/** POSTs one operation to the service's GraphQL endpoint and returns the parsed response. */
export async function postGraphQL<T>(
  body: { query: string; variables?: unknown; operationName?: string | null },
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return (await response.json()) as GraphQLResponse<T>;
}
