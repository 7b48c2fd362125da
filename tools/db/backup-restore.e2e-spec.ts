import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { ApprovalsModule } from '@zhanggui/api-approvals';
import { CatalogModule } from '@zhanggui/api-catalog';
import { FinanceModule } from '@zhanggui/api-finance';
import { IdentityModule } from '@zhanggui/api-identity';
import { InventoryModule } from '@zhanggui/api-inventory';
import { OrdersModule } from '@zhanggui/api-orders';
import { createTestApp, TestApp, withAdminClient, withDatabase } from '@zhanggui/api-platform/testing';
import { ProcurementModule } from '@zhanggui/api-procurement';
import { allMigrations } from '../../apps/api/src/app.migrations';
import { dataSourceOptions } from '../../libs/api/platform/src/database/data-source-options';
import { runMigrations } from '../../libs/api/platform/src/database/migration-runner';
import { backupDatabase } from './lib/backup.mjs';
import type { BackupManifest } from './lib/manifest.mjs';
import { listSequences, listTables, qualified } from './lib/catalog.mjs';
import { migrator } from './lib/migrations.mjs';
import { restoreDatabase } from './lib/restore.mjs';

// The round trip of `npm run db:backup` / `db:restore` on a database holding the demo company (orders, stock,
// purchasing, a month of posted books): every table's row count, the migrations, the sequences and the
// ledger's totals must come back the same in a database that started empty.
// A restore runs the 24 migrations and loads ~170 tables: about 5 s alone, several times that on a busy
// two-core machine, beyond Jest's 30 s default.
const RESTORE_TIMEOUT_MS = 90_000;

describe('database backup and restore', () => {
  let t: TestApp;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-backup-test-'));
  const file = path.join(work, 'backup.tar.gz');
  const migrate = migrator({ allMigrations, dataSourceOptions, runMigrations, DataSource });
  const made: string[] = [];
  const roles: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({
      imports: [
        IdentityModule,
        ApprovalsModule,
        CatalogModule,
        InventoryModule,
        ProcurementModule,
        OrdersModule,
        FinanceModule,
      ],
      config: { demoData: true },
    });
  }, 60_000);

  afterAll(async () => {
    await t.close();
    for (const url of made) await dropDatabase(url);
    for (const role of roles)
      await withAdminClient(withDatabase(t.database.url, 'postgres'), (admin) =>
        admin.query(`DROP ROLE ${role}`),
      );
    fs.rmSync(work, { recursive: true, force: true });
  });

  /** An empty database on the test server: no template, so not even the migrations. */
  async function emptyDatabase(): Promise<string> {
    const name = `zhanggui_restore_${randomBytes(5).toString('hex')}`;
    await withAdminClient(withDatabase(t.database.url, 'postgres'), (admin) =>
      admin.query(`CREATE DATABASE ${name}`),
    );
    const url = withDatabase(t.database.url, name);
    made.push(url);
    return url;
  }

  it(
    'restores every table, the migrations, the sequences and the ledger totals into an empty database',
    async () => {
      const manifest = await backupDatabase({ url: t.database.url, out: file });
      expect(manifest.tables.length).toBeGreaterThan(50);
      const target = await emptyDatabase();

      await restoreDatabase({ url: target, file, migrate });

      const before = await snapshot(t.database.url);
      const after = await snapshot(target);
      expect(after.rowCounts).toEqual(before.rowCounts);
      expect(after.migrations).toEqual(before.migrations);
      expect(after.sequences).toEqual(before.sequences);
      expect(after.ledger).toEqual(before.ledger);
      // The demo company's books are not empty and balance: a restore of nothing would prove nothing.
      expect(before.ledger.debit).toBeGreaterThan(0);
      expect(before.ledger.debit).toBe(before.ledger.credit);
      expect(before.rowCounts['"public"."customer"']).toBeGreaterThan(0);
      expect(before.rowCounts['"public"."journal_entry"']).toBeGreaterThan(0);
      for (const table of manifest.tables) expect(after.rowCounts[qualified(table)]).toBe(table.rows);

      // Not only as many rows: the same bytes. A backup of the restored database copies out identical tables.
      const again = await backupDatabase({ url: target, out: path.join(work, 'again.tar.gz') });
      const digests = (m: BackupManifest) =>
        Object.fromEntries(m.tables.map((table) => [qualified(table), table.sha256]));
      expect(digests(again)).toEqual(digests(manifest));
    },
    RESTORE_TIMEOUT_MS,
  );

  it(
    'refuses a database that already holds anything unless forced, and then replaces all of it',
    async () => {
      const target = await emptyDatabase();
      await withClient(target, (client) =>
        client.query('CREATE TABLE stray (id int); INSERT INTO stray VALUES (1)'),
      );
      await expect(restoreDatabase({ url: target, file, migrate })).rejects.toThrow(/not empty.*--force/s);

      await restoreDatabase({ url: target, file, migrate, force: true });
      const source = await snapshot(t.database.url);
      const restored = await snapshot(target);
      expect(restored.rowCounts).toEqual(source.rowCounts);
      expect(restored.rowCounts['"public"."stray"']).toBeUndefined();
      expect(restored.ledger).toEqual(source.ledger);
    },
    RESTORE_TIMEOUT_MS,
  );

  it(
    'restores as the owner of the database without superuser rights, as on a managed database',
    async () => {
      const admin = withDatabase(t.database.url, 'postgres');
      const mayCreateRoles = await withAdminClient(admin, async (client) => {
        const { rows } = await client.query(
          'SELECT rolsuper OR rolcreaterole AS yes FROM pg_roles WHERE rolname = current_user',
        );
        return rows[0].yes as boolean;
      });
      if (!mayCreateRoles) return; // a TEST_DATABASE_URL without CREATEROLE cannot play this
      const role = `zhanggui_owner_${randomBytes(4).toString('hex')}`;
      const password = randomBytes(12).toString('hex');
      const name = `zhanggui_restore_${randomBytes(5).toString('hex')}`;
      await withAdminClient(admin, async (client) => {
        await client.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
        await client.query(`CREATE DATABASE ${name} OWNER ${role}`);
      });
      roles.push(role);
      made.push(withDatabase(t.database.url, name));
      const url = new URL(withDatabase(t.database.url, name));
      url.username = role;
      url.password = password;

      await restoreDatabase({ url: url.toString(), file, migrate });

      const source = await snapshot(t.database.url);
      const restored = await snapshot(url.toString());
      expect(restored.rowCounts).toEqual(source.rowCounts);
      expect(restored.ledger).toEqual(source.ledger);
      // The triggers switched off for the load are on again: posted entries are still immutable.
      await expect(
        withClient(url.toString(), (client) => client.query('DELETE FROM journal_line')),
      ).rejects.toThrow(/immutable/);
    },
    RESTORE_TIMEOUT_MS,
  );

  it('loads nothing from a damaged backup', async () => {
    const damaged = path.join(work, 'damaged.tar.gz');
    const bytes = fs.readFileSync(file);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    fs.writeFileSync(damaged, bytes);
    const target = await emptyDatabase();

    await expect(restoreDatabase({ url: target, file: damaged, migrate })).rejects.toThrow();
    const tables = await withClient(target, (client) => listTables(client));
    expect(tables).toEqual([]);
  });
});

interface Snapshot {
  rowCounts: Record<string, number>;
  migrations: string[];
  sequences: Record<string, string>;
  ledger: { debit: number; credit: number; lines: number; accounts: Record<string, number> };
}

async function snapshot(url: string): Promise<Snapshot> {
  return withClient(url, async (client) => {
    const rowCounts: Record<string, number> = {};
    for (const table of await listTables(client)) {
      const { rows } = await client.query(`SELECT count(*)::int AS count FROM ${qualified(table)}`);
      rowCounts[qualified(table)] = rows[0].count;
    }
    const sequences: Record<string, string> = {};
    for (const sequence of await listSequences(client)) {
      const { rows } = await client.query(`SELECT last_value::text AS value FROM ${qualified(sequence)}`);
      sequences[qualified(sequence)] = rows[0].value;
    }
    const migrations = (await client.query('SELECT name FROM schema_migration ORDER BY timestamp')).rows.map(
      (row) => row.name as string,
    );
    const totals = await client.query(
      `SELECT coalesce(sum(debit), 0)::bigint::text AS debit, coalesce(sum(credit), 0)::bigint::text AS credit,
              count(*)::int AS lines
       FROM journal_line WHERE posted`,
    );
    // Per-account balances too: equal sums could hide lines moved between accounts.
    const balances = await client.query(
      `SELECT account_id, sum(debit - credit)::bigint::text AS balance
       FROM journal_line WHERE posted GROUP BY account_id`,
    );
    return {
      rowCounts,
      migrations,
      sequences,
      ledger: {
        debit: Number(totals.rows[0].debit),
        credit: Number(totals.rows[0].credit),
        lines: totals.rows[0].lines,
        accounts: Object.fromEntries(balances.rows.map((row) => [row.account_id, Number(row.balance)])),
      },
    };
  });
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function dropDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await withAdminClient(withDatabase(url, 'postgres'), (admin) =>
    admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  );
}
