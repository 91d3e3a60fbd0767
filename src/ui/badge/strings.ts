/**
 * In-page UI strings. The background sends them (get-messages: keys `page_*`, `level_*`, `cat_*`,
 * `advice_*` in the user's language); the few English fallbacks below only keep the badge readable if
 * that answer is missing a key, so no dictionary is bundled into the content script.
 */
import { substitute } from '../../i18n/translator';

export type Messages = Readonly<Record<string, string>>;

const FALLBACK: Messages = {
  page_brand: 'JobSafe',
  level_none: 'No risk found',
  level_unchecked: 'Not checked — check it yourself',
  level_caution: 'Check carefully',
  level_high: 'High risk',
  page_reasons: 'Why:',
  page_todo: 'What to do:',
  page_hotline: 'Free hotline (Russia, weekdays 8:30–18:30):',
  page_source: 'Source: IOM Russia',
  page_verdict_high: 'High risk: this ad has strong signs of recruitment into trafficking or forced labour.',
  page_verdict_caution:
    'Check carefully: this ad has signs often seen in recruitment into labour exploitation.',
  page_partial_short: 'partly read',
  page_partial: 'This ad is long: JobSafe read only its first part, and the rest was not checked.',
  page_share_button: 'Share this warning',
};

/** The message with `$1`… filled in; '' when neither the background nor the fallbacks have it. */
export function translate(messages: Messages, key: string, subs?: readonly string[]): string {
  const message = messages[key] ?? FALLBACK[key];
  return message === undefined ? '' : substitute(message, subs);
}
