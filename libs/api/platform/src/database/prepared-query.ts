import type { Pool } from 'pg';
import { QueryFailedError } from 'typeorm';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** A statement PostgreSQL parses and plans once per connection: a constant name for one constant text. */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

/**
 * Runs a named (prepared) statement on the pool, outside any transaction, like `dataSource.query`. For the
 * statements every request runs (the caller's lookup, the rate-limit counter): TypeORM sends text only, so
 * PostgreSQL parsed and planned them anew each time. Still reported to TypeORM's logger, so logging and
 * statement counts see it as before.
 */
export async function preparedQuery<T>(
  dataSource: DataSource,
  statement: PreparedStatement,
  values: unknown[],
): Promise<T[]> {
  dataSource.logger.logQuery(statement.text, values);
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  try {
    const result = await pool.query({ name: statement.name, text: statement.text, values });
    return result.rows as T[];
  } catch (error) {
    // As TypeORM reports a failed statement, so the error mapping treats both alike.
    throw new QueryFailedError(statement.text, values, error as Error);
  }
}
