import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ConfigProvider, type ThemeConfig } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { antdLocale } from '../i18n/antd-locale';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/language';
import { useMediaQuery } from '../shared/use-media-query';

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

/**
 * Someone whose system asks for less motion (prefers-reduced-motion) gets antd's components without their
 * opening and closing animations: dialogs, drawers and menus appear at once.
 */
const REDUCED_MOTION: ThemeConfig = { token: { motion: false } };

/** Server state, and antd speaking the same language as our own labels (its locale follows i18next's). */
export function AppProviders({ queryClient, children }: AppProvidersProps) {
  const { i18n } = useTranslation();
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={antdLocale(isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE)}
        theme={reducedMotion ? REDUCED_MOTION : undefined}
      >
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}
