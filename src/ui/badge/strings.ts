/**
 * In-page UI strings. The background sends them (get-messages: keys `page_*`, `level_*`, `cat_*`,
 * `advice_*` in the user's language); the few English fallbacks below only keep the badge readable if
 * that answer is missing a key, so no dictionary is bundled into the content script.
 */
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
};

export function translate(messages: Messages, key: string): string {
  return messages[key] ?? FALLBACK[key] ?? '';
}
