/**
 * Calls `start`, which must create its driver result synchronously (as
 * `session.run` does), while V8 records no stack frames.
 *
 * neo4j-driver captures and formats the caller's stack trace for every
 * result it creates (`new Error('').stack`), to put on an error the
 * statement might raise later. At the depth of a GraphQL resolver that costs
 * 50–60 µs of CPU per statement, a sixth of what a cheap read costs this
 * process in all. The frames it would keep are always the client's own;
 * the name of the failing statement, which `GraphClient` puts on the error,
 * says more.
 */
export function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
