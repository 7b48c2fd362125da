import type { Locale } from 'antd/es/locale';
import antdZhCN from 'antd/es/locale/zh_CN';
import type { Language } from './language';

// antd's own words (date pickers, pagination, empty lists, dialogs) in the default language come with the first
// download; English is fetched with the English words (i18n.ts), only by whoever reads the console in English.
// Imported from antd/es, like antd itself: antd/locale/* is the CommonJS build, a second copy beside it.
const loaders: Record<Language, () => Promise<Locale>> = {
  'zh-CN': () => Promise.resolve(antdZhCN),
  en: () => import('antd/es/locale/en_US').then((m) => m.default),
};
const loaded: Partial<Record<Language, Locale>> = { 'zh-CN': antdZhCN };

export async function loadAntdLocale(language: Language): Promise<void> {
  loaded[language] ??= await loaders[language]();
}

/** antd's locale for `language`, once loadAntdLocale has brought it (i18n.ts waits for it before switching). */
export function antdLocale(language: Language): Locale {
  return loaded[language] ?? antdZhCN;
}
