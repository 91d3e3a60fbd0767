import { analyzeAd } from '../src/analysis/index';
import { loadRealCorpora } from './lib/real-corpora';
const files = loadRealCorpora()!;
const which = process.argv[2] ?? 'en';
const ads = files.filter((f) => f.name.includes(which)).flatMap((f) => f.ads.map((a) => a.ad));
for (const ad of ads) await analyzeAd(ad);
const t = performance.now();
const c = process.cpuUsage();
for (let k = 0; k < 2; k++) for (const ad of ads) await analyzeAd(ad);
const u = process.cpuUsage(c);
console.log(
  ((performance.now() - t) / ads.length / 2).toFixed(3),
  'ms/ad wall',
  ((u.user + u.system) / 1000 / ads.length / 2).toFixed(3),
  'ms/ad cpu',
);
