/**
 * Schema of the salary reference (patterns/salary-reference.yaml): reference pay for unskilled work per
 * country, the home country of each currency, and approximate exchange rates. Validated at build time by
 * scripts/lib/compile-catalogue.ts and carried in the compiled catalogue; read by src/analysis/salary.ts.
 */
import { z } from 'zod';

/** Every currency the salary parser recognises (ISO 4217 codes). */
export const CURRENCIES = [
  'RUB',
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'KRW',
  'AED',
  'TRY',
  'PLN',
  'CZK',
  'UAH',
  'KZT',
  'ILS',
  'CNY',
  'THB',
  'SAR',
  'QAR',
  'BYN',
  'UZS',
  'KGS',
  'TJS',
  'GEL',
  'MDL',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'SEK',
  'NOK',
  'DKK',
  'HUF',
  'RON',
  'BGN',
  'MYR',
] as const;
export const CurrencySchema = z.enum(CURRENCIES);
export type Currency = z.infer<typeof CurrencySchema>;

/** ISO 3166-1 alpha-2, upper case. */
export const CountrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'a country is an ISO 3166-1 alpha-2 code (RU, AE…)');
const DATE = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date is YYYY-MM or YYYY-MM-DD');

const SourceSchema = z.object({ title: z.string().min(1), url: z.url() }).strict();

const ROW = {
  country: CountrySchema,
  /** The currency `monthly` and `hourly` are in (not always the country's own: Cambodia quotes USD). */
  currency: CurrencySchema,
  /** Generous monthly pay for full-time unskilled work. */
  monthly: z.number().positive(),
  /** The same per hour, where the country sets its minimum per hour and ads quote hourly pay. */
  hourly: z.number().positive().optional(),
};
const COMMON = {
  updated: DATE,
  /** Flag pay above `factor` × the reference. */
  factor: z.number().gt(1),
  hours_per_month: z.number().positive(),
  days_per_month: z.number().positive(),
  weeks_per_month: z.number().positive(),
  months_per_season: z.number().positive(),
  /** Currency -> the country whose row applies when the ad names no country with a row. */
  home: z.partialRecord(CurrencySchema, CountrySchema),
};
/** Units of the currency per 1 USD. */
const PerUsdSchema = z.partialRecord(CurrencySchema, z.number().positive());

/** One row as the analyzer holds it. */
export const SalaryRowSchema = z.object(ROW).strict();
export type SalaryRow = z.infer<typeof SalaryRowSchema>;

interface Checked {
  countries: ReadonlyArray<{ country: string; currency: Currency }>;
  home: Partial<Record<Currency, string>>;
  per_usd: Partial<Record<Currency, number>>;
}

/** Unique countries, a rate for every row's currency, a row in that currency for every home country. */
function check(ref: Checked, ctx: z.RefinementCtx, ratesPath: string[]): void {
  const seen = new Set<string>();
  ref.countries.forEach((row, i) => {
    if (seen.has(row.country))
      ctx.addIssue({
        code: 'custom',
        path: ['countries', i, 'country'],
        message: `duplicate ${row.country}`,
      });
    seen.add(row.country);
    if (ref.per_usd[row.currency] === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['countries', i, 'currency'],
        message: `no rate for ${row.currency} in ${ratesPath.join('.')}`,
      });
  });
  for (const [currency, country] of Object.entries(ref.home)) {
    const row = ref.countries.find((r) => r.country === country);
    if (!row) ctx.addIssue({ code: 'custom', path: ['home', currency], message: `no row for ${country}` });
    else if (row.currency !== currency)
      ctx.addIssue({
        code: 'custom',
        path: ['home', currency],
        message: `${country}'s row is in ${row.currency}, not ${currency}`,
      });
  }
  if (ref.per_usd.USD !== 1)
    ctx.addIssue({ code: 'custom', path: [...ratesPath, 'USD'], message: 'USD must be 1' });
}

/**
 * The reference as the analyzer holds it (in the compiled catalogue): numbers only. The documentation
 * of the source file (sources, their addresses, the basis of each figure) stays out of the extension's
 * bundle, which carries no remote address (tests/e2e/privacy.test.ts).
 */
export const SalaryReferenceSchema = z
  .object({ ...COMMON, per_usd: PerUsdSchema, countries: z.array(SalaryRowSchema).min(1) })
  .strict()
  .superRefine((ref, ctx) => check(ref, ctx, ['per_usd']));
export type SalaryReference = z.infer<typeof SalaryReferenceSchema>;

/** patterns/salary-reference.yaml: the reference with its sources, the basis of each row and dates. */
export const SalarySourceSchema = z
  .object({
    ...COMMON,
    note: z.string(),
    rates: z
      .object({
        checked: DATE,
        note: z.string().min(1),
        sources: z.array(SourceSchema).min(1),
        per_usd: PerUsdSchema,
      })
      .strict(),
    countries: z
      .array(
        z
          .object({
            ...ROW,
            name: z.string().min(1),
            /** Which sourced figures the reference rests on and how it was rounded. */
            basis: z.string().min(1),
            sources: z.array(SourceSchema).min(1),
            checked: DATE,
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((src, ctx) =>
    check({ countries: src.countries, home: src.home, per_usd: src.rates.per_usd }, ctx, [
      'rates',
      'per_usd',
    ]),
  );
export type SalarySource = z.infer<typeof SalarySourceSchema>;

/** The source file without its documentation: what the compiled catalogue carries. */
export function compileSalary(src: SalarySource): SalaryReference {
  return {
    updated: src.updated,
    factor: src.factor,
    hours_per_month: src.hours_per_month,
    days_per_month: src.days_per_month,
    weeks_per_month: src.weeks_per_month,
    months_per_season: src.months_per_season,
    home: src.home,
    per_usd: src.rates.per_usd,
    countries: src.countries.map(({ country, currency, monthly, hourly }) => ({
      country,
      currency,
      monthly,
      ...(hourly === undefined ? {} : { hourly }),
    })),
  };
}
