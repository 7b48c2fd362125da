import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, MigrationClass } from '../database/data-source-options';
import { EmbeddedPostgres } from '../database/embedded/embedded-postgres';
import { runMigrations } from '../database/migration-runner';

/** How the test run's server reaches the test files: Jest workers inherit the environment of globalSetup. */
const SERVER_URL_VARIABLE = 'ZHANGGUI_TEST_SERVER_URL';
const RUN_ID_VARIABLE = 'ZHANGGUI_TEST_RUN_ID';
const TEMPLATE_LOCK_KEY = 7_246_813_002;

export interface TestDatabaseServer {
  stop(): Promise<void>;
}

/**
 * Once per test run (Jest globalSetup): a PostgreSQL server — TEST_DATABASE_URL, or a throwaway embedded
 * cluster with fsync off. Test files then clone a migrated template database (see createTestDatabase),
 * which takes milliseconds, so files run in parallel, each on data of its own.
 */
export async function startTestDatabaseServer(): Promise<TestDatabaseServer> {
  const runId = randomBytes(4).toString('hex');
  process.env[RUN_ID_VARIABLE] = runId;
  if (process.env.TEST_DATABASE_URL) {
    const serverUrl = process.env.TEST_DATABASE_URL;
    process.env[SERVER_URL_VARIABLE] = serverUrl;
    return {
      stop: () =>
        withAdminClient(serverUrl, (admin) =>
          admin.query(`DROP DATABASE IF EXISTS ${templateName(runId)} WITH (FORCE)`),
        ).then(() => undefined),
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-test-'));
  fs.chmodSync(dataDir, 0o755);
  const server = await EmbeddedPostgres.start({ dataDir, throwaway: true });
  process.env[SERVER_URL_VARIABLE] = server.url('postgres');
  return {
    stop: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let migrationsProvider: (() => Promise<MigrationClass[]>) | undefined;

/** Called from Jest's setup file with every domain's migrations (the platform cannot import the domains). */
export function registerTestMigrations(provider: () => Promise<MigrationClass[]>): void {
  migrationsProvider = provider;
}

/** A fresh database for one test file, cloned from the migrated template. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env[SERVER_URL_VARIABLE];
  const runId = process.env[RUN_ID_VARIABLE];
  if (!serverUrl || !runId) {
    throw new Error(
      'No test database server: run the tests with `npm run test:api` (its globalSetup starts one).',
    );
  }
  const template = await ensureTemplate(serverUrl, templateName(runId));
  const name = `zhanggui_test_${runId}_${randomBytes(5).toString('hex')}`;
  await withAdminClient(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    url: withDatabase(serverUrl, name),
    drop: async () => {
      await withAdminClient(serverUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}

/** The first test file to get here migrates the template; the others wait on the lock, then find it made. */
async function ensureTemplate(serverUrl: string, template: string): Promise<string> {
  await withAdminClient(serverUrl, async (admin) => {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount) return;
      if (!migrationsProvider)
        throw new Error('No migrations registered for the test template (see jest setup).');
      const migrations = await migrationsProvider();
      await admin.query(`CREATE DATABASE ${template}`);
      const dataSource = new DataSource(
        dataSourceOptions({ url: withDatabase(serverUrl, template), poolSize: 2, migrations }),
      );
      await dataSource.initialize();
      try {
        await runMigrations(dataSource);
      } catch (error) {
        await dataSource.destroy();
        await admin.query(`DROP DATABASE ${template}`);
        throw error;
      }
      await dataSource.destroy();
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  });
  return template;
}

function templateName(runId: string): string {
  return `zhanggui_template_${runId}`;
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(
  serverUrl: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const { Client: PgClient } = await import('pg');
  const client = new PgClient({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
