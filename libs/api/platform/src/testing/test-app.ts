import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DynamicModule, Module, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { createApiApplication } from '../http/create-api-application';
import { PlatformModule } from '../platform.module';
import { createTestDatabase } from './test-database-server';

export interface TestApp {
  app: NestFastifyApplication;
  /** supertest bound to the app's HTTP server, sending `Authorization: <auth>` when given. */
  http: (auth?: string) => ReturnType<typeof supertest.agent>;
  dataSource: DataSource;
  config: AppConfig;
  /** This file's database; pass it to another createTestApp to play a restart on the same data. */
  database: TestDatabase;
  close(options?: { keepDatabase?: boolean }): Promise<void>;
}

export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

export interface TestAppOptions {
  /** The domain modules under test (the platform is always there). */
  imports?: Type<unknown>[];
  /** Or a whole root module (the app's own `AppModule.forRoot`), which brings the platform itself. */
  root?: (config: AppConfig) => DynamicModule;
  config?: Partial<AppConfig>;
  /** Reuse a database from an earlier app (a restart), instead of cloning a fresh one. */
  database?: TestDatabase;
}

function testRootModule(config: AppConfig, options: TestAppOptions): Type<unknown> {
  @Module({ imports: [PlatformModule.forRoot(config, { migrations: [] }), ...(options.imports ?? [])] })
  class TestRootModule {}
  return TestRootModule;
}

/** The first administrator's password in every test app (`admin`). */
export const TEST_ADMIN_PASSWORD = 'test-admin-password-1';

export function testConfig(databaseUrl: string, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    nodeEnv: 'test',
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    embeddedDatabase: false,
    dataDir: '/nonexistent',
    // Each test app writes uploads to a folder of its own.
    uploadsDir: fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-uploads-')),
    uploadLimitBytes: 2 * 1024 * 1024,
    logLevel: (process.env.TEST_LOG_LEVEL as AppConfig['logLevel']) ?? 'silent',
    dbPoolSize: 5,
    bodyLimitBytes: 1048576,
    demoData: false,
    corsOrigins: [],
    // Tests speak for many clients through X-Forwarded-For.
    trustProxy: true,
    adminPassword: TEST_ADMIN_PASSWORD,
    // The template database already holds every migration.
    migrationsRun: false,
    shutdownTimeoutMs: 5000,
    rateLimitPerMinute: 100000,
    // Test receivers listen on this machine; every other private address stays refused.
    webhookAllowedHosts: ['127.0.0.1'],
    jobWorkers: true,
    jobPollSeconds: 0.5,
    jobRetryDelaySeconds: 1,
    ...overrides,
  };
}

/**
 * The real application (Fastify, pipes, filters, interceptors, TypeORM) on a database of this test file's
 * own, cloned from the migrated template. Nothing is mocked: tests speak HTTP to what ships.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = testConfig(database.url, options.config);

  const app = await createApiApplication(
    options.root ? options.root(config) : testRootModule(config, options),
    config,
  );
  return {
    app,
    http: (auth?: string) => {
      const agent = supertest.agent(app.getHttpServer());
      return auth ? agent.set('Authorization', auth) : agent;
    },
    dataSource: app.get(DataSource),
    config,
    database,
    close: async ({ keepDatabase = false } = {}) => {
      await app.close();
      if (!keepDatabase) await database.drop();
    },
  };
}
