/**
 * Database work done for one request: how many statements went to Neo4j
 * (round trips) and how long they took. Loaders and queries add to it; the
 * API reports it in `extensions` when asked.
 */
export class QueryStats {
  roundTrips = 0;
  databaseTimeMs = 0;
  readonly statements: string[] = [];

  record(name: string, elapsedMs: number): void {
    this.roundTrips += 1;
    this.databaseTimeMs += elapsedMs;
    this.statements.push(name);
  }
}
