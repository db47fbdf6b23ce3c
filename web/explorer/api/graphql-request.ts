import { queryTrustedDocument } from '../../shared/trusted-document-fetch';

/** The data of one of the explorer's operations (sent by its hash); GraphQL errors become one Error. */
export async function graphqlRequest<T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await queryTrustedDocument<T>(query, variables);
  if (response.errors && response.errors.length > 0) {
    throw new Error(response.errors.map((error) => error.message).join('\n'));
  }
  if (!response.data) throw new Error('The API returned no data');
  return response.data;
}
