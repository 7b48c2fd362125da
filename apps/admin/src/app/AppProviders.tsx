import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import antdEnUS from 'antd/locale/en_US';
import antdZhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

/** Server state, and antd speaking the same language as our own labels (its locale follows i18next's). */
export function AppProviders({ queryClient, children }: AppProvidersProps) {
  const { i18n } = useTranslation();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={i18n.language === 'en' ? antdEnUS : antdZhCN}>{children}</ConfigProvider>
    </QueryClientProvider>
  );
}
