import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { DatasetFile } from './dataset-file.js';

export const SEED_DIR = path.join(PROJECT_ROOT, 'seed');

/** The curated seed: every `seed/*.yaml` file, in name order. */
export function readSeedFiles(seedDir = SEED_DIR): DatasetFile[] {
  return readdirSync(seedDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => DatasetFile.read(path.join(seedDir, name), `seed/${name}`));
}
