import 'i18next';
import type { zhCN } from './locales/zh-CN';

// Makes t('…') keys type-checked against the zh-CN resource, so a typo is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
