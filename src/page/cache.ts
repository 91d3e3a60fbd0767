/**
 * The results the content script already has, by ad key, kept across SPA navigations (going back to a
 * list re-sends nothing) and bounded: least recently seen first out. An infinite listing or a long SPA
 * session would otherwise keep every ad it ever showed (5,000 entries after 100 pages, issue 14).
 */
import type { Assessment } from '../analysis/types';

export interface CachedResult {
  /** The content hash of the ad the result is for (keys.ts). */
  hash: string;
  assessment: Assessment;
  /** The background's seal over key, title and assessment, sent back with every page report. */
  seal: string;
}

/** Entries kept beyond the ads of the current page: a few pages of a listing to go back to. */
export const CACHE_SLACK = 2_000;

export class ResultCache {
  private readonly map = new Map<string, CachedResult>();

  get size(): number {
    return this.map.size;
  }

  /** The result for `key`, which counts as seen now. */
  get(key: string): CachedResult | undefined {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }

  set(key: string, result: CachedResult): void {
    this.map.delete(key);
    this.map.set(key, result);
  }

  delete(key: string): void {
    this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }

  /** Drops the least recently seen entries beyond `max`. */
  prune(max: number): void {
    for (const key of this.map.keys()) {
      if (this.map.size <= max) return;
      this.map.delete(key);
    }
  }
}
