#!/usr/bin/env node
// `npm start`: build what changed, then run the API in this process (one process to stop or kill).
// With no DATABASE_URL the API starts its embedded PostgreSQL with data in ./.data and loads demo data.
// `--no-admin` skips building the admin console (use `npm run dev:admin` for the console with hot reload).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const withAdmin = !process.argv.includes('--no-admin');

execFileSync(process.execPath, ['tools/build-api.mjs'], { stdio: 'inherit' });

if (withAdmin && adminBuildIsStale()) {
  console.log('Building the admin console (first start, or its sources changed)…');
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'apps/admin/vite.config.mts',
      '--logLevel',
      'warn',
    ],
    {
      stdio: 'inherit',
    },
  );
}

await import(pathToFileURL(path.join(root, 'dist/api/apps/api/src/main.js')).href);

function adminBuildIsStale() {
  const built = path.join(root, 'dist/admin/index.html');
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  const sources = [
    'apps/admin/src',
    'apps/admin/index.html',
    'apps/admin/vite.config.mts',
    'package-lock.json',
  ];
  return sources.some((source) => newestChange(path.join(root, source)) > builtAt);
}

function newestChange(file) {
  if (!fs.existsSync(file)) return 0;
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(file).map((entry) => newestChange(path.join(file, entry))));
}
