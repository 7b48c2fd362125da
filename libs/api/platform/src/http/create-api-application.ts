import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/app-config';
import { setupOpenApi } from '../openapi/setup-openapi';
import { serveAdminConsole } from './admin-console';
import { createFastifyAdapter } from './fastify-adapter';
import { createRootLogger, PinoNestLogger } from './logger';
import fastifyMultipart from '@fastify/multipart';
import { applySecurityHeaders } from './security-headers';

export const API_PREFIX = 'api/v1';

/**
 * Builds the whole HTTP application around a root module, the same way for `npm start`, production and the
 * e2e tests, so tests exercise exactly what ships. The caller decides whether to listen.
 */
export async function createApiApplication(
  rootModule: unknown,
  config: AppConfig,
): Promise<NestFastifyApplication> {
  const logger = createRootLogger(config);
  const app = await NestFactory.create<NestFastifyApplication>(
    rootModule as never,
    createFastifyAdapter(config, logger),
    // Fastify's own JSON parser is the only one: no urlencoded or text bodies reach our handlers (415).
    { logger: new PinoNestLogger(logger), abortOnError: false, bodyParser: false },
  );
  await applySecurityHeaders(app, config);
  // Uploads are the one non-JSON body: one file per request, within the configured size.
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.uploadLimitBytes, files: 1, fields: 10, parts: 11 },
  });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready'] });
  setupOpenApi(app);
  if (config.adminDistDir) await serveAdminConsole(app, config.adminDistDir);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
