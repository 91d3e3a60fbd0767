/** The analyze and eval command-line tools, spawned as users run them. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const run = (script: string, args: string[], input?: string) =>
  spawnSync(TSX, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
const lines = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const dir = mkdtempSync(path.join(tmpdir(), 'jobsafe-cli-'));

const LURE =
  'Работа в Дубае для девушек без опыта. Выезд по туристической визе, билеты оплатим, потом вычтем из зарплаты.';

describe('analyze CLI', { timeout: 60_000 }, () => {
  it('writes one contract line per input line, in order, from stdin', () => {
    const input = [
      JSON.stringify({ id: 'a', text: LURE }),
      JSON.stringify({ text: 'Кассир в супермаркет, график 2/2, официальное трудоустройство.' }),
      JSON.stringify({ id: 3, text: 'Hostess wanted', lang: 'en', title: 't', url: 'https://example.org/1' }),
    ].join('\n');
    const r = run('analyze.ts', ['-'], `${input}\n`);
    expect(r.status).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['a', null, 3]);
    for (const o of out) {
      // The contract's keys, plus `checked` and `partial` beside `lang` (new fields may be added).
      expect(Object.keys(o)).toEqual(['id', 'level', 'score', 'lang', 'checked', 'partial', 'findings']);
      expect(o.checked).toBe(true);
      expect(o.partial).toBe(false);
      for (const f of o.findings as Array<Record<string, unknown>>) {
        expect(Object.keys(f).filter((k) => k !== 'field')).toEqual([
          'rule',
          'category',
          'strength',
          'evidence',
          'start',
          'end',
        ]);
      }
    }
    const first = out[0] as {
      level: string;
      findings: Array<{ evidence: string; start: number; end: number }>;
    };
    expect(first.level).not.toBe('none');
    for (const f of first.findings) expect(LURE.slice(f.start, f.end)).toBe(f.evidence);
  });

  it('rejects bad lines in place, keeps going, and exits 1', () => {
    const input = [
      '{"id":"ok","text":"Работа"}',
      'not json',
      '{"id":"x","title":"no text"}',
      '[1,2]',
      '{"text":"Ещё"}',
    ].join('\n');
    const r = run('analyze.ts', ['-'], input);
    expect(r.status).toBe(1);
    const out = lines(r.stdout);
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({ id: 'ok', level: 'none' });
    expect(out[1]).toMatchObject({ line: 2 });
    expect(out[1]?.error).toMatch(/invalid JSON/);
    expect(out[2]).toMatchObject({ id: 'x', line: 3 });
    expect(out[3]).toMatchObject({ line: 4 });
    expect(out[4]).toMatchObject({ id: null, lang: 'ru' });
    expect(r.stderr).toContain('line 2');
    expect(r.stderr).toContain('line 3');
  });

  it('reads a JSONL file and a .txt file (one ad, id = file name)', () => {
    const jsonl = path.join(dir, 'ads.jsonl');
    writeFileSync(
      jsonl,
      `${JSON.stringify({ id: 'f1', text: LURE })}\n\n${JSON.stringify({ id: 'f2', text: 'Курьер' })}\n`,
    );
    const r1 = run('analyze.ts', [jsonl]);
    expect(r1.status).toBe(0);
    expect(lines(r1.stdout).map((o) => o.id)).toEqual(['f1', 'f2']);
    const txt = path.join(dir, 'ad.txt');
    writeFileSync(txt, `${LURE}\nВторая строка того же объявления.`);
    const r2 = run('analyze.ts', [txt]);
    expect(r2.status).toBe(0);
    const out = lines(r2.stdout);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: 'ad.txt', lang: 'ru' });
  });

  it('prints a readable report with the evidence marked', () => {
    const r = run('analyze.ts', ['-', '--format', 'text'], JSON.stringify({ id: 'r', text: LURE }));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^r: (HIGH|CAUTION)/);
    expect(r.stdout).toMatch(/«.*\[\[.+\]\].*»/);
  });

  it('fails with usage on bad arguments', () => {
    expect(run('analyze.ts', []).status).toBe(2);
    expect(run('analyze.ts', ['-', '--format', 'xml'], '').status).toBe(2);
  });
});

describe('eval CLI', { timeout: 60_000 }, () => {
  it('prints, per file and language, recall per level and false alarms', () => {
    const file = path.join(dir, 'labelled.jsonl');
    writeFileSync(
      file,
      [
        { id: 'h', label: 'high', text: LURE },
        { id: 'n', label: 'none', text: 'Кассир, официальное трудоустройство.' },
        { id: 'c', label: 'caution', text: 'Выезд по туристической визе.' },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n'),
    );
    const r = run('eval.ts', [file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/high%.*detect%.*caution%.*none>hi%.*none>any/);
    // 3 ads: 1 high, 1 caution, 1 none; the lure found high, the ordinary ad calm.
    expect(r.stdout).toMatch(/^ {2}all +3 \(1\/1\/1\) +100\.0 +100\.0 +[\d.]+ +0\.0 +0\.0/m);
    expect(r.stdout).toMatch(/^ {2}ru /m);
  });
});
