/**
 * The compiled catalogue ships as a data file (catalogue.json) that Firefox's add-on linter, and so AMO's
 * review, parses only up to 5 MiB (addons-linter's MAX_FILE_SIZE_TO_PARSE_MB); `npm run test:packages`
 * runs that linter on the built package, late in `npm test`. This says it early, with a margin for the
 * next rules: each slot repeats the word class, so the file grows with every expression.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FILE = path.resolve(__dirname, '../../../src/analysis/compiled/catalogue.json');
const LINTER_LIMIT = 5 * 1024 * 1024;
const MARGIN = 0.05;

describe('the compiled catalogue', () => {
  it('stays under the size Firefox’s add-on linter parses, with room for more rules', () => {
    const bytes = statSync(FILE).size;
    expect(bytes, `${FILE}: ${bytes} bytes`).toBeLessThan(LINTER_LIMIT * (1 - MARGIN));
  });
});
