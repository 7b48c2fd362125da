import { Logger as NestLogger } from '@nestjs/common';
import type { Logger, QueryRunner } from 'typeorm';

/** TypeORM's log lines through the application logger: failed and slow queries only, never parameters. */
export class TypeOrmPinoLogger implements Logger {
  private readonly logger = new NestLogger('Database');

  logQuery(): void {
    // Every query would drown the log; pg_stat_statements is the place to study queries.
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.debug(
      `Query failed: ${error instanceof Error ? error.message : error} -- ${truncate(query)}`,
    );
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Slow query (${time} ms): ${truncate(query)}`);
  }

  logSchemaBuild(): void {
    // The schema comes from migrations only (logMigration).
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown, _queryRunner?: QueryRunner): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}

function truncate(query: string): string {
  return query.length > 500 ? `${query.slice(0, 500)}…` : query;
}
