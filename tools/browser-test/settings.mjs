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
export const API_READY_DEADLINE_MS = 60_000;
export const API_STOP_DEADLINE_MS = 20_000;
export const STEP_TIMEOUT_MS = 10_000;

export const log = (message) => console.log(`[browser-test] ${message}`);
