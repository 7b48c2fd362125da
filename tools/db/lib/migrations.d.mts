import type { DataSource, DataSourceOptions, MigrationInterface } from 'typeorm';

type MigrationClass = new () => MigrationInterface;

export function selectMigrations(allMigrations: MigrationClass[], names: string[]): MigrationClass[];
export function migrator(platform: {
  allMigrations: MigrationClass[];
  dataSourceOptions: (settings: {
    url: string;
    poolSize: number;
    migrations: MigrationClass[];
    applicationName?: string;
  }) => DataSourceOptions;
  runMigrations: (dataSource: DataSource) => Promise<unknown>;
  DataSource: typeof DataSource;
}): (url: string, names: string[]) => Promise<void>;
