/**
 * A short, fast, non-cryptographic string hash (FNV-1a, 32 bit) for cache keys. It only has to tell
 * "this ad's text changed" apart from "same text", on one page, in one session.
 */
export function hashString(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
