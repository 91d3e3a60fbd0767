/**
 * Reads ads for the command-line tools: JSON Lines (one ad per line) from a file or stdin, or a .txt
 * file as one ad. Each line is parsed on its own, so one bad line never stops the others.
 */
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { AdInputSchema, type AdInput } from '../../src/analysis/types';

export type InputLine =
  | { line: number; ad: AdInput; raw: Record<string, unknown> }
  | { line: number; id?: string | number; error: string };

function parseLine(text: string, line: number): InputLine {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { line, error: `invalid JSON: ${(e as Error).message}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { line, error: 'a line must be a JSON object' };
  }
  const raw = data as Record<string, unknown>;
  const id = typeof raw.id === 'string' || typeof raw.id === 'number' ? raw.id : undefined;
  const withId = id === undefined ? {} : { id };
  if (typeof raw.text !== 'string' || raw.text.trim() === '') {
    return { line, ...withId, error: 'no "text" (a non-empty string is required)' };
  }
  const parsed = AdInputSchema.safeParse(raw);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `"${i.path.join('.')}": ${i.message}`).join('; ');
    return { line, ...withId, error: `bad field ${why}` };
  }
  return { line, ad: parsed.data, raw };
}

/**
 * Yields one entry per non-blank input line, in order (blank lines are not ads and are skipped).
 * `file` is a path, or `-` for stdin; a `.txt` file is one ad whose id is the file name.
 */
export async function* readAds(file: string): AsyncGenerator<InputLine> {
  if (file !== '-' && file.toLowerCase().endsWith('.txt')) {
    const text = readFileSync(file, 'utf8');
    yield text.trim() === ''
      ? { line: 1, id: path.basename(file), error: 'the file is empty' }
      : { line: 1, ad: { id: path.basename(file), text }, raw: {} };
    return;
  }
  const input = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) {
    n++;
    if (text.trim() === '') continue;
    yield parseLine(text, n);
  }
}
