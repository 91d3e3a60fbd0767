export type { MessageKey, PluralBase, PluralCategory, UiLang } from './keys';
export { UI_LANGS } from './keys';
export { createTranslator, substitute } from './translator';
export type { PluralForms, Substitutions, Translator } from './translator';
export { flattenMessages, loadMessages } from './load';
export { regionOf, resolveUiLanguage } from './language';
export type { UiLanguageSetting } from './language';
