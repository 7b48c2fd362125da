#!/usr/bin/env node
// `npm run db:restore -- --in <file.tar.gz> [--force]`: makes the schema with the migrations the backup was
// taken at, loads every table in one transaction and checks the row counts. Refuses a database that holds
// anything unless --force (which drops it all first). The API must be stopped.
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApiForTools } from './lib/build.mjs';
import { migrator } from './lib/migrations.mjs';
import { restoreDatabase } from './lib/restore.mjs';
import { openTarget } from './lib/target.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: { in: { type: 'string' }, force: { type: 'boolean', default: false } },
});
const log = (line) => process.stderr.write(`${line}\n`);

if (!args.in) {
  log('Usage: npm run db:restore -- --in <backup.tar.gz> [--force]');
  process.exit(2);
}

try {
  const builtDir = await buildApiForTools(root);
  // The built API is CommonJS; require it as the API itself would.
  const require = createRequire(path.join(builtDir, 'index.js'));
  const database = path.join(builtDir, 'libs/api/platform/src/database');
  const migrate = migrator({
    allMigrations: require(path.join(builtDir, 'apps/api/src/app.migrations.js')).allMigrations,
    dataSourceOptions: require(path.join(database, 'data-source-options.js')).dataSourceOptions,
    runMigrations: require(path.join(database, 'migration-runner.js')).runMigrations,
    DataSource: require('typeorm').DataSource,
  });
  const target = await openTarget({ root, builtDir, allowRunningApi: false, log });
  try {
    log(`Restoring ${path.resolve(args.in)} into ${target.describe}`);
    const manifest = await restoreDatabase({
      url: target.url,
      file: path.resolve(args.in),
      force: args.force,
      migrate,
      log,
    });
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    log(`Restored ${manifest.tables.length} tables, ${rows} rows, as of ${manifest.createdAt}`);
  } finally {
    await target.close();
  }
} catch (error) {
  log(`Restore failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
