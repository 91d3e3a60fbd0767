/**
 * Shown when the locale file or the settings cannot be read. The messages are what failed to load, so
 * this one text is written here, in both languages.
 */
export function LoadError() {
  return (
    <p class="js-status js-status--error" role="alert">
      <span lang="en">JobSafe could not load its texts. Close and reopen this window.</span>{' '}
      <span lang="ru">JobSafe не смог загрузить тексты. Закройте и откройте это окно снова.</span>
    </p>
  );
}
