/** The adapter files of src/sites/ (every .ts file that is not a shared helper), for the meta-tests. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SITES_DIR = join(__dirname, '../../../src/sites');

/** Files in src/sites/ that are not adapters. */
export const HELPERS = [
  'define.ts',
  'dom.ts',
  'match-pattern.ts',
  'olx-markup.ts',
  'real-pages.ts',
  'opt-in.ts',
  'registry.ts',
  'types.ts',
];

export const ADAPTER_FILES = readdirSync(SITES_DIR).filter(
  (file) => file.endsWith('.ts') && !HELPERS.includes(file),
);
