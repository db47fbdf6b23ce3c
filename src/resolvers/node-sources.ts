import type { Loaders } from '../loaders/create-loaders.js';
import type { Citation } from '../model/citation.type.js';

/** The citations of a node, through the one batched provenance statement. */
export function nodeSources(loaders: Loaders, label: string, id: string): Promise<Citation[]> {
  return loaders.sourcesByNode.load(`${label}|${id}`);
}
