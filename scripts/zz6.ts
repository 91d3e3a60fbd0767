import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../src/analysis/index';
import compiled from '../src/analysis/compiled/catalogue.json';
import { CompiledCatalogueSchema } from '../src/analysis/pattern-schema';
import { normalize } from '../src/analysis/normalize';
import { anyMatch } from '../src/analysis/sentences';
const p = createAnalyzer(CompiledCatalogueSchema.parse(compiled)).prepared;
const L = p.langs.ru;
const names = ['crime', 'authority', 'hotline', 'advice', 'red-flags', 'case-report'];
for (const file of process.argv.slice(2))
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    if (!(r.lang ?? '').startsWith('ru')) continue;
    const nz = normalize(`${r.title ?? ''}\n${r.text}`, p.lexicon).norm;
    const kinds = L.advisory.map((k, i) => (anyMatch(nz, k) ? names[i] : '')).filter(Boolean);
    if (kinds.length >= 2) console.log(r.id, r.label, kinds.join(','));
  }
