/**
 * The real ordinary ads in ../shared/corpora (outside the repository; never copied into it). The tools
 * that use them skip with a message when the folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { AdInput } from '../../src/analysis/types';

export const CORPORA_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/corpora',
);

const RealAdSchema = z.object({
  id: z.union([z.string(), z.number()]),
  lang: z.string().optional(),
  text: z.string(),
  employer: z.string().optional(),
  salary: z.string().optional(),
  fraudulent: z.boolean().optional(),
});

export interface RealAd {
  ad: AdInput;
  /** EMSCAD rows marked as employment scams (not ordinary ads). */
  fraudulent: boolean;
}

export interface RealFile {
  name: string;
  ads: RealAd[];
}

/** The labelled development set that shares the folder: lures, not ordinary ads (scripts/eval.ts reads it). */
export const LABELLED_FILES = new Set(['lures-dev.jsonl']);

/** Every *.jsonl file of real ads in the corpora folder, or undefined when the folder is absent. */
export function loadRealCorpora(): RealFile[] | undefined {
  if (!existsSync(CORPORA_DIR)) return undefined;
  return readdirSync(CORPORA_DIR)
    .filter((f) => f.endsWith('.jsonl') && !LABELLED_FILES.has(f))
    .sort()
    .map((name) => {
      const ads: RealAd[] = [];
      for (const line of readFileSync(path.join(CORPORA_DIR, name), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const r = RealAdSchema.safeParse(JSON.parse(line));
        if (!r.success || !r.data.text.trim()) continue;
        const { id, lang, text, employer, salary } = r.data;
        ads.push({
          ad: {
            id,
            text,
            ...(lang ? { lang } : {}),
            ...(employer ? { employer } : {}),
            ...(salary ? { salary } : {}),
          },
          fraudulent: r.data.fraudulent === true,
        });
      }
      return { name, ads };
    });
}
