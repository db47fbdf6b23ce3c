import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The newest modification time of a file under any of the given folders or files. */
export function newestChange(...entries: string[]): number {
  let newest = 0;
  for (const entry of entries) {
    if (!existsSync(entry)) continue;
    const stats = statSync(entry);
    if (!stats.isDirectory()) {
      newest = Math.max(newest, stats.mtimeMs);
      continue;
    }
    for (const child of readdirSync(entry)) {
      newest = Math.max(newest, newestChange(path.join(entry, child)));
    }
  }
  return newest;
}
