/**
 * Pay in an ad: amount, currency and period, from the text or the salary field, in the formats Russian
 * and English ads use ("от 150 000 руб.", "150 т.р.", "150к ₽", "з/п 3000$", "$3000/month",
 * "от 70 до 100 $ в час", "$25/hr", "1 500 евро в месяц"). Works on normalized text (normalize.ts), where
 * "150 000" is already "150000" and everything is lower case.
 *
 * Only amounts with a currency (or "т.р.", thousand roubles) count: bare numbers in ads are ages,
 * schedules and addresses far more often than pay. A range counts by its lower end, the conservative
 * reading. A missing period means a month.
 */
import type { SalaryReference } from './pattern-schema';
import { WORD_CLASS } from './dsl';
import { execAll } from './sentences';

export type Currency = 'RUB' | 'USD' | 'EUR';
export type Period = 'hour' | 'day' | 'week' | 'month';

export interface Pay {
  amount: number;
  currency: Currency;
  period: Period;
  /** Normalized offsets of the whole expression (amount to currency). */
  start: number;
  end: number;
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?`;
const THOUSAND = String.raw`к|k|тыс\.?|тысяч[а-я]*|thousand`;
const THOUSAND_RUB = String.raw`т\.\s?р\.?|тр\.?|тыс\.?\s?руб[а-я]*\.?|тыс\.?\s?р\.?`;
const RUB = String.raw`руб[а-я]*\.?|р\.|₽|rub|rur|rubles?`;
const USD = String.raw`\$|usd|долл[а-я]*\.?|dollars?`;
const EUR = String.raw`€|eur|euros?|евро`;
const PRE = String.raw`(?<pre>\$|€|usd|eur)\s?`;
const AMOUNT = (n: string) => String.raw`(?<${n}>${NUM})(?:\s?(?<${n}k>${THOUSAND})(?![${WORD_CLASS}]))?`;
const POST = String.raw`(?<post>${THOUSAND_RUB}|${RUB}|${USD}|${EUR})`;
const MONEY = new RegExp(
  String.raw`(?<![${WORD_CLASS}])(?:${PRE})?${AMOUNT('a')}(?:\s?(?:-|–|—|до|to)\s?(?:\$|€)?${AMOUNT('b')})?(?:\s?${POST})?`,
  'g',
);

const PERIOD_AFTER =
  /^\s?(?:\/|в|за|per|a|an|an?\s)?\s?(?<p>час|ч|hour|hr|h|день|сутки|смену|day|shift|неделю|нед|week|wk|месяц|мес|month|mo)(?![a-zа-я])/;
const PERIOD_BEFORE =
  /(?:в|за|per|an?)\s(?<p>час|hour|день|сутки|смену|day|shift|неделю|week|месяц|month)\s?[:-]?\s?$/;

function periodOf(word: string | undefined): Period {
  if (!word) return 'month';
  if (/^(час|ч|hour|hr|h)$/.test(word)) return 'hour';
  if (/^(день|сутки|смену|day|shift)$/.test(word)) return 'day';
  if (/^(неделю|нед|week|wk)$/.test(word)) return 'week';
  return 'month';
}

function currencyOf(pre: string | undefined, post: string | undefined): [Currency, number] | undefined {
  const c = `${pre ?? ''}${post ?? ''}`;
  if (!c) return undefined;
  if (new RegExp(`^(?:${THOUSAND_RUB})$`, 'u').test(post ?? '')) return ['RUB', 1000];
  if (/\$|usd|долл|dollar/.test(c)) return ['USD', 1];
  if (/€|eur|евро/.test(c)) return ['EUR', 1];
  return ['RUB', 1];
}

function num(raw: string | undefined, k: string | undefined): number {
  if (!raw) return NaN;
  const n =
    raw.includes(',') && /,\d{3}(?!\d)/.test(raw)
      ? Number(raw.replace(/,/g, ''))
      : Number(raw.replace(',', '.'));
  return k ? n * 1000 : n;
}

/** Every amount of pay the normalized text states. */
export function findPay(norm: string): Pay[] {
  const out: Pay[] = [];
  MONEY.lastIndex = 0;
  for (const m of execAll(MONEY, norm)) {
    const g = m.groups ?? {};
    // "150к" without a currency is still pay in Russian ads (roubles).
    const cur =
      currencyOf(g.pre, g.post) ??
      (g.ak && /^(?:к|тыс)/.test(g.ak) ? (['RUB', 1] as [Currency, number]) : undefined);
    if (!cur) continue;
    const [currency, mult] = cur;
    // "70-100 тыс. руб." : a thousands word on the upper end applies to the lower one too.
    const k = g.ak ?? (g.b ? g.bk : undefined);
    const amount = num(g.a, k) * mult;
    if (!Number.isFinite(amount) || amount <= 0) continue;
    const end = m.index + m[0].length;
    const after = PERIOD_AFTER.exec(norm.slice(end, end + 16))?.groups?.p;
    const before = PERIOD_BEFORE.exec(norm.slice(Math.max(0, m.index - 20), m.index))?.groups?.p;
    out.push({ amount, currency, period: periodOf(after ?? before), start: m.index, end });
  }
  return out;
}

export function monthly(pay: Pay, ref: SalaryReference): number {
  switch (pay.period) {
    case 'hour':
      return pay.amount * ref.hours_per_month;
    case 'day':
      return pay.amount * ref.days_per_month;
    case 'week':
      return pay.amount * ref.weeks_per_month;
    default:
      return pay.amount;
  }
}

/** Is this pay far above the reference for unskilled work in its currency? */
export function isFarAbove(pay: Pay, ref: SalaryReference): boolean {
  const row = ref.references.find((r) => r.currency === pay.currency);
  return row !== undefined && monthly(pay, ref) > row.monthly * ref.factor;
}
