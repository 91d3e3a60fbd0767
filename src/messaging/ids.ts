/**
 * The ids the contract names: risk levels, finding strengths, risk categories, advice, ad fields,
 * sensitivities and interface languages. One list each, here, for the analyzer (src/analysis/types.ts
 * re-exports them), the messages (messages.ts), the settings and the UI.
 *
 * Plain arrays, one id per line, so a new category or advice id is a one-line change that merges
 * cleanly. zod/mini (see messages.ts for why): the content script imports these too.
 */
import * as z from 'zod/mini';
import { UI_LANGS } from '../i18n/keys';

export const LEVELS = ['none', 'caution', 'high'] as const;

export const STRENGTHS = ['strong', 'medium', 'weak'] as const;

/**
 * Risk categories. Each is one IOM red flag or ILO indicator (see docs/patterns.md and
 * ../shared/research/indicators.md). The advice a finding points to is keyed by its category.
 */
export const CATEGORIES = [
  'targeted-appearance', // gender/age/appearance targeting for hospitality/entertainment abroad
  'too-good', // pay far above unskilled work; "no experience, no training"
  'high-pay-unskilled', // salary over the reference for unskilled work (computed, patterns/salary-reference.json)
  'expenses-paid', // employer pays travel, visa, insurance, housing
  'debt', // costs repaid or deducted later: debt bondage
  'irregular-visa', // tourist/guest visa for work, false documents, "papers sorted on arrival"
  'envelope-wages', // pay partly "in an envelope", off the books
  'contract-on-arrival', // contract only with the intermediary, or signed on arrival
  'upfront-fee', // cash fee without receipt, any upfront fee
  'contact-only-mobile', // only a mobile or messenger; no company name, office or address
  'unlicensed-intermediary', // agency cannot show a licence or name who is responsible
  'document-retention', // passport or documents kept by employer/agent
  'vague-duties', // duties unspecified, "details in person"
  'urgency', // urgent departure, no interview
  'personal-data', // passport scans, card numbers, SMS codes requested
  'exploitative-conditions', // no days off, living at the workplace, closed premises
  'deferred-pay', // pay withheld until the end or return home
  'forced-criminality', // online-scam compounds, money mules: recruited into crime (UNODC 2023-2025)
  'vulnerability', // aimed at people in hardship: homeless, refugees, dependants (ILO: abuse of vulnerability)
  'work-abroad', // context: the job is in another country (weak multiplier)
] as const;

/**
 * What a finding tells the user to do. `flag-*` are IOM Russia's red flags of a job ad, `rule-*` its 11
 * safety rules for working abroad (../shared/seeds), `tip-*` the project's own advice for ILO indicators
 * IOM's list does not name. The popup and the badge show the text for each id (i18n key `advice_<id>`).
 */
export const ADVICE_IDS = [
  'flag-ad-text', // "work abroad for girls as waitresses, dancers…; no training; travel, housing paid; high salary"
  'flag-mobile-only', // only the company's mobile phone, no office phone
  'flag-salary', // promised salary too high for the work
  'flag-envelope', // real wage not in the contract, the rest "in an envelope"
  'flag-visa', // guest or tourist visa, false documents
  'flag-pay-later', // they pay for everything now, you pay later abroad
  'flag-intermediary', // intermediary cannot show its legality or name the people responsible
  'flag-contract', // contract only with the intermediary; with the employer "on the spot"
  'flag-cash', // cash payment for services without a receipt
  'rule-license', // 1. check the agency's licence (the original, on display)
  'rule-contract-language', // 2. a contract in a language you speak; a lawyer or the embassy if in doubt
  'rule-work-visa', // 3. work abroad only with a contract and a work visa
  'rule-no-illegal-work', // 4. never agree to illegal work
  'rule-visa-period', // 5. keep to the period of stay in the visa
  'rule-learn-country', // 6. learn about the country, its laws and some of its language
  'rule-return-ticket', // 7. buy a return ticket
  'rule-copies', // 8. copies of documents with someone close; regular calls and a signal phrase
  'rule-passport', // 9. never hand your passport to anyone
  'rule-embassy', // 10. know the embassy's and consulate's contacts
  'rule-ngos', // 11. know the local help services in advance
  'tip-personal-data', // never send passport scans, card numbers or SMS codes before a contract
  'tip-details-in-person', // ask for the duties, address and employer in writing before you go
  'tip-conditions', // hours, days off and housing that you can leave are your right
  'tip-urgency', // pressure to decide or leave at once is a reason to slow down
  'tip-forced-criminality', // chat/crypto jobs in scam compounds; cards or accounts "rented" for others' money
] as const;

/** Which ad field a finding's offsets point into. `text` unless stated. */
export const FIELDS = ['text', 'title', 'salary', 'employer'] as const;

/** How eager warnings are (an option the user sets). `balanced` is the default. */
export const SENSITIVITIES = ['cautious', 'balanced', 'strong-only'] as const;

/**
 * The interface language setting: the browser's, or one the user picks (each a public/_locales folder,
 * listed once in src/i18n/keys.ts).
 */
export const UI_LANGUAGES = ['browser', ...UI_LANGS] as const;

/** Languages the in-page strings come in (get-messages): every interface language. */
export const PAGE_LANGUAGES = UI_LANGS;

export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;
export const StrengthSchema = z.enum(STRENGTHS);
export type Strength = z.infer<typeof StrengthSchema>;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;
export const AdviceIdSchema = z.enum(ADVICE_IDS);
export type AdviceId = z.infer<typeof AdviceIdSchema>;
export const FieldSchema = z.enum(FIELDS);
export type Field = z.infer<typeof FieldSchema>;
export const SensitivitySchema = z.enum(SENSITIVITIES);
export type Sensitivity = z.infer<typeof SensitivitySchema>;
export const UiLanguageSchema = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;
