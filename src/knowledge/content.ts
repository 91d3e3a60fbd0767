/**
 * The structure of the knowledge tabs: which items, in which order, under which message keys. The words
 * live in public/_locales (every interface language, with translator notes); the keys here are checked by
 * the compiler against the English locale, and against the others by tests/unit/knowledge.
 * Everything comes from IOM Russia's counter-trafficking pages (../shared/seeds), in our own words;
 * tests/unit/knowledge/seed-facts.test.ts checks that each fact of the seeds is there.
 */
import type { AdviceId } from '../analysis/types';
import type { MessageKey } from '../i18n';

export const IOM_SOURCE_URL = 'https://russia.iom.int/';

/**
 * IOM Russia: "calls are free on the territory of Russia". An 8-800 number cannot be dialled from abroad
 * (https://ru.wikipedia.org/wiki/Бесплатный_вызов: 8-800 numbers are domestic only), so `from` is Russia.
 */
export const RU_HOTLINE = { display: '8-800-333-00-16', tel: '88003330016', from: ['RU'] } as const;

/** The message key of an advice id: `flag-ad-text` -> `advice_flag_ad_text`. */
export function adviceKey(id: AdviceId): MessageKey {
  return `advice_${id.replaceAll('-', '_')}` as MessageKey;
}

export interface RedFlag {
  advice: AdviceId;
  title: MessageKey;
  /** Why the sign matters. */
  why: MessageKey;
  example: MessageKey;
}

/** IOM Russia, "Risks. This should alert!", in its order. */
export const RED_FLAGS: readonly RedFlag[] = [
  { advice: 'flag-ad-text', title: 'rf_ad_text_title', why: 'rf_ad_text_why', example: 'rf_ad_text_example' },
  {
    advice: 'flag-mobile-only',
    title: 'rf_mobile_only_title',
    why: 'rf_mobile_only_why',
    example: 'rf_mobile_only_example',
  },
  { advice: 'flag-salary', title: 'rf_salary_title', why: 'rf_salary_why', example: 'rf_salary_example' },
  {
    advice: 'flag-envelope',
    title: 'rf_envelope_title',
    why: 'rf_envelope_why',
    example: 'rf_envelope_example',
  },
  { advice: 'flag-visa', title: 'rf_visa_title', why: 'rf_visa_why', example: 'rf_visa_example' },
  {
    advice: 'flag-pay-later',
    title: 'rf_pay_later_title',
    why: 'rf_pay_later_why',
    example: 'rf_pay_later_example',
  },
  {
    advice: 'flag-intermediary',
    title: 'rf_intermediary_title',
    why: 'rf_intermediary_why',
    example: 'rf_intermediary_example',
  },
  {
    advice: 'flag-contract',
    title: 'rf_contract_title',
    why: 'rf_contract_why',
    example: 'rf_contract_example',
  },
  { advice: 'flag-cash', title: 'rf_cash_title', why: 'rf_cash_why', example: 'rf_cash_example' },
];

export interface SafetyRule {
  advice: AdviceId;
  title: MessageKey;
}

/** IOM Russia, "Safety rules for those who plan to travel abroad for study or work", 1–11. */
export const SAFETY_RULES: readonly SafetyRule[] = [
  { advice: 'rule-license', title: 'rules_license_title' },
  { advice: 'rule-contract-language', title: 'rules_contract_language_title' },
  { advice: 'rule-work-visa', title: 'rules_work_visa_title' },
  { advice: 'rule-no-illegal-work', title: 'rules_no_illegal_work_title' },
  { advice: 'rule-visa-period', title: 'rules_visa_period_title' },
  { advice: 'rule-learn-country', title: 'rules_learn_country_title' },
  { advice: 'rule-return-ticket', title: 'rules_return_ticket_title' },
  { advice: 'rule-copies', title: 'rules_copies_title' },
  { advice: 'rule-passport', title: 'rules_passport_title' },
  { advice: 'rule-embassy', title: 'rules_embassy_title' },
  { advice: 'rule-ngos', title: 'rules_ngos_title' },
];

export const MYTHS: readonly { myth: MessageKey; fact: MessageKey }[] = [
  { myth: 'myth_sexual', fact: 'fact_sexual' },
  { myth: 'myth_women', fact: 'fact_women' },
  { myth: 'myth_legal', fact: 'fact_legal' },
  { myth: 'myth_poor', fact: 'fact_poor' },
  { myth: 'myth_abducted', fact: 'fact_abducted' },
];

export const STAGES: readonly { title: MessageKey; text: MessageKey }[] = [
  { title: 'stage_recruitment_title', text: 'stage_recruitment_text' },
  { title: 'stage_transport_title', text: 'stage_transport_text' },
  { title: 'stage_exploitation_title', text: 'stage_exploitation_text' },
];

/** IOM Russia, "Who can become a victim of human trafficking?" and the information centres' at-risk groups. */
export const AT_RISK: readonly MessageKey[] = [
  'risk_women_children',
  'risk_children',
  'risk_men',
  'risk_disabled',
  'risk_centres',
];

/** IOM Russia, "What are the main causes of human trafficking?", in its order. */
export const CAUSES: readonly MessageKey[] = [
  'cause_poverty',
  'cause_opportunities',
  'cause_gaps',
  'cause_family',
  'cause_alcohol',
];

/** IOM Russia, "Forms of human trafficking", in its order. */
export const FORMS: readonly MessageKey[] = [
  'form_sexual',
  'form_pornography',
  'form_labour',
  'form_begging',
  'form_armed',
  'form_organs',
];

export const CONTROL_MEANS: readonly MessageKey[] = [
  'control_freedom',
  'control_debt',
  'control_isolation',
  'control_violence',
  'control_threats',
  'control_blackmail',
];

/**
 * "If you are already in trouble": abroad, passport taken, or in debt. Each situation's words come from
 * the seeds (rules 9–11, the means of control, the hotline's reach); the Help tab adds the local lines.
 */
export const TROUBLE: readonly { title: MessageKey; text: MessageKey }[] = [
  { title: 'trouble_abroad_title', text: 'trouble_abroad_text' },
  { title: 'trouble_passport_title', text: 'trouble_passport_text' },
  { title: 'trouble_debt_title', text: 'trouble_debt_text' },
];

/** The safety rules that still help once something has gone wrong: 9 (passport), 10 (embassy), 11 (NGOs). */
export const TROUBLE_RULES: readonly SafetyRule[] = SAFETY_RULES.slice(8, 11);
