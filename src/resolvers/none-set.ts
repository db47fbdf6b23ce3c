/** True when every filter parameter is null: the list statement would filter nothing. */
export function noneSet(filters: Record<string, unknown>): boolean {
  return Object.values(filters).every((value) => value === null);
}
