/**
 * What watches the database work of the service (traces, metrics). The
 * GraphClient calls it around every statement and loader batch; without
 * one it calls nothing, so an unobserved service pays nothing.
 */
export interface GraphObserver {
  /** One statement, one round trip to the database. */
  statement<T>(name: string, run: () => Promise<T>): Promise<T>;
  /** One loader batch: `size` keys answered by the statements run inside it. */
  batch<T>(loader: string, size: number, run: () => Promise<T>): Promise<T>;
}

/** One observer that calls each of `observers` in turn (outermost first); undefined for none. */
export function combineObservers(
  observers: ReadonlyArray<GraphObserver | undefined>,
): GraphObserver | undefined {
  const present = observers.filter((observer): observer is GraphObserver => !!observer);
  if (present.length <= 1) return present[0];
  return {
    statement: (name, run) =>
      present.reduceRight<typeof run>(
        (inner, observer) => () => observer.statement(name, inner),
        run,
      )(),
    batch: (loader, size, run) =>
      present.reduceRight<typeof run>(
        (inner, observer) => () => observer.batch(loader, size, inner),
        run,
      )(),
  };
}
