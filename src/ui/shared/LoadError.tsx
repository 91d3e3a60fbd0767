import type { CheckedLanguage } from '../../languages/table';

/**
 * Shown when the locale file or the settings cannot be read. The messages are what failed to load, so
 * this one text is written here, in every interface language (the type makes a new locale add its own).
 */
const TEXT: Record<CheckedLanguage['uiLocale'], string> = {
  en: 'JobSafe could not load its texts. Close and reopen this window.',
  ru: 'JobSafe не смог загрузить тексты. Закройте и откройте это окно снова.',
  uk: 'JobSafe не зміг завантажити тексти. Закрийте й відкрийте це вікно знову.',
};

export function LoadError() {
  return (
    <p class="js-status js-status--error" role="alert">
      {Object.entries(TEXT).map(([lang, text]) => (
        <span key={lang} lang={lang}>
          {text}{' '}
        </span>
      ))}
    </p>
  );
}
