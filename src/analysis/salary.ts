/**
 * Pay in an ad, and whether it is far above ordinary pay for unskilled work where the job is.
 *
 * Interface (what the engine uses):
 * - `findPay(norm, { defaultCurrency? })` → `Pay[]`, in text order: every amount with a currency in the
 *   normalized text (normalize.ts: lower case, "150 000" already "150000"). Each has `min` and `max` (equal
 *   for a single amount), `currency`, `period`, `kind` ('pay', or 'cost' for an amount the worker pays: a
 *   fee, a deposit, a deduction), `bound` ('from' for "от"/"from"/"+", 'upto' for "до"/"up to"), `approx`
 *   ("~", "около", "близько") and the normalized offsets `start`/`end` of the expression. Amounts with a
 *   thousands word and no currency ("от 80к", "25 тис.") take `defaultCurrency`; other bare numbers are
 *   ignored (ages, hours and addresses far more often than pay).
 * - `isFarAbove(pay, ref, { countries, defaultCountry })`: is this pay above `ref.factor` × the reference
 *   for unskilled work? `countries` are the ISO codes of the countries the ad names, in text order;
 *   `defaultCountry` the reader's (the language's `country` in src/languages/table.ts). Costs are never
 *   far above.
 * - `referenceFor(pay, ref, opts)`: which row that compares with, and the threshold in the pay's currency.
 * - `monthly(pay, ref)`: the pay's conservative end per month, in its own currency.
 *
 * The conservative end is `min`: a range is only as far above the reference as its lower end, the amount
 * the ad actually commits to ("from 1500" is at least 1500; "2–4 тыс. €" is at least 2000). "up to X"
 * has only an upper end, and it is what the ad promises, so it is compared as X.
 *
 * Which reference (see patterns/salary-reference.yaml): a country the ad names that has a row (one in the
 * pay's currency first; else the named row with the highest reference, converted, so that naming the
 * worker's home country as well never makes ordinary pay look high); else the currency's home country
 * (`home`: USD → US, EUR → DE); else the reader's default country. Pay in another currency than the row's
 * is converted with the table's approximate rates: what counts is ordinary pay where the job is, in
 * whatever currency the ad quotes it ("5000$ for waitresses in Turkey" against Turkish pay).
 *
 * Words that name more than one currency are read as the one Russian- and Ukrainian-speaking job seekers
 * meet most: "¥" is JPY (CNY is "юань", "yuan", "元"), a bare "крон" CZK, "лей" MDL ("lei" RON), "риал"
 * SAR, "сом" KGS. "/год" after a currency other than roubles is Ukrainian "per hour" ("29 zł/год"), after
 * roubles Russian "per year". Pay "за вахту" (a rotation) counts as pay per season, the cautious reading.
 *
 * Linear time: one try per run of digits, then windows bounded by the neighbouring amounts for the
 * period and the cost cues.
 */
import type { Currency, SalaryReference, SalaryRow } from './salary-schema';
import { execAll } from './sentences';

export type { Currency } from './salary-schema';
export type Period = 'hour' | 'shift' | 'night' | 'day' | 'week' | 'month' | 'year' | 'season';

export interface Pay {
  min: number;
  max: number;
  currency: Currency;
  period: Period;
  kind: 'pay' | 'cost';
  /** "от 2000", "1500$+", "from $20": at least; "до 5000$", "up to": at most. */
  bound?: 'from' | 'upto';
  approx: boolean;
  /** The amount is for this many months ("за 2 месяца"); a month otherwise, or per `period`. */
  months?: number;
  /** Normalized offsets of the expression (amount to currency). */
  start: number;
  end: number;
}

export interface FindPayOptions {
  /** Currency of amounts written with a thousands word and no currency ("от 80к", "25 тис."). */
  defaultCurrency?: Currency;
}

export interface CompareOptions {
  /** ISO 3166-1 alpha-2 codes of the countries the ad names, in text order. */
  countries: readonly string[];
  /** The reader's country: the ad's language's `country` in src/languages/table.ts. */
  defaultCountry: string;
}

// ---------------------------------------------------------------------------------------------------
// Currencies. Each entry: the words and symbols that name the currency after an amount ("3000 грн") and,
// for symbols and codes, before it ("$3000", "AED 3,000"). Entries are tried in order, so qualified
// names ("канадских долларов", "чешских крон") come before the bare word.

const L = 'a-z\\u00df-\\u00ff\\u0430-\\u045f\\u0491'; // letters of the normalized text
const WORD_END = `(?![${L}0-9])`;

interface CurrencyWords {
  currency: Currency;
  after: string[];
  before?: string[];
}

const CURRENCY_WORDS: CurrencyWords[] = [
  {
    currency: 'BYN',
    after: ['бел(?:\\.|орусск[а-я]*)\\s?руб[а-яі]*\\.?', 'byn', 'бел\\.?\\s?р\\.'],
    before: ['byn'],
  },
  {
    currency: 'CAD',
    after: ['канадск[а-я]*\\s?дол+ар[а-яі]*', 'cad', 'canadian dollars?'],
    before: ['ca\\$', 'c\\$', 'cad'],
  },
  {
    currency: 'AUD',
    after: [
      'австралийск[а-я]*\\s?дол+ар[а-яі]*',
      'австралійськ[а-яі]*\\s?дол+ар[а-яі]*',
      'aud',
      'australian dollars?',
    ],
    before: ['au\\$', 'a\\$', 'aud'],
  },
  {
    currency: 'NZD',
    after: ['новозеландск[а-я]*\\s?дол+ар[а-яі]*', 'nzd', 'new zealand dollars?'],
    before: ['nz\\$', 'nzd'],
  },
  {
    currency: 'SEK',
    after: ['шведск[а-я]*\\s?крон[а-яи]*', 'шведськ[а-яі]*\\s?крон[а-яи]*', 'sek', 'swedish kron(?:or|a)'],
    before: ['sek'],
  },
  {
    currency: 'NOK',
    after: [
      'норвежск[а-я]*\\s?крон[а-яи]*',
      'норвезьк[а-яі]*\\s?крон[а-яи]*',
      'nok',
      'norwegian kron(?:er|e)',
    ],
    before: ['nok'],
  },
  {
    currency: 'DKK',
    after: ['датск[а-я]*\\s?крон[а-яи]*', 'датськ[а-яі]*\\s?крон[а-яи]*', 'dkk', 'danish kron(?:er|e)'],
    before: ['dkk'],
  },
  {
    currency: 'QAR',
    after: ['катарск[а-я]*\\s?риал[а-я]*', 'катарськ[а-яі]*\\s?ріал[а-яі]*', 'qar', 'qr', 'qatari riyals?'],
    before: ['qar', 'qr'],
  },
  {
    currency: 'RON',
    after: ['румынск[а-я]*\\s?ле[а-я]*', 'румунськ[а-яі]*\\s?ле[а-яі]*', 'ron', 'lei'],
    before: ['ron'],
  },
  {
    currency: 'RUB',
    after: [
      'т\\.\\s?р\\.?',
      'тр\\.?',
      'тыс\\.?\\s?руб[а-я]*\\.?',
      'тыс\\.?\\s?р\\.?',
      'руб(?:л[а-яі]*|\\.)?',
      'р\\.',
      'р',
      '₽',
      'rub',
      'rur',
      'rubles?',
      'roubles?',
    ],
    before: ['₽', 'rub'],
  },
  {
    currency: 'USD',
    after: ['\\$', 'usd', 'дол+ар[а-яі]*', 'долл?\\.', 'бакс[а-я]*', 'us dollars?', 'dollars?', 'bucks'],
    before: ['us\\$', '\\$', 'usd'],
  },
  { currency: 'EUR', after: ['€', 'eur', 'euros?', 'евро', 'євро'], before: ['€', 'eur'] },
  {
    currency: 'GBP',
    // Not a bare "pounds": US ads weigh loads in pounds ("lift up to 50 pounds").
    after: ['£', 'gbp', 'pounds? sterling', 'фунт[а-яі]*(?:\\s?стерлинг[а-яі]*)?'],
    before: ['£', 'gbp'],
  },
  {
    currency: 'JPY',
    after: ['¥', '円', 'jpy', 'yen', 'иен[а-я]*', 'йен[а-я]*', 'єн[а-яі]*'],
    before: ['¥', 'jpy'],
  },
  { currency: 'CNY', after: ['元', 'cny', 'rmb', 'yuan', 'юан[а-яі]*'], before: ['cny', 'rmb'] },
  { currency: 'KRW', after: ['₩', '원', 'krw', 'won', 'вон'], before: ['₩', 'krw'] },
  {
    currency: 'AED',
    after: ['aed', 'dhs?', 'dirhams?', 'дирхам[а-я]*', 'дирхем[а-я]*', 'дірхам[а-яі]*'],
    before: ['aed', 'dhs?'],
  },
  {
    currency: 'TRY',
    after: ['₺', 'try', 'tl', 'лир(?:а|ы|у|ах|ам)?', 'lira(?:s|sı)?', 'turkish lira'],
    before: ['₺', 'try', 'tl'],
  },
  {
    currency: 'PLN',
    after: ['zł', 'zl', 'pln', 'злот[а-яиі]*', 'zloty', 'złotych', 'zlotych'],
    before: ['pln'],
  },
  {
    currency: 'CZK',
    after: [
      'kč',
      'kc',
      'czk',
      'чешск[а-я]*\\s?крон[а-я]*',
      'чеськ[а-яі]*\\s?крон[а-яи]*',
      'крон(?:а|ы|у|ах|ам|и)?',
      'korun[ay]?',
    ],
    before: ['czk'],
  },
  {
    currency: 'UAH',
    after: ['₴', 'грн\\.?', 'гривн[а-яі]*', 'гривен[а-яь]*', 'гривень', 'uah', 'hryvnias?'],
    before: ['₴', 'uah'],
  },
  { currency: 'KZT', after: ['₸', 'тенге', 'тг\\.?', 'kzt', 'tenge'], before: ['₸', 'kzt'] },
  {
    currency: 'ILS',
    after: ['₪', 'ils', 'nis', 'шекел[а-яі]*', 'шек\\.', 'shekels?'],
    before: ['₪', 'ils', 'nis'],
  },
  { currency: 'THB', after: ['฿', 'thb', 'baht', 'бат(?:ов|ів)?'], before: ['฿', 'thb'] },
  {
    currency: 'SAR',
    after: ['саудовск[а-я]*\\s?риал[а-я]*', 'риал[а-я]*', 'ріал[а-яі]*', 'sar', 'saudi riyals?', 'riyals?'],
    before: ['sar', 'sr'],
  },
  { currency: 'TJS', after: ['сомони', 'сомоні', 'tjs', 'somoni'], before: ['tjs'] },
  { currency: 'UZS', after: ['сум(?:ов|ів)?', 'сўм', 'uzs', "so['ʻ’]?m"], before: ['uzs'] },
  { currency: 'KGS', after: ['сом(?:ов|ів)?', 'kgs', 'soms?'], before: ['kgs'] },
  { currency: 'GEL', after: ['₾', 'лари', 'gel', 'lari'], before: ['₾', 'gel'] },
  { currency: 'MDL', after: ['молдавск[а-я]*\\s?ле[а-я]*', 'mdl', 'ле(?:й|ев|я|и)'], before: ['mdl'] },
  {
    currency: 'CHF',
    after: [
      'швейцарск[а-я]*\\s?франк[а-я]*',
      'швейцарськ[а-яі]*\\s?франк[а-яі]*',
      'chf',
      'sfr\\.?',
      'fr\\.',
      'франк(?:ов|а|и|ів)?',
      'swiss francs?',
      'francs?',
    ],
    before: ['chf', 'sfr\\.?', 'fr\\.'],
  },
  { currency: 'HUF', after: ['huf', 'ft', 'форинт[а-яі]*', 'forints?'], before: ['huf'] },
  { currency: 'BGN', after: ['bgn', 'лв\\.?', 'лев(?:а|ов)?', 'leva'], before: ['bgn'] },
  { currency: 'MYR', after: ['myr', 'rm', 'ringgit', 'ринггит[а-я]*'], before: ['myr', 'rm'] },
];

/**
 * A token that ends in a letter (or in a letter class or quantifier: "руб(?:л[а-яі]*)?") needs a word end
 * after it, so that "руб" is not read in "рубеж"; one that ends in a symbol ("us$", "₽") does not.
 */
const ENDS_IN_LETTER = /[a-zа-яёіїєґ\]*?]$/u;
const bounded = (token: string, before = false): string =>
  ENDS_IN_LETTER.test(token) ? `${token}${before ? `(?![${L}])` : WORD_END}` : token;

/** Thousands words: "150к", "2–4 тыс.", "25 тис.", "80 thousand". */
const THOUSAND = `(?:к|k|тыс\\.?|тысяч[а-я]*|тис\\.?|тисяч[а-яі]*|thousand)${WORD_END}`;
const MILLION = `(?:млн\\.?|миллион[а-я]*|мільйон[а-яі]*|million|mln)${WORD_END}`;
/** "1,800", "1.500" (thousands groups) or "1.5", "2,5" (decimals), or plain digits. */
const NUM = String.raw`\d{1,3}(?:[,.]\d{3})+(?![\d])(?:[.,]\d{1,2}(?![\d]))?|\d+(?:[.,]\d+)?`;
const MULT = `(?:${THOUSAND}|${MILLION})`;
const AFTER = CURRENCY_WORDS.flatMap((c) => c.after.map((t) => bounded(t))).join('|');
const BEFORE = CURRENCY_WORDS.flatMap((c) => (c.before ?? []).map((t) => bounded(t, true))).join('|');
const SEP = String.raw`\s?(?:-|–|—|до|to|по)\s?`;

/**
 * An amount or a range, with an optional currency before the second number ("2,600" in "$1,800–$2,600")
 * and after the last. It is tried only where a run of digits starts (digits are rare in text, so this is
 * cheaper than scanning every position), with the currency before the first number read from the few
 * characters in front (PRE_TAIL). No group can repeat, so each try is linear in what it matches.
 */
const BODY = new RegExp(
  `(?<a>${NUM})(?:\\s?(?<ak>${MULT}))?` +
    `(?:(?:\\s?(?<apost>${AFTER}))?${SEP}(?:(?:${BEFORE})\\s?)?(?<b>${NUM})(?:\\s?(?<bk>${MULT}))?)?` +
    `(?:\\s?(?<post>${AFTER}))?(?<plus>\\s?\\+)?`,
  'uy',
);
/** One amount, no range: what BODY reads when its "range" has a currency after each end but is none. */
const SINGLE = new RegExp(
  `(?<a>${NUM})(?:\\s?(?<ak>${MULT}))?(?:\\s?(?<post>${AFTER}))?(?<plus>\\s?\\+)?`,
  'uy',
);
const PRE_TAIL = new RegExp(`(?<pre>${BEFORE})\\s?$`, 'u');
/** Longer than any currency token before an amount, with its space. */
const PRE_REACH = 8;
const DIGITS = /\d+/g;
/** An amount does not start right after a letter, digit or decimal mark ("x2", "1,800"'s "800"). */
const INSIDE_WORD = new RegExp(`[${L}0-9.,]`, 'u');

/** Characters a currency token before an amount can end with ("$3000", "usd 3000", "€ 3000"). */
const PRE_END = /[$€£¥₩₺₴₸₪฿₾₽.a-z]/;

interface MoneyMatch {
  index: number;
  length: number;
  groups: Record<string, string | undefined>;
  currency: Currency;
  /** No currency is written: `defaultCurrency` for a thousands word ("от 80к"). */
  bare: boolean;
}

/** A range with a currency after its first end: the same currency (or none) after the second, b ≥ a. */
function isRange(g: Record<string, string | undefined>): boolean {
  const post = currencyOf(g.post);
  if (post !== undefined && post !== currencyOf(g.apost)) return false;
  const a = num(g.a as string) * multiplier(g.ak ?? g.bk);
  const b = num(g.b as string) * multiplier(g.bk ?? g.ak);
  return b > a;
}

/** Every amount with a currency, in text order: one try per run of digits. */
function moneyMatches(norm: string, defaultCurrency: Currency | undefined): MoneyMatch[] {
  const out: MoneyMatch[] = [];
  let from = 0;
  DIGITS.lastIndex = 0;
  let d: RegExpExecArray | null;
  while ((d = DIGITS.exec(norm)) !== null) {
    const i = d.index;
    // Most digit runs follow a space and a Cyrillic word or punctuation: no currency can end there.
    const last = norm[i - 1] === ' ' ? norm[i - 2] : norm[i - 1];
    const pre =
      last !== undefined && PRE_END.test(last)
        ? PRE_TAIL.exec(norm.slice(Math.max(from, i - PRE_REACH), i))
        : null;
    const withPre = pre ? i - pre[0].length : -1;
    let start = -1;
    if (withPre >= 0 && (withPre === 0 || !INSIDE_WORD.test(norm[withPre - 1] as string))) start = withPre;
    else if (i === 0 || !INSIDE_WORD.test(norm[i - 1] as string)) start = i;
    if (start < 0) continue;
    BODY.lastIndex = i;
    let m = BODY.exec(norm);
    let end = BODY.lastIndex;
    // "1 800 € – 2 600 €" is a range; "1500 € – 300 € за жильё" and "500 $ — 200 €" are two amounts.
    if (m?.groups?.apost && !isRange(m.groups)) {
      SINGLE.lastIndex = i;
      m = SINGLE.exec(norm);
      end = SINGLE.lastIndex;
    }
    if (!m?.groups) continue;
    const g = m.groups;
    const preToken = start === withPre ? pre?.groups?.pre : undefined;
    const named = currencyOf(preToken) ?? currencyOf(g.post) ?? currencyOf(g.apost);
    const currency = named ?? (/^[кт]/.test(g.ak ?? g.bk ?? '') ? defaultCurrency : undefined);
    from = end;
    DIGITS.lastIndex = from;
    if (currency)
      out.push({
        index: start,
        length: from - start,
        groups: { ...g, pre: preToken },
        currency,
        bare: !named,
      });
  }
  return out;
}

const CURRENCY_TESTS: Array<[RegExp, Currency]> = CURRENCY_WORDS.map((c) => [
  new RegExp(`^(?:${[...c.after, ...(c.before ?? [])].join('|')})$`, 'u'),
  c.currency,
]);

/** Is this word (lower case) a currency name or code ("usd", "zl", "eur")? Translit keeps such words. */
export function isCurrencyWord(word: string): boolean {
  return currencyOf(word) !== undefined;
}

function currencyOf(token: string | undefined): Currency | undefined {
  if (!token) return undefined;
  const t = token.replace(/\s+/g, ' ').trim();
  for (const [re, currency] of CURRENCY_TESTS) if (re.test(t)) return currency;
  return undefined;
}

function multiplier(word: string | undefined): number {
  if (!word) return 1;
  return /^(?:млн|милл|мільй|million|mln)/.test(word) ? 1e6 : 1e3;
}

function num(raw: string): number {
  // Groups of exactly three digits after a comma or dot are thousands ("1,800", "1.500 €"); otherwise the
  // comma or dot is a decimal point ("1.5k", "2,5 тыс.").
  const grouped = /^(\d{1,3}(?:[,.]\d{3})+)(?:[.,](\d{1,2}))?$/.exec(raw);
  if (grouped)
    return Number((grouped[1] as string).replace(/[,.]/g, '')) + (grouped[2] ? Number(`0.${grouped[2]}`) : 0);
  return Number(raw.replace(',', '.'));
}

// ---------------------------------------------------------------------------------------------------
// Periods: a word right after the amount ("/мес", "в час", "per shift", "за ніч") or right before it
// ("в день 4000 руб", "hourly rate $25").

const PERIOD_WORDS: Array<[Period, string]> = [
  // Adverbs too ("еженедельно", "щомісяця", "tygodniowo"), Polish units for pay in złoty, and the forms
  // translit gives without a soft sign ("za noch", "v den": "ноч", "ден").
  ['hour', 'час(?:ов|а)?|ч|годину|годин[иу]?|почасово|погодинно|hours?|hrs?|h|hourly|godz(?:in[aęy])?'],
  ['shift', 'смен[уаы]?|змін[уиа]?|выход|вихід|shifts?|zmian[aęy]?'],
  ['night', 'ноч[ьи]?|ніч|вечер|вечір|night|evening|noc'],
  ['day', 'ден[ья]?|дня|сутки|добу|доба|дн|ежедневно|щодня|щоденно|days?|daily|dzie[nń]|dziennie'],
  [
    'week',
    'недел[июя]|нед|тиждень|тижд|еженедельно|щотижня|щотижнево|weeks?|wk|weekly|tydzie[nń]|tygodniowo',
  ],
  [
    'month',
    'месяц|мес|місяць|міс|ежемесячно|щомісяця|щомісячно|months?|mo|monthly|mies(?:i[aą]c|i[eę]cznie)?',
  ],
  ['year', 'год|рік|years?|yr|annually|annum|p\\.a\\.'],
  ['season', 'сезон|season|контракт|contract|вахту|вахта'],
];
const PERIOD_GROUPS = PERIOD_WORDS.map(([p, w]) => `(?<${p}>${w})`).join('|');
const PERIOD_AFTER = new RegExp(
  `^\\s?(?:/|в|во|за|на|per|a|an|each|every|for(?: the| a| one)?|за весь)?\\s?(?:1\\s)?(?:${PERIOD_GROUPS})(?![${L}])`,
  'u',
);
const PERIOD_BEFORE = new RegExp(`(?:в|за|per|an?|на)\\s(?:${PERIOD_GROUPS})\\s?[:\\-–—]?\\s?$`, 'u');
/** "почасовая оплата 500 руб", "hourly rate: $25", "погодинна оплата". */
const RATE_BEFORE: Array<[Period, RegExp]> = [
  ['hour', /(?:почасов|погодинн|hourly|per hour)[^\n]{0,25}$/u],
  ['shift', /(?:посменн|позмінн|per shift)[^\n]{0,25}$/u],
  ['day', /(?:ежедневн|щоденн|daily|per day)[^\n]{0,25}$/u],
  ['week', /(?:еженедельн|щотижн|weekly|per week)[^\n]{0,25}$/u],
];

function periodIn(groups: Record<string, string | undefined> | undefined): Period | undefined {
  if (!groups) return undefined;
  for (const [p] of PERIOD_WORDS) if (groups[p] !== undefined) return p;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Cost or pay: the nearest cue around the amount decides. Cost cues say the worker pays (a fee, a
// deposit, "за счёт соискателя", "вычитается"); pay cues say the worker is paid ("зарплата", "salary",
// "чаевые"). A cue across a comma or dash counts as farther. Things the worker may be charged for
// (housing, a visa, tickets) are cost cues only right next to the amount ("жильё 200 €", "200 € за
// жильё"), since "Жильё бесплатно, 2000 €" is pay.

const CUE_START = `(?<![${L}])`;
const COST_CUE = new RegExp(
  `${CUE_START}(?:${[
    'взнос',
    // "сбор" and "збір" are also picking ("сбор клубники", "збір ягід"): only a fee's forms count.
    '(?:сервисн|агентск|регистрационн|консульск|визов)[а-я]* сбор',
    'сбор(?:ы)? за',
    'залог',
    'депозит',
    'комисси',
    'предоплат',
    'штраф',
    'вычит',
    'вычет',
    'удерж',
    'за сч[её]т (?:соискател|кандидат|работник|сотрудник|себя|сво|вас)',
    'за ваш сч[её]т',
    'оплачива(?:ет|ют) (?:соискател|кандидат|работник)',
    'опла(?:тить|тите|чиваете|чиваешь)',
    'заплат(?:ить|ите)',
    'внес(?:ти|ите)',
    'перев(?:ести|едите)',
    'стоимост',
    'стоит',
    'платн',
    'услуг',
    'внесок',
    '(?:сервісн|агентськ|реєстраційн|консульськ|візов)[а-яі]* збір',
    'збір за',
    'застав',
    'комісі',
    'передоплат',
    'вирахов',
    'утриму',
    'за рахунок (?:кандидат|працівник|здобувач|власн|сво|вас)',
    'вартіст',
    'коштує',
    'сплат(?:ити|іть)',
    'послуг',
    'fees?(?![a-z])',
    'deposit',
    '(?<!in )charge[ds]?(?![a-z])',
    'costs?(?![a-z])',
    'deduct',
    'withh[oe]ld',
    '(?:you|must|need to|have to|to) pay',
    'pay (?:a|an|the|us)(?![a-z])',
    'up ?front',
    'at your (?:own )?expense',
    'paid by (?:the )?(?:worker|candidate|applicant|employee)',
  ].join('|')})`,
  'gu',
);
const PAY_CUE = new RegExp(
  `${CUE_START}(?:${[
    'зарплат',
    'заработ',
    'зароб',
    'з/?п',
    'оклад',
    'доход',
    'дохід',
    'оплата труда',
    'оплата праці',
    'ставк',
    'платим',
    'плат(?:ят|имо)',
    'получа(?:ете|ешь|ют|ть)',
    'отриму(?:єте|єш|ють|вати)',
    'выплат',
    'виплат',
    'преми',
    'бонус',
    'чаев',
    'чайов',
    'salary',
    'salaries',
    'wages?',
    'earn',
    'income',
    'rate',
    'pay(?:s|ing)? (?:is|of|from|up to|starts)',
    'pay:',
    'pay (?:range|rate|scale)',
    'we pay',
    'you (?:will )?(?:get|receive|earn)',
    'tips',
    'bonus',
  ].join('|')})`,
  'gu',
);
/** Charged-for things: a cost cue only next to the amount. */
const CHARGE_CUE = new RegExp(
  `${CUE_START}(?:${[
    'жиль[её]',
    'жилья',
    'проживани[еяю]',
    'общежити[еяю]',
    'питани[еяю]',
    'виз[аыу]',
    'билет[ыа]?',
    'перел[её]т',
    'страховк[аиу]',
    'полис',
    'оформлени[еяю]',
    'документ[ыов]*',
    'обучени[еяю]',
    'медосмотр',
    'житло',
    'проживання',
    'харчування',
    'квитк?[иів]*',
    'страхуванн[яю]',
    'оформлення',
    'навчання',
    'accommodation',
    'housing',
    'rent',
    'room',
    'meals',
    'food',
    'visa',
    'tickets?',
    'flights?',
    'insurance',
    'training',
    'medical',
    'processing',
    'registration',
    'permit',
    'paperwork',
  ].join('|')})(?![${L}])`,
  'gu',
);
/** "без комиссий", "no fee", "free accommodation": the cue is negated. */
const NEGATED = new RegExp(
  `(?<![${L}])(?:без|нет|не|no|not|never|free|zero|бесплатн|безкоштовн)\\s?(?:\\S+\\s)?$`,
  'u',
);
const CLAUSE_BREAK = /[,;:—–()]/u;
const BEFORE_WINDOW = 60;
const AFTER_WINDOW = 40;
const BREAK_PENALTY = 20;
const ADJACENT = 3;

interface Cue {
  kind: 'pay' | 'cost';
  distance: number;
}

function nearestCue(
  re: RegExp,
  kind: 'pay' | 'cost',
  text: string,
  side: 'before' | 'after',
  adjacentOnly: boolean,
): Cue | undefined {
  let best: Cue | undefined;
  for (const m of execAll(re, text)) {
    const gap = side === 'before' ? text.slice(m.index + m[0].length) : text.slice(0, m.index);
    if (kind === 'cost' && NEGATED.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    const broken = CLAUSE_BREAK.test(gap);
    let distance = gap.trim().length + (broken ? BREAK_PENALTY : 0);
    if (adjacentOnly) {
      // "жильё 200 €", "Обучение — 3500 ₽", "200 € за жильё", "200 € for the visa" are next to it.
      const linked =
        side === 'after' ? /^\s?(?:за|на|for(?: the)?|per)\s?$/u.test(gap) : /^\s?[:—–-]?\s?$/u.test(gap);
      if (!linked && (broken || distance > ADJACENT)) continue;
      distance = linked ? 1 : distance;
    }
    if (!best || distance < best.distance) best = { kind, distance };
    if (side === 'after') break; // the first cue after the amount is the nearest
  }
  return best;
}

/** `after` is empty when a "+" follows the amount: what comes after it is another item ("+ сбор"). */
function kindOf(before: string, after: string): 'pay' | 'cost' {
  const cues = [
    nearestCue(COST_CUE, 'cost', before, 'before', false),
    nearestCue(COST_CUE, 'cost', after, 'after', false),
    nearestCue(CHARGE_CUE, 'cost', before, 'before', true),
    nearestCue(CHARGE_CUE, 'cost', after, 'after', true),
    nearestCue(PAY_CUE, 'pay', before, 'before', false),
    nearestCue(PAY_CUE, 'pay', after, 'after', false),
  ].filter((c): c is Cue => c !== undefined);
  if (cues.length === 0) return 'pay';
  cues.sort((a, b) => a.distance - b.distance || (a.kind === 'pay' ? -1 : 1));
  return (cues[0] as Cue).kind;
}

// Each word starts a word ("в час 22 $" is no "с 22 $").
const FROM = new RegExp(
  `${CUE_START}(?:от|від|from|starting (?:at|from)|min(?:imum)?\\.?|не менее|не менше|at least|с|з)\\s?:?\\s?$`,
  'u',
);
const UPTO = new RegExp(`${CUE_START}(?:до|up to|upto|max(?:imum)?\\.?|не более|не більше)\\s?:?\\s?$`, 'u');
const APPROX = new RegExp(
  `(?:~|≈|${CUE_START}(?:около|примерно|приблизно|близько|порядка|about|around|approx(?:imately|\\.)?|circa|ca\\.))\\s?$`,
  'u',
);
/** A pay word in the sentence before a bare amount ("зп 150к", "Доход: 200 тыс."). */
const PAY_BEFORE = new RegExp(
  `${CUE_START}(?:зарплат|заработ|зароб|з/?п|оклад|доход|дохід|ставк|оплата|salary|pay)[^\\n]{0,20}$`,
  'u',
);
const FOR_MONTHS =
  /^\s?(?:за|на|for|in)\s(\d{1,2})\s?(?:месяц[а-я]*|мес|місяц[а-яі]*|міс|months?)(?![a-z\u00df-\u00ff\u0430-\u045f\u0491])/u;
const MORE_AFTER = /^\s?(?:и выше|і вище|and (?:more|up|above)|or more|и более|і більше)/u;

/** Every amount of money the normalized text states, pay and costs, in text order. */
export function findPay(norm: string, options: FindPayOptions = {}): Pay[] {
  if (!/\d/.test(norm)) return [];
  const raw = moneyMatches(norm, options.defaultCurrency).map((m) => ({ m, currency: m.currency }));
  const out: Pay[] = [];
  raw.forEach(({ m, currency }, i) => {
    const g = m.groups;
    const start = m.index;
    const end = m.index + m.length;
    // A thousands word on one end of a range applies to the other ("80-120 тыс.", "1.5–2k$").
    let a = num(g.a as string) * multiplier(g.ak ?? (g.b ? g.bk : undefined));
    let b = g.b ? num(g.b) * multiplier(g.bk ?? g.ak) : a;
    // "т.р." and "тыс. руб." carry the thousands in the currency word.
    if (/^(?:т\.|тр|тыс)/.test(g.post ?? '') && !g.ak && !g.bk) {
      a *= 1000;
      b *= 1000;
    }
    if (!Number.isFinite(a) || a <= 0) return;
    if (!(b >= a)) b = a; // "5000$ - 2 дня": not a range
    const prev = raw[i - 1]?.m;
    const prevEnd = prev ? prev.index + prev.length : 0;
    const nextStart = i + 1 < raw.length ? (raw[i + 1] as (typeof raw)[number]).m.index : norm.length;
    // Windows up to the neighbouring amounts, inside the sentence, of bounded length (linear in total).
    const wideBefore = norm.slice(Math.max(prevEnd, start - BEFORE_WINDOW), start);
    const before = wideBefore.slice(wideBefore.lastIndexOf('\n') + 1);
    const wideAfter = norm.slice(end, Math.min(nextStart, end + AFTER_WINDOW));
    const nl = wideAfter.indexOf('\n');
    const after = nl === -1 ? wideAfter : wideAfter.slice(0, nl);
    // "500 тыс. просмотров" is not pay: a bare thousands word counts only after a pay word or "от"/"до".
    if (
      m.bare &&
      !FROM.test(before) &&
      !UPTO.test(before) &&
      !APPROX.test(before) &&
      !PAY_BEFORE.test(before)
    )
      return;
    // "до 8000 € за 2 місяці": the amount is for several months.
    const months = FOR_MONTHS.exec(after)?.[1];

    const period =
      periodIn(PERIOD_AFTER.exec(after)?.groups) ??
      periodIn(PERIOD_BEFORE.exec(before.slice(-24))?.groups) ??
      RATE_BEFORE.find(([, re]) => re.test(before))?.[0] ??
      'month';
    // Ukrainian "грн/год" and "zł/год" are per hour; Russian "в год" is per year.
    const hourly = period === 'year' && /^\s?\/\s?год/u.test(after) && currency !== 'RUB';
    const bound =
      g.plus || MORE_AFTER.test(after)
        ? 'from'
        : g.b
          ? undefined
          : FROM.test(before)
            ? 'from'
            : UPTO.test(before)
              ? 'upto'
              : undefined;
    out.push({
      min: a,
      max: b,
      currency,
      period: hourly ? 'hour' : period,
      kind: kindOf(before, g.plus ? '' : after),
      ...(months && Number(months) > 1 ? { months: Number(months) } : {}),
      ...(bound ? { bound } : {}),
      approx: APPROX.test(before),
      start,
      end: g.plus ? end - g.plus.length : end,
    });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Comparison with the reference.

/** Units of `to` per unit of `from`, or undefined when either rate is unknown. */
function rate(ref: SalaryReference, from: Currency, to: Currency): number | undefined {
  if (from === to) return 1;
  const f = ref.per_usd[from];
  const t = ref.per_usd[to];
  return f === undefined || t === undefined ? undefined : t / f;
}

/** The pay's conservative end (`min`) per month, in its own currency. */
export function monthly(pay: Pay, ref: SalaryReference): number {
  switch (pay.period) {
    case 'hour':
      return pay.min * ref.hours_per_month;
    case 'shift':
    case 'night':
    case 'day':
      return pay.min * ref.days_per_month;
    case 'week':
      return pay.min * ref.weeks_per_month;
    case 'year':
      return pay.min / 12;
    case 'season':
      return pay.min / ref.months_per_season;
    default:
      return pay.min / (pay.months ?? 1);
  }
}

export interface Reference {
  row: SalaryRow;
  /** How the row was chosen. */
  by: 'named-country' | 'currency-home' | 'reader-country';
  /** Above this (in the pay's currency, per the pay's period when the row has an hourly figure and the
   * pay is hourly, else per month) the pay is far above. */
  threshold: number;
  per: 'hour' | 'month';
}

function thresholdFor(pay: Pay, row: SalaryRow, ref: SalaryReference): Omit<Reference, 'by'> | undefined {
  const k = rate(ref, row.currency, pay.currency);
  if (k === undefined) return undefined;
  if (pay.period === 'hour' && row.hourly !== undefined)
    return { row, threshold: row.hourly * k * ref.factor, per: 'hour' };
  return { row, threshold: row.monthly * k * ref.factor, per: 'month' };
}

/** The reference row this pay is compared with (see the file header), or undefined when none applies. */
export function referenceFor(pay: Pay, ref: SalaryReference, options: CompareOptions): Reference | undefined {
  const rows = new Map(ref.countries.map((r) => [r.country, r]));
  const named = [...new Set(options.countries)]
    .map((c) => rows.get(c.toUpperCase()))
    .filter((r): r is SalaryRow => r !== undefined);
  const own = named.find((r) => r.currency === pay.currency);
  if (own) return { ...(thresholdFor(pay, own, ref) as Omit<Reference, 'by'>), by: 'named-country' };
  // No named row in the pay's currency: the named row with the highest reference (in USD) applies.
  const usd = (r: SalaryRow) => r.monthly / (ref.per_usd[r.currency] ?? Infinity);
  const converted = named
    .sort((x, y) => usd(y) - usd(x))
    .map((r) => thresholdFor(pay, r, ref))
    .filter((t): t is Omit<Reference, 'by'> => t !== undefined);
  if (converted[0]) return { ...converted[0], by: 'named-country' };
  const home = ref.home[pay.currency];
  const homeRow = home ? rows.get(home) : undefined;
  if (homeRow) return { ...(thresholdFor(pay, homeRow, ref) as Omit<Reference, 'by'>), by: 'currency-home' };
  const reader = rows.get(options.defaultCountry);
  const t = reader ? thresholdFor(pay, reader, ref) : undefined;
  return t ? { ...t, by: 'reader-country' } : undefined;
}

/** Is this pay far above ordinary pay for unskilled work where the job is? Costs never are. */
export function isFarAbove(pay: Pay, ref: SalaryReference, options: CompareOptions): boolean {
  if (pay.kind !== 'pay') return false;
  const r = referenceFor(pay, ref, options);
  if (!r) return false;
  const amount = r.per === 'hour' ? pay.min : monthly(pay, ref);
  return amount > r.threshold;
}
