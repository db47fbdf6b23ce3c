import { resolutionId } from './dataset-rows.js';
import type { Dataset } from './dataset-schema.js';
import { SECTION_LABELS, type EntitySection } from './entity-kind.js';

/** A node by label and key (a country's key is its code). */
export interface NodeKey {
  label: string;
  id: string;
}

/** Every node a dataset writes: its Source, the records of its entity sections, its resolutions. */
export function definedNodeKeys(data: Dataset): NodeKey[] {
  const keys: NodeKey[] = [{ label: 'Source', id: data.source.id }];
  for (const [section, label] of Object.entries(SECTION_LABELS) as Array<[EntitySection, string]>) {
    for (const record of data[section]) {
      keys.push({ label, id: 'code' in record && !('id' in record) ? record.code : record.id });
    }
  }
  for (const r of data.resolutions) {
    keys.push({
      label: 'Resolution',
      id: resolutionId(r.entity, r.decision, r.decision === 'kept-apart' ? r.other : undefined),
    });
  }
  return keys;
}
