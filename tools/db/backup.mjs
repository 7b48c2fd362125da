#!/usr/bin/env node
// `npm run db:backup -- --out <file.tar.gz>`: one consistent snapshot of the whole database in one file (what it
// holds: docs/reliability.md, "Backups"). Works on DATABASE_URL or on the embedded database of `npm start`,
// whether the API is running or not.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase } from './lib/backup.mjs';
import { buildApiForTools } from './lib/build.mjs';
import { openTarget } from './lib/target.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
const log = (line) => process.stderr.write(`${line}\n`);
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
const out = path.resolve(args.out ?? `zhanggui-backup-${stamp}.tar.gz`);

try {
  const builtDir = await buildApiForTools(root);
  const target = await openTarget({ root, builtDir, allowRunningApi: true, log });
  try {
    log(`Backing up ${target.describe}`);
    const manifest = await backupDatabase({ url: target.url, out, log });
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    log(
      `Wrote ${out}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.migrations.length} migrations applied`,
    );
  } finally {
    await target.close();
  }
} catch (error) {
  log(`Backup failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
