import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, storeLanguage, storedLanguage, type Language } from './language';
import { en } from './locales/en';
import { zhCN } from './locales/zh-CN';

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: Object.keys(resources),
  // React escapes what it renders; escaping here too would show &lt; in labels.
  interpolation: { escapeValue: false },
  initAsync: false,
});

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
