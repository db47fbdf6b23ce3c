import { expect } from 'vitest';

/** A query's `data`, asserting that it has no errors. */
export async function askData<T>(url: string, query: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/**
 * Asks each selection alone, then 48 requests at once with the selections
 * interleaved (a document's projection is built once and shared by the
 * requests that send it): each parallel answer equals its selection's
 * answer alone, and the selections' answers all differ.
 */
export async function expectOwnAnswersInParallel(
  url: string,
  selections: readonly string[],
  queryOf: (selection: string) => string,
): Promise<void> {
  const alone: unknown[] = [];
  for (const selection of selections) alone.push(await askData(url, queryOf(selection)));
  const order = Array.from({ length: 48 }, (_, index) => index % selections.length);
  const answers = await Promise.all(
    order.map((which) => askData(url, queryOf(selections[which]!))),
  );
  answers.forEach((answer, index) => expect(answer).toEqual(alone[order[index]!]));
  expect(new Set(alone.map((answer) => JSON.stringify(answer))).size).toBe(selections.length);
}
