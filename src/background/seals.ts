/**
 * Seals on assessments, so a content script can report back what the background told it without being
 * able to change it. The page report (what the popup and the toolbar show for a tab) comes from the
 * content script, which a compromised renderer controls; it must not be able to say "no risk" for an ad
 * the analyzer found risky, or invent warnings on a page. Re-analyzing for every report would need the
 * ad texts again (reports carry none, to stay small), and remembering every result here would not
 * survive Chrome stopping the service worker. So each result the background hands out carries an HMAC
 * of its key, title and assessment, under a secret only the background knows; a report item whose seal does
 * not match its assessment is rejected (and its ad analyzed again).
 *
 * The secret lives in storage.session (memory only, readable by the extension's own pages and worker but
 * not by content scripts, whose default access level is TRUSTED_CONTEXTS), so it survives a worker
 * restart and not the browser. Seals this worker made or checked are remembered (a bounded map), so a
 * report of 5,000 ads costs 5,000 string comparisons, not 5,000 HMACs.
 */
import type { Assessment } from '../analysis/types';
import type { KeyValueArea } from './tab-reports';

const SECRET_KEY = 'seal-secret';
/** 128 bits of HMAC-SHA-256: a content script that sees millions of seals still cannot forge one. */
const SEAL_BYTES = 16;
/** Seals remembered as checked: two 5,000-card pages in several tabs. */
export const MAX_REMEMBERED = 50_000;

/** What a seal covers: the ad's key, the title the report shows for it, and its assessment. */
export interface Sealed {
  key: string;
  title?: string;
  assessment: Assessment;
}

/** Both take assessments parsed with AssessmentSchema (see canonical). */
export interface Sealer {
  seal(item: Sealed): Promise<string>;
  /** Whether `seal` is this background's seal of exactly this key, title and assessment. */
  verify(item: Sealed, seal: string): Promise<boolean>;
}

/**
 * The text a seal covers. Plain JSON.stringify, which follows the objects' key order: the assessments it
 * is given were all parsed with AssessmentSchema (the handler parses what the analyzer returns before
 * sealing it, the router parses every report), and zod builds its output in the schema's key order, so
 * the same assessment always gives the same text. (Sorting the keys here instead cost the background
 * about 0.6 s on a 5,000-card page, whose report comes back a few dozen times while it loads.)
 */
export function canonical(value: unknown): string {
  return JSON.stringify(value);
}

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64(s: string): Uint8Array {
  return Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
}

/** The HMAC key: the one in `area` (this browser session's), or a new one stored there. */
async function loadKey(subtle: SubtleCrypto, area: KeyValueArea): Promise<CryptoKey> {
  const stored = (await area.get(SECRET_KEY))[SECRET_KEY];
  let raw: Uint8Array;
  if (typeof stored === 'string' && stored.length > 0) {
    raw = fromBase64(stored);
  } else {
    raw = crypto.getRandomValues(new Uint8Array(32));
    await area.set({ [SECRET_KEY]: btoa(String.fromCharCode(...raw)) });
  }
  return subtle.importKey('raw', raw as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

export function createSealer(area: KeyValueArea, subtle: SubtleCrypto = crypto.subtle): Sealer {
  let key: Promise<CryptoKey> | undefined;
  /** seal → the canonical text it seals, for seals made or checked here. Oldest first. */
  const known = new Map<string, string>();

  const remember = (seal: string, text: string): void => {
    known.delete(seal);
    known.set(seal, text);
    if (known.size > MAX_REMEMBERED) known.delete(known.keys().next().value as string);
  };

  const sign = async (text: string): Promise<string> => {
    key ??= loadKey(subtle, area).catch((error: unknown) => {
      key = undefined;
      throw error;
    });
    const mac = await subtle.sign('HMAC', await key, new TextEncoder().encode(text));
    return base64url(new Uint8Array(mac, 0, SEAL_BYTES));
  };

  return {
    async seal({ key: adKey, title, assessment }) {
      const text = canonical([adKey, title ?? null, assessment]);
      const seal = await sign(text);
      remember(seal, text);
      return seal;
    },
    async verify({ key: adKey, title, assessment }, seal) {
      const text = canonical([adKey, title ?? null, assessment]);
      if (known.get(seal) === text) return true;
      // Not seen by this worker (it was restarted since): check it the long way.
      if ((await sign(text)) !== seal) return false;
      remember(seal, text);
      return true;
    },
  };
}
