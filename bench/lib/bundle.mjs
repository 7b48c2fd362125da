import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { root, sourceTree } from './build-api.mjs';

// The console's initial JavaScript for a person who signs in and lands on the dashboard: the entry chunk and
// its static imports, plus the lazy chunks of the login page, the signed-in layout and the dashboard (each with
// its static imports), read from Vite's manifest. Every other section must stay out of this set (lazy).
const INITIAL_ROUTE_MODULES = [
  // The first screen's words in the default language: lazy chunks, but fetched before the first screen renders.
  'src/i18n/locales/zh-CN/shell.ts',
  'src/i18n/locales/zh-CN/dashboard.ts',
  'src/features/login/LoginPage.tsx',
  'src/layout/AppLayout.tsx',
  'src/features/dashboard/DashboardPage.tsx',
];

export function bundleSize() {
  const outDir = path.join(root, 'dist/bench-admin');
  const source = sourceTree(['apps/admin', 'tsconfig.base.json', 'tsconfig.json', 'package.json']);
  const build = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      path.join(source.dir, 'apps/admin/vite.config.mts'),
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--manifest',
      '--logLevel',
      'warn',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  source.dispose();
  // eslint-disable-next-line no-control-regex
  if (build.status !== 0) return { error: build.stderr.replace(/\x1b\[[0-9;]*m/g, '').slice(0, 1500) };
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8'));
  const chunks = new Set();
  const add = (key) => {
    const chunk = manifest[key];
    if (!chunk || chunks.has(chunk.file)) return;
    chunks.add(chunk.file);
    for (const imported of chunk.imports ?? []) add(imported);
  };
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  add(entry);
  const missing = [];
  const gzipOf = (file) => zlib.gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length;
  const jsKB = () =>
    [...chunks].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipOf(f), 0) / 1024;
  // What each step adds, to see where the weight comes from.
  const steps = [{ module: 'entry (index.html)', cumulativeKB: jsKB() }];
  for (const module of INITIAL_ROUTE_MODULES) {
    const key = Object.keys(manifest).find((k) => k.endsWith(module));
    if (key) add(key);
    else missing.push(module);
    steps.push({ module, cumulativeKB: jsKB() });
  }
  // The rest of the language follows in the background once the first screen is up (not part of the limit).
  const rest = Object.keys(manifest).find((k) => k.endsWith('src/i18n/locales/zh-CN/index.ts'));
  const backgroundWordsKB = rest ? gzipOf(manifest[rest].file) / 1024 : null;
  const files = [...chunks]
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const body = fs.readFileSync(path.join(outDir, file));
      return { file, bytes: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const all = fs
    .readdirSync(path.join(outDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .reduce(
      (sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(outDir, 'assets', f)), { level: 9 }).length,
      0,
    );
  const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
  return {
    outDir,
    files,
    steps,
    backgroundWordsKB,
    missing,
    gzipKB: gzip / 1024,
    allJsGzipKB: all / 1024,
    limitKB: 300,
    met: gzip / 1024 <= 300,
  };
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.stdout.write(`${JSON.stringify(bundleSize(), null, 2)}\n`);
