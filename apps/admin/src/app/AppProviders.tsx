import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { antdLocale } from '../i18n/antd-locale';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/language';

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

/** Server state, and antd speaking the same language as our own labels (its locale follows i18next's). */
export function AppProviders({ queryClient, children }: AppProvidersProps) {
  const { i18n } = useTranslation();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={antdLocale(isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE)}>
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}
