/** A screenshot's file path under SCREENSHOTS_DIR (made on first use). */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOTS_DIR } from './paths';

export function shot(name: string): string {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  return join(SCREENSHOTS_DIR, name);
}
