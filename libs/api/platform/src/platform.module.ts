import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { AccessGuard } from './access/access.guard';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent } from './audit/audit-event.entity';
import { AuditSubscriber } from './audit/audit.subscriber';
import { AuditWriter } from './audit/audit-writer';
import { AppConfig } from './config/app-config';
import { EtagInterceptor } from './concurrency/etag.interceptor';
import { dataSourceOptions, MigrationClass } from './database/data-source-options';
import { MigrationsOnBoot } from './database/migrations-on-boot';
import { TransactionInterceptor } from './database/transaction.interceptor';
import { TransactionalConnection } from './database/transactional-connection';
import { DemoDataRunner } from './demo-data/demo-data.runner';
import { ProblemFilter } from './errors/problem.filter';
import { createValidationPipe } from './errors/validation';
import { HealthController } from './health/health.controller';
import { Lifecycle } from './health/lifecycle';

export interface PlatformOptions {
  /** Every domain's migrations, in any order (they are ordered by their timestamps). */
  migrations: MigrationClass[];
}

/**
 * The shared kernel every domain module stands on: configuration, the database and its transactions,
 * validation, problem+json errors, ETags, health and demo data. Global, so a domain injects
 * `TransactionalConnection` or `AppConfig` without importing anything but the class.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        DiscoveryModule,
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions({
              url: config.databaseUrl,
              poolSize: config.dbPoolSize,
              migrations: options.migrations,
            }),
            autoLoadEntities: true,
            retryAttempts: 5,
            retryDelay: 2000,
          }),
        }),
        TypeOrmModule.forFeature([AuditEvent]),
      ],
      controllers: [HealthController],
      providers: [
        { provide: AppConfig, useValue: config },
        Lifecycle,
        TransactionalConnection,
        AuditWriter,
        AuditSubscriber,
        MigrationsOnBoot,
        DemoDataRunner,
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: TransactionInterceptor },
        { provide: APP_INTERCEPTOR, useClass: EtagInterceptor },
      ],
      exports: [AppConfig, Lifecycle, TransactionalConnection, AuditWriter],
    };
  }
}
