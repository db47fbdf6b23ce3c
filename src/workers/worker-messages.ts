import type { Liveness } from '../neo4j-local/supervised-neo4j.js';

/**
 * What the primary tells its workers: the local Neo4j it supervises could
 * not come back, so each worker's /health fails with the reason, as a single
 * process's would.
 */
export interface LivenessMessage {
  type: 'civprot-liveness';
  liveness: Liveness;
}

export function isLivenessMessage(message: unknown): message is LivenessMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'civprot-liveness'
  );
}

/** A worker's view of the primary's liveness, kept up to date by its messages. */
export function livenessFromPrimary(): () => Liveness {
  let current: Liveness = { live: true };
  process.on('message', (message: unknown) => {
    if (isLivenessMessage(message)) current = message.liveness;
  });
  return () => current;
}
