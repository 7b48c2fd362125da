import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadAntdLocale } from './antd-locale';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGES,
  storeLanguage,
  storedLanguage,
  type Language,
} from './language';
import type { Translation } from './locales/translation';

// The words come in chunks fetched when needed: the two languages together, every section's words included, were
// the largest single piece of the first screen's JavaScript. The first screen (sign-in, the frame, the
// dashboard) needs the shell's and the dashboard's words in one language; the rest of that language follows
// in the background, and the other sections' pages wait for it (routes.tsx, allWords).
const firstScreenWords: Record<Language, () => Promise<Partial<Translation>>> = {
  'zh-CN': () =>
    Promise.all([import('./locales/zh-CN/shell'), import('./locales/zh-CN/dashboard')]).then(
      ([{ shell }, { gmDashboard }]) => ({ ...shell, gmDashboard }),
    ),
  en: () =>
    Promise.all([import('./locales/en/shell'), import('./locales/en/dashboard')]).then(
      ([{ shell }, { gmDashboard }]) => ({ ...shell, gmDashboard }),
    ),
};
const everyWord: Record<Language, () => Promise<Translation>> = {
  'zh-CN': () => import('./locales/zh-CN').then((m) => m.zhCN),
  en: () => import('./locales/en').then((m) => m.en),
};

// Only the very first load is the first screen's; a language chosen later may be switched to on any page.
let firstLoad = true;
const lazyLocales: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    const chosen = isLanguage(language) ? language : DEFAULT_LANGUAGE;
    const words = firstLoad ? firstScreenWords[chosen]() : everyWord[chosen]();
    firstLoad = false;
    // antd's words of the same language arrive together with ours, so its pickers never speak the other one.
    Promise.all([words, loadAntdLocale(chosen)]).then(
      ([loaded]) => callback(null, loaded),
      (error: Error) => callback(error, false),
    );
  },
};

const everyWordLoaded = new Map<Language, Promise<void>>();
/** Resolves once every section's words of `language` (the current one by default) are in. */
export function allWords(language: Language = currentLanguage()): Promise<void> {
  let loading = everyWordLoaded.get(language);
  if (!loading) {
    loading = Promise.all([everyWord[language](), loadAntdLocale(language)]).then(([words]) => {
      i18n.addResourceBundle(language, 'translation', words, true, true);
    });
    everyWordLoaded.set(language, loading);
  }
  return loading;
}

// Top-level await: whoever imports this module (main.tsx first) runs once the first screen's words are in, so
// no screen ever shows a bare key. Both languages hold the same keys (locales.spec.ts), so there is no fallback
// language to download as well. Components re-render when the rest of the words arrive ('added').
await i18n
  .use(lazyLocales)
  .use(initReactI18next)
  .init({
    lng: storedLanguage(),
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    // React escapes what it renders; escaping here too would show &lt; in labels.
    interpolation: { escapeValue: false },
    react: { bindI18nStore: 'added' },
  });
// Tests render any page at once: they start with every word.
if (import.meta.env.MODE === 'test') await allWords();
else void allWords();

function reflectLanguage(language: string): void {
  document.documentElement.lang = language;
  document.title = i18n.t('app.documentTitle');
}

reflectLanguage(i18n.language);
i18n.on('languageChanged', (language) => {
  if (isLanguage(language)) storeLanguage(language);
  reflectLanguage(language);
});

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

export { i18n };
