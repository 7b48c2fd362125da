import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ConfigProvider, type ThemeConfig } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { antdLocale } from '../i18n/antd-locale';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/language';

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

/**
 * Someone whose system asks for less motion (prefers-reduced-motion) gets antd's components without their
 * opening and closing animations: dialogs, drawers and menus appear at once.
 */
const REDUCED_MOTION: ThemeConfig | undefined = window.matchMedia?.('(prefers-reduced-motion: reduce)')
  .matches
  ? { token: { motion: false } }
  : undefined;

/** Server state, and antd speaking the same language as our own labels (its locale follows i18next's). */
export function AppProviders({ queryClient, children }: AppProvidersProps) {
  const { i18n } = useTranslation();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={antdLocale(isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE)}
        theme={REDUCED_MOTION}
      >
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}
