import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './language';

// Each language is named in itself, so anyone can find their own whatever is showing now.
const OPTIONS: Array<{ value: Language; label: string }> = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('header.language')}
      size="small"
      value={isLanguage(i18n.language) ? i18n.language : 'zh-CN'}
      options={OPTIONS}
      onChange={(language) => void i18n.changeLanguage(language)}
    />
  );
}
