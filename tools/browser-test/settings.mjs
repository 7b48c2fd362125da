// Where things are and how long to wait, shared by the browser test's modules.
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const resultsDir = path.join(root, 'test-results');
export const adminDist = path.join(root, 'dist/admin');
export const apiMain = path.join(root, 'dist/api/apps/api/src/main.js');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Every browser context of the test: a Chinese-speaking user on a desktop screen. */
// Reduced motion: the console then opens dialogs and menus without animation (AppProviders), so a click never
// lands on a dialog that is still zooming in (such clicks were lost now and then in CI).
export const CHROMIUM_CONTEXT = {
  locale: 'zh-CN',
  viewport: { width: 1440, height: 900 },
  reducedMotion: 'reduce',
};
export const API_READY_DEADLINE_MS = 60_000;
export const API_STOP_DEADLINE_MS = 20_000;
export const STEP_TIMEOUT_MS = 10_000;

// The first administrator the API creates from ADMIN_PASSWORD; a value for this throwaway database only.
export const ADMIN = { username: 'admin', password: 'browser-test-admin-pw', displayName: '系统管理员' };

export const log = (message) => console.log(`[browser-test] ${message}`);
