/**
 * Last-resort cleanup: if a test file crashes or the run is interrupted before `close()`, the browser
 * processes are killed and the temporary profiles removed when the test worker exits.
 */
import { rmSync } from 'node:fs';

interface Leftover {
  pid?: number;
  dir: string;
}

const leftovers = new Set<Leftover>();
let installed = false;

function killAndRemove(item: Leftover): void {
  if (item.pid) {
    try {
      process.kill(item.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  rmSync(item.dir, { recursive: true, force: true, maxRetries: 3 });
}

function onExit(): void {
  for (const item of leftovers) killAndRemove(item);
  leftovers.clear();
}

/** Registers a browser process and its profile; returns the function that cleans them up now. */
export function track(item: Leftover): () => void {
  if (!installed) {
    installed = true;
    process.once('exit', onExit);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        onExit();
        process.exit(130);
      });
    }
  }
  leftovers.add(item);
  return () => {
    leftovers.delete(item);
    killAndRemove(item);
  };
}
