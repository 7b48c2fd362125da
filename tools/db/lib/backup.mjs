// Backup: one REPEATABLE READ, READ ONLY transaction (one snapshot, so the ledger, stock and outbox agree with
// each other) copies every table with COPY TO STDOUT into a `.tar.gz` holding manifest.json and one file per
// table. The schema is not dumped: it is whatever the migrations listed in the manifest make.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import copyStreams from 'pg-copy-streams';
import pg from 'pg';
import { appliedMigrations, listSequences, listTables, qualified, quoteIdent } from './catalog.mjs';
import { FORMAT, FORMAT_VERSION, MANIFEST_FILE } from './manifest.mjs';
import { END_OF_ARCHIVE, padding, tarHeader } from './tar.mjs';

/** Backs up the database at `url` into `out` (written to a temporary name, then renamed). Returns the manifest. */
export async function backupDatabase({ url, out, log = () => undefined }) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-backup-'));
  const client = new pg.Client({ connectionString: url, application_name: 'zhanggui-backup' });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await appliedMigrations(client);
    if (migrations.length === 0)
      throw new Error('This database has no migrations applied: there is nothing of Zhanggui to back up');
    const tables = await listTables(client);
    // ACCESS SHARE locks: a migration started meanwhile waits, instead of altering a table under the copy.
    if (tables.length > 0)
      await client.query(`LOCK TABLE ${tables.map(qualified).join(', ')} IN ACCESS SHARE MODE`);
    const manifestTables = [];
    for (const [index, table] of tables.entries()) {
      const file = `data/${String(index + 1).padStart(4, '0')}.copy`;
      const copied = await copyTable(client, table, path.join(work, file));
      manifestTables.push({ ...table, file, ...copied });
      if (copied.rows > 0) log(`  ${table.schema}.${table.name}: ${copied.rows} rows`);
    }
    const manifest = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      server: (await client.query('SHOW server_version')).rows[0].server_version,
      migrations,
      tables: manifestTables,
      sequences: await sequenceValues(client),
      jobQueues: await jobQueues(client, tables),
    };
    await client.query('COMMIT');
    fs.writeFileSync(path.join(work, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    await writeArchive(work, [MANIFEST_FILE, ...manifestTables.map((table) => table.file)], out);
    return manifest;
  } finally {
    await client.end().catch(() => undefined);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** COPY text format writes one line per row (newlines inside values are escaped), so lines count rows. */
async function copyTable(client, table, file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const hash = createHash('sha256');
  let rows = 0;
  let bytes = 0;
  const measure = new Transform({
    transform(chunk, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) rows++;
      done(null, chunk);
    },
  });
  const columns = table.columns.map(quoteIdent).join(', ');
  const source = client.query(copyStreams.to(`COPY (SELECT ${columns} FROM ${qualified(table)}) TO STDOUT`));
  await pipeline(source, measure, fs.createWriteStream(file));
  return { rows, bytes, sha256: hash.digest('hex') };
}

/** Sequences are not transactional: the value read may be past the snapshot, which is safe (never reused). */
async function sequenceValues(client) {
  const values = [];
  for (const sequence of await listSequences(client)) {
    const { rows } = await client.query(
      `SELECT last_value::text AS last_value, is_called FROM ${qualified(sequence)}`,
    );
    values.push({ ...sequence, lastValue: rows[0].last_value, isCalled: rows[0].is_called });
  }
  return values;
}

/** pg-boss keeps each queue's jobs in a partition made by create_queue(); restore makes them again first. */
async function jobQueues(client, tables) {
  if (!tables.some((table) => table.schema === 'pgboss' && table.name === 'queue')) return [];
  const { rows } = await client.query('SELECT name FROM pgboss.queue ORDER BY name');
  return rows.map((row) => row.name);
}

async function writeArchive(dir, files, out) {
  const partial = `${out}.partial`;
  async function* entries() {
    for (const file of files) {
      const full = path.join(dir, file);
      const { size } = fs.statSync(full);
      yield tarHeader(file, size);
      yield* fs.createReadStream(full);
      yield padding(size);
    }
    yield END_OF_ARCHIVE;
  }
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  try {
    await pipeline(entries, createGzip(), fs.createWriteStream(partial, { mode: 0o600 }));
    fs.renameSync(partial, out);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}
