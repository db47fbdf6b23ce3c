import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GeneratedFile } from './build-dataset.js';

/**
 * Writes each file as JSON with one record per line (so the importer's
 * `file:line` messages point at a record) and returns the paths written.
 */
export function writeDataset(files: readonly GeneratedFile[], outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  return files.map((file) => {
    const target = path.join(outDir, file.name);
    writeFileSync(target, toRecordPerLineJson(file.content));
    return target;
  });
}

/** `{"source": {...},\n "projects": [\n  {...},\n  {...}\n ]}` — valid JSON, one record per line. */
export function toRecordPerLineJson(content: Record<string, unknown>): string {
  const sections = Object.entries(content).map(([key, value]) => {
    if (!Array.isArray(value)) return `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    if (value.length === 0) return `${JSON.stringify(key)}: []`;
    const records = value.map((record) => `  ${JSON.stringify(record)}`).join(',\n');
    return `${JSON.stringify(key)}: [\n${records}\n]`;
  });
  return `{\n${sections.join(',\n')}\n}\n`;
}
