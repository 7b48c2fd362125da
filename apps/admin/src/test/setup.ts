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

// Test files share one module graph and one jsdom window per worker (vite.config.mts, `isolate`), so each
// file first puts back what a fresh page load would have, whatever the file before it left behind:
// - the session store "never signed in" (not "signed out", which forgets the page to return to after signing
//   in: sign-in-path.ts); it keeps its state privately, hence the guard should that change;
if (!('snapshot' in sessionStore)) {
  throw new Error('TokenStore changed: reset it differently in src/test/setup.ts');
}
Reflect.set(sessionStore, 'snapshot', { tokens: undefined, ended: undefined });
sessionStorage.clear();
localStorage.clear();
await i18n.changeLanguage('zh-CN');
// - no antd styles: antd leaves them in <head> after its components unmount, and injects them again when one
//   mounts. A file that rendered without TestStyles (test-styles.tsx) would otherwise leave antd's full
//   styles behind, and every role query of the files after it would be about ten times slower.
for (const style of document.head.querySelectorAll('style[data-css-hash]')) style.remove();

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  sessionStore.end('signed-out');
  sessionStorage.clear();
  localStorage.clear();
  await i18n.changeLanguage('zh-CN');
});
