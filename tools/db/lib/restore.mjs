// Restore: check the backup whole (checksums) before touching the database, make the schema with the
// migrations the backup was taken at, then load every table with COPY FROM in one transaction and compare
// each table's row count with the manifest. Any failure rolls the load back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import copyStreams from 'pg-copy-streams';
import pg from 'pg';
import {
  appliedMigrations,
  isEmptyDatabase,
  listTables,
  listUserSchemas,
  qualified,
  quoteIdent,
} from './catalog.mjs';
import { readManifest, verifyChecksums } from './manifest.mjs';
import { loadOrder } from './load-order.mjs';
import { extractTar } from './tar.mjs';

/**
 * Restores the backup `file` into the database at `url`. `migrate(url, names)` must apply exactly the named
 * migrations (the code's own classes): the schema is never read from the backup. A database that already holds
 * tables is refused unless `force`, which drops its schemas first.
 */
export async function restoreDatabase({ url, file, force = false, migrate, log = () => undefined }) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-restore-'));
  const client = new pg.Client({ connectionString: url, application_name: 'zhanggui-restore' });
  try {
    await unpack(file, work);
    const manifest = readManifest(work);
    await verifyChecksums(work, manifest);
    log(`Backup of ${manifest.createdAt}: ${manifest.tables.length} tables, checksums correct`);

    await client.connect();
    if (!(await isEmptyDatabase(client))) {
      if (!force)
        throw new Error(
          'The target database is not empty. Restore into an empty database, or add --force to drop ' +
            'everything in it first.',
        );
      await dropEverything(client, log);
    }

    const names = manifest.migrations.map((migration) => migration.name);
    await migrate(url, names);
    const applied = (await appliedMigrations(client)).map((migration) => migration.name);
    if (!sameSet(applied, names))
      throw new Error(
        `The migrations applied (${applied.length}) differ from the backup's (${names.length})`,
      );
    log(`Schema made by ${names.length} migrations`);

    try {
      await loadTables(client, work, manifest, log);
    } catch (error) {
      // The load rolled back but the migrations stay: the database is no longer empty.
      error.message += ' (nothing was loaded; the schema was made, so run the restore again with --force)';
      throw error;
    }
    // Fresh tables have no planner statistics until autovacuum gets to them; the API's first queries need them.
    await client.query('ANALYZE');
    log('Statistics gathered (ANALYZE)');
    return manifest;
  } finally {
    await client.end().catch(() => undefined);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function unpack(file, dir) {
  if (!fs.existsSync(file)) throw new Error(`No backup file at ${file}`);
  const source = fs.createReadStream(file);
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  await extractTar(gunzip, dir);
}

async function loadTables(client, dir, manifest, log) {
  await client.query('BEGIN');
  try {
    const superuser = (await client.query(`SELECT current_setting('is_superuser') = 'on' AS yes`)).rows[0]
      .yes;
    await assertSameTables(client, manifest);
    const tables = superuser ? manifest.tables : await loadOrder(client, manifest.tables);
    if (superuser) {
      // No triggers (audit rows, history) and no foreign-key checks while loading: the rows come from one
      // consistent snapshot, already checked when they were first written.
      await client.query('SET LOCAL session_replication_role = replica');
    } else {
      // A managed database's owner role: user triggers off (owners may), tables in foreign-key order, and
      // deferrable constraints checked once at commit.
      for (const table of tables) await client.query(`ALTER TABLE ${qualified(table)} DISABLE TRIGGER USER`);
      await client.query('SET CONSTRAINTS ALL DEFERRED');
    }
    // Rows that migrations seed (reference data, pg-boss's version) are in the backup too: the backup wins.
    // Only tables holding rows are truncated (CASCADE reaches their referrers): most are empty, and
    // truncating each of them would cost a new file per table.
    const seeded = await tablesWithRows(client, manifest.tables);
    if (seeded.length > 0) await client.query(`TRUNCATE ${seeded.map(qualified).join(', ')} CASCADE`);
    for (const queue of manifest.jobQueues ?? [])
      await client.query(`SELECT pgboss.create_queue($1, '{}'::json)`, [queue]);
    // create_queue made each queue's job partition; the queue rows themselves come from the backup.
    if (manifest.jobQueues?.length) await client.query('DELETE FROM pgboss.queue');

    for (const table of tables) {
      const columns = table.columns.map(quoteIdent).join(', ');
      const target = client.query(copyStreams.from(`COPY ${qualified(table)} (${columns}) FROM STDIN`));
      await pipeline(fs.createReadStream(path.join(dir, table.file)), target);
    }
    for (const sequence of manifest.sequences) {
      // Migrations make the columns' sequences; the running application makes others (sales order numbers
      // take one sequence per day), so those are made here.
      await client.query(`CREATE SEQUENCE IF NOT EXISTS ${qualified(sequence)}`);
      await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [
        qualified(sequence),
        sequence.lastValue,
        sequence.isCalled,
      ]);
    }
    await verifyRowCounts(client, manifest);
    if (!superuser)
      for (const table of tables) await client.query(`ALTER TABLE ${qualified(table)} ENABLE TRIGGER USER`);
    await client.query('COMMIT');
    log(`Loaded ${manifest.tables.length} tables; row counts match the manifest`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The migrations made the tables; each one in the backup must be there with every column it had. */
async function assertSameTables(client, manifest) {
  const present = new Map((await listTables(client)).map((table) => [qualified(table), table]));
  for (const table of manifest.tables) {
    const found = present.get(qualified(table));
    if (!found)
      throw new Error(`The migrations did not make ${table.schema}.${table.name}, which the backup holds`);
    const missing = table.columns.filter((column) => !found.columns.includes(column));
    if (missing.length > 0)
      throw new Error(`${table.schema}.${table.name} has no column(s) ${missing.join(', ')} after migrating`);
  }
}

async function tablesWithRows(client, tables) {
  const { rows } = await client.query(
    `SELECT ${tables.map((table, i) => `EXISTS (SELECT 1 FROM ${qualified(table)}) AS t${i}`).join(', ')}`,
  );
  return tables.filter((_table, i) => rows[0][`t${i}`]);
}

async function verifyRowCounts(client, manifest) {
  const wrong = [];
  for (const table of manifest.tables) {
    const { rows } = await client.query(`SELECT count(*)::bigint::text AS count FROM ${qualified(table)}`);
    if (Number(rows[0].count) !== table.rows)
      wrong.push(`${table.schema}.${table.name}: ${rows[0].count} loaded, ${table.rows} in the backup`);
  }
  if (wrong.length > 0) throw new Error(`Row counts differ from the backup:\n  ${wrong.join('\n  ')}`);
}

async function dropEverything(client, log) {
  const schemas = await listUserSchemas(client);
  log(`--force: dropping schema(s) ${schemas.join(', ')} and everything in them`);
  await client.query('BEGIN');
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA ${quoteIdent(schema)} CASCADE`);
    await client.query('CREATE SCHEMA public');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

function sameSet(a, b) {
  return a.length === b.length && new Set([...a, ...b]).size === a.length;
}
