import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

/**
 * The driver, counting every statement run through a managed transaction
 * (`executeRead`/`executeWrite` → `tx.run`): how the benchmark counts the
 * round trips of a library that drives the database itself.
 */
export function countingDriver(driver: Driver, onStatement: () => void): Driver {
  const wrapTransaction = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, property, receiver) {
        if (property === 'run') {
          return (...args: Parameters<ManagedTransaction['run']>) => {
            onStatement();
            return target.run(...args);
          };
        }
        return bound(target, Reflect.get(target, property, receiver));
      },
    });
  const wrapSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property, receiver) {
        if (property === 'executeRead' || property === 'executeWrite') {
          return <T>(
            work: (tx: ManagedTransaction) => Promise<T> | T,
            config?: Parameters<Session['executeRead']>[1],
          ) => target[property]((tx) => work(wrapTransaction(tx)), config);
        }
        return bound(target, Reflect.get(target, property, receiver));
      },
    });
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'session') {
        return (...args: Parameters<Driver['session']>) => wrapSession(target.session(...args));
      }
      return bound(target, Reflect.get(target, property, receiver));
    },
  });
}

function bound(target: object, value: unknown): unknown {
  return typeof value === 'function'
    ? (value as (...args: unknown[]) => unknown).bind(target)
    : value;
}
