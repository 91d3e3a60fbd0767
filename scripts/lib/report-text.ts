/** The readable report of `analyze --format text`: each finding quoted in context, evidence in [[…]]. */
import type { AdInput, Assessment } from '../../src/analysis/types';

const CONTEXT = 40;

export function quote(source: string, start: number, end: number): string {
  const a = Math.max(0, start - CONTEXT);
  const b = Math.min(source.length, end + CONTEXT);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return `«${a > 0 ? '…' : ''}${flat(source.slice(a, start))}[[${flat(source.slice(start, end))}]]${flat(source.slice(end, b))}${b < source.length ? '…' : ''}»`;
}

export function textReport(ad: AdInput, result: Assessment): string {
  const head = `${String(result.id ?? '(no id)')}: ${result.level.toUpperCase()} (score ${result.score}, ${result.lang})`;
  const lines = [head];
  for (const f of result.findings) {
    const source = f.field ? (ad[f.field] ?? '') : ad.text;
    lines.push(`  ${f.strength.padEnd(6)} ${f.rule} [${f.category}]${f.field ? ` in ${f.field}` : ''}`);
    lines.push(`         ${quote(source, f.start, f.end)}`);
  }
  if (result.findings.length === 0) lines.push('  no findings');
  return lines.join('\n');
}
