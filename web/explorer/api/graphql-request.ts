import { postGraphQL } from '../../shared/graphql-fetch';

/** The data of one operation against the public API; GraphQL errors become one Error. */
export async function graphqlRequest<T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await postGraphQL<T>({ query, variables });
  if (response.errors && response.errors.length > 0) {
    throw new Error(response.errors.map((error) => error.message).join('\n'));
  }
  if (!response.data) throw new Error('The API returned no data');
  return response.data;
}
