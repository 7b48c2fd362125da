import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { sessionStore } from '../auth/token-store';
import { i18n } from '../i18n/i18n';

// The first render of a file imports the lazily loaded pages (and antd with them), which under jsdom, with test
// files running in parallel, can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5_000 });

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

// Nor ResizeObserver; antd's Table, Tree and Segmented measure themselves with it.
class ResizeObserverStub {
  observe = () => undefined;
  unobserve = () => undefined;
  disconnect = () => undefined;
}
Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStore.end('signed-out');
  sessionStorage.clear();
  localStorage.clear();
  await i18n.changeLanguage('zh-CN');
});
