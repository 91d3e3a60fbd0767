/**
 * The translator of the user's interface language for extension pages, from the settings (or the
 * browser) and the locale files. It follows a language change made in the options at once.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { createTranslator, loadMessages, resolveUiLanguage } from '../../i18n';
import type { Translator } from '../../i18n';
import { loadSettings, watchSettings } from '../../settings/store';
import type { Settings } from '../../settings/schema';

export const I18nContext = createContext<Translator | undefined>(undefined);

export function useT(): Translator {
  const translator = useContext(I18nContext);
  if (!translator) throw new Error('useT() outside <I18nContext.Provider>');
  return translator;
}

async function translatorFor(settings: Settings): Promise<Translator> {
  const lang = resolveUiLanguage(settings.language, navigator.language);
  return createTranslator(lang, await loadMessages(lang));
}

/** The translator (undefined until the first load) and the settings it was made from. */
export function useUiTranslator(): { translator?: Translator; settings?: Settings; error?: unknown } {
  const [state, setState] = useState<{ translator?: Translator; settings?: Settings; error?: unknown }>({});
  useEffect(() => {
    let live = true;
    const apply = (settings: Settings): void => {
      translatorFor(settings).then(
        (translator) => {
          if (!live) return;
          document.documentElement.lang = translator.lang;
          setState({ translator, settings });
        },
        (error: unknown) => live && setState({ error }),
      );
    };
    loadSettings().then(apply, (error: unknown) => live && setState({ error }));
    const stop = watchSettings(apply);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}
