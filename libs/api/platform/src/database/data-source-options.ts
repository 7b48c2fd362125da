import type { DataSourceOptions, MigrationInterface } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { TypeOrmPinoLogger } from './typeorm-logger';

export type MigrationClass = new () => MigrationInterface;

export interface DatabaseSettings {
  url: string;
  poolSize: number;
  migrations: MigrationClass[];
  applicationName?: string;
}

/**
 * The TypeORM settings shared by the API, the migration runner and the test harness. `synchronize` is off
 * everywhere, tests included: the schema comes only from committed migrations.
 */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    synchronize: false,
    migrationsRun: false,
    migrations: settings.migrations,
    migrationsTableName: 'schema_migration',
    namingStrategy: new SnakeNamingStrategy(),
    logger: new TypeOrmPinoLogger(),
    maxQueryExecutionTime: 1000,
    extra: {
      max: settings.poolSize,
      application_name: settings.applicationName ?? 'zhanggui-api',
      connectionTimeoutMillis: 5000,
      // A request that holds a connection must not hold it forever: 30 s is far beyond any real statement.
      statement_timeout: 30000,
      idle_in_transaction_session_timeout: 60000,
    },
  };
}
