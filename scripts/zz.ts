import { analyzeAd } from '../src/analysis/index';
const t = process.argv[2] ?? '';
const a = await analyzeAd({ text: t });
console.log(a.level, a.lang, a.findings.map((f) => `${f.rule}(${f.strength}) «${f.evidence}»`).join('\n  '));
