import type { DataSource, Migration } from 'typeorm';

/** An arbitrary but fixed key: every API replica takes the same advisory lock before migrating. */
const MIGRATION_LOCK_KEY = 7_246_813_001;

/**
 * Runs pending migrations, all in one transaction, while holding a PostgreSQL advisory lock, so several API
 * replicas starting at once migrate exactly once and the others wait, then find nothing to do.
 */
export async function runMigrations(dataSource: DataSource): Promise<Migration[]> {
  // Holds one pooled connection while migrating on another: the pool needs at least two.
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockRunner.release();
  }
}
