import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { AccessGuard } from './access/access.guard';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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
import { DocumentNumbers } from './documents/document-numbers';
import { GappedDocumentNumbers } from './documents/gapped-document-numbers';
import { NumberSequenceCleanup } from './documents/number-sequence-cleanup';
import { EventBus } from './events/event-bus';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { JobQueue } from './jobs/job-queue';
import { PostgresThrottlerStorage } from './rate-limit/postgres-throttler.storage';
import { FileStorage } from './storage/file-storage';
import { LocalFileStorage } from './storage/local-file-storage';
import { S3FileStorage } from './storage/s3-file-storage';
import { AnonymousBudget } from './rate-limit/anonymous-budget';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { ProblemFilter } from './errors/problem.filter';
import { createValidationPipe } from './errors/validation';
import { HealthController } from './health/health.controller';
import { WorkCalendarDay } from './work-calendar/work-calendar-day.entity';
import { WorkCalendarService } from './work-calendar/work-calendar.service';
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
        TypeOrmModule.forFeature([AuditEvent, WorkCalendarDay]),
        ThrottlerModule.forRootAsync({
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => ({
            throttlers: [
              { name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute, blockDuration: 60_000 },
            ],
            storage: new PostgresThrottlerStorage(dataSource),
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: AppConfig, useValue: config },
        {
          provide: FileStorage,
          useValue: config.s3 ? new S3FileStorage(config.s3) : new LocalFileStorage(config.uploadsDir),
        },
        Lifecycle,
        TransactionalConnection,
        AuditWriter,
        AuditSubscriber,
        JobQueue,
        EventBus,
        DocumentNumbers,
        GappedDocumentNumbers,
        NumberSequenceCleanup,
        WorkCalendarService,
        MigrationsOnBoot,
        DemoDataRunner,
        AnonymousBudget,
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
        // Order matters: the access guard finds the caller, the rate limit counts per caller. Refused sign-ins
        // never reach the rate limit, so the access guard charges them to the address (AnonymousBudget).
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        // Outermost first: the transaction wraps everything, so an idempotent response is stored with its changes.
        { provide: APP_INTERCEPTOR, useClass: TransactionInterceptor },
        { provide: APP_INTERCEPTOR, useClass: EtagInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
      exports: [
        AppConfig,
        Lifecycle,
        TransactionalConnection,
        AuditWriter,
        JobQueue,
        EventBus,
        DocumentNumbers,
        GappedDocumentNumbers,
        WorkCalendarService,
        FileStorage,
      ],
    };
  }
}
