/**
 * Reading pass 2: emoji and pictographs between words. "Дубай 🇦🇪 хостес" or "виза🔥бесплатно" puts
 * symbols where a match expects a space, so each run of them becomes one space. A flag names a country
 * ("работа в 🇦🇪"), so it becomes a word of its own, `flag` + the region code ("flagae"), which the
 * place lists know (patterns/places.yaml).
 */
import { ViewBuilder, type TextView } from './view';

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const REGIONAL_A = 0x1f1e6;
const isRegional = (cp: number) => cp >= REGIONAL_A && cp <= 0x1f1ff;

/** Symbol blocks used as decoration (arrows, box drawing, dingbats, geometric shapes, stars). */
function isDecoration(cp: number): boolean {
  return (
    (cp >= 0x2190 && cp <= 0x21ff) ||
    (cp >= 0x2500 && cp <= 0x27bf) ||
    (cp >= 0x2b00 && cp <= 0x2bff) ||
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    cp === 0x20e3 // combining enclosing keycap (its digit stays)
  );
}

const WORK = /[\u2190-\u21ff\u2500-\u27bf\u2b00-\u2bff\u{1f000}-\u{1faff}]|\u20e3|\p{Extended_Pictographic}/u;

export function spaceSymbols(view: TextView): TextView {
  const { text } = view;
  if (!WORK.test(text)) return view;
  const out = new ViewBuilder(view.starts[text.length] as number);
  let i = 0;
  let inRun = false;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const from = view.starts[i] as number;
    if (isRegional(cp)) {
      const next = text.codePointAt(i + 2);
      if (next !== undefined && isRegional(next)) {
        const code = String.fromCharCode(97 + cp - REGIONAL_A) + String.fromCharCode(97 + next - REGIONAL_A);
        const to = view.ends[i + 3] as number;
        if (out.last() !== ' ' && out.length > 0) out.push(' ', from, from);
        out.push(`flag${code}`, from, to);
        out.push(' ', to, to);
        inRun = true;
        i += 4;
        continue;
      }
    }
    const ch = text.slice(i, i + width);
    if (isDecoration(cp) || (cp > 0x7f && PICTOGRAPH.test(ch))) {
      if (!inRun && out.last() !== ' ') out.push(' ', from, view.ends[i + width - 1] as number);
      inRun = true;
      i += width;
      continue;
    }
    inRun = false;
    out.push(ch, from, view.ends[i + width - 1] as number);
    i += width;
  }
  return out.build();
}
