/** The id of the review candidate for a pair of organisations: the same whichever comes first. */
export function candidateId(a: string, b: string): string {
  return a < b ? `candidate:${a}:${b}` : `candidate:${b}:${a}`;
}
