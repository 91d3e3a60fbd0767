import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseOf, MAX_PHRASE, phraseOf } from '../../../src/analysis/phrases';
import { phraseParts, phraseText } from '../../../src/ui/shared/quote';

function span(text: string, evidence: string, from = 0) {
  const start = text.indexOf(evidence, from);
  if (start < 0) throw new Error(`no «${evidence}»`);
  return { start, end: start + evidence.length };
}
const clause = (text: string, evidence: string) => {
  const c = clauseOf(text, span(text, evidence));
  return text.slice(c.start, c.end);
};

describe('clauseOf', () => {
  it('never cuts inside a bracket the evidence opened (issue 13: «Танцовщица в ночной клуб (Турция»)', () => {
    const text = 'Требуются девушки. Танцовщица в ночной клуб (Турция, Дубай). Высокая зарплата!';
    expect(clause(text, 'Танцовщица в ночной клуб (Турция')).toBe('Танцовщица в ночной клуб (Турция, Дубай)');
  });

  it('stays inside a bracket the evidence sits in', () => {
    const text = 'Официантка (опыт не нужен, обучим) в Москве';
    expect(clause(text, 'опыт не нужен')).toBe('опыт не нужен');
  });

  it('stops at clause punctuation, dashes between spaces, bullets and line breaks', () => {
    const text = 'Работа в Дубае — жильё бесплатно; перелёт оплачиваем, виза туристическая\n• Зарплата сразу';
    expect(clause(text, 'жильё')).toBe('жильё бесплатно');
    expect(clause(text, 'перелёт')).toBe('перелёт оплачиваем');
    expect(clause(text, 'туристическая')).toBe('виза туристическая');
    expect(clause(text, 'сразу')).toBe('Зарплата сразу');
  });

  it('keeps numbers and hyphenated words whole', () => {
    const text = 'Оплата 5.000 евро, ставка 3,5 тыс. в день, график 6/1, 18-25 лет';
    expect(clause(text, '5.000 евро')).toBe('Оплата 5.000 евро');
    expect(clause(text, 'ставка')).toBe('ставка 3,5 тыс');
    expect(clause(text, '18-25')).toBe('18-25 лет');
  });

  it('grows to cover evidence that spans clauses', () => {
    const text = 'Дорога, виза, жильё — за наш счёт.';
    expect(clause(text, 'виза, жильё')).toBe('виза, жильё');
  });
});

describe('phraseOf', () => {
  it('quotes a short clause whole, without ellipses', () => {
    const text = 'Нужны девушки 18–25 лет, перелёт оплачиваем.';
    const p = phraseOf(text, span(text, 'перелёт'));
    expect(phraseText(text, p)).toBe('перелёт оплачиваем');
  });

  it('cuts a long clause at word boundaries around the evidence, with ellipses', () => {
    const text = `Мы ${'очень '.repeat(30)}ждём вас на работу по туристической визе в нашем ${'прекрасном '.repeat(20)}отеле`;
    const s = span(text, 'туристической визе');
    const p = phraseOf(text, s);
    const shown = phraseText(text, p);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).toContain('туристической визе');
    expect(shown.length).toBeLessThanOrEqual(MAX_PHRASE + 2);
    // Whole words only: each piece between the ellipses is in the text as it is.
    expect(text).toContain(shown.slice(1, -1));
    expect(text[p.start - 1]).toBe(' ');
    expect(text[p.end]).toBe(' ');
    const parts = phraseParts(text, s, p);
    expect(parts.match).toBe('туристической визе');
    expect(`${parts.before}${parts.match}${parts.after}`).toBe(shown);
  });

  it('holds the evidence, starts and ends at word edges, and keeps brackets balanced (property)', () => {
    // Brackets come in whole tokens, so every generated text is balanced.
    const word = fc.constantFrom(
      'работа',
      'в',
      'Дубае',
      '(виза, жильё)',
      '5.000',
      '—',
      'опыт',
      '«ночной клуб»',
      'нужен',
      '(Турция; Кемер)',
    );
    const sep = fc.constantFrom(' ', ' ', ', ', '. ', '\n', '; ');
    const text = fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 40 }).map((parts) =>
      parts
        .map((p) => p.join(''))
        .join('')
        .trim(),
    );
    const balance = (s: string) =>
      [...s].reduce((d, c) => d + ('(«'.includes(c) ? 1 : ')»'.includes(c) ? -1 : 0), 0);
    const letter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        fc.pre(t.length > 0);
        const start = a % t.length;
        const end = Math.min(t.length, start + 1 + (b % 20));
        const p = phraseOf(t, { start, end }, 400);
        expect(p.start).toBeLessThanOrEqual(start);
        expect(p.end).toBeGreaterThanOrEqual(end);
        expect(p.cutStart || p.cutEnd).toBe(false);
        const shown = t.slice(p.start, p.end);
        // Balanced unless the evidence itself cuts through a bracket pair it cannot leave.
        if (balance(t.slice(start, end)) === 0) expect(balance(shown)).toBe(0);
        if (letter(t[start])) expect(letter(t[p.start - 1])).toBe(false);
        if (letter(t[end - 1])) expect(letter(t[p.end])).toBe(false);
      }),
    );
  });
});
