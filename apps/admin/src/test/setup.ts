import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { i18n } from '../i18n/i18n';

// jsdom has no matchMedia; antd's responsive parts (Layout.Sider breakpoints, Grid) ask it.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

afterEach(async () => {
  cleanup();
  localStorage.clear();
  await i18n.changeLanguage('zh-CN');
});
