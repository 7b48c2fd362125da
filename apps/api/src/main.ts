import 'reflect-metadata';
import fs from 'node:fs';
import { FirstAdministrator } from '@zhanggui/api-identity';
import {
  AppConfig,
  ConfigError,
  createApiApplication,
  EmbeddedPostgres,
  isDatabaseUnavailableError,
  Lifecycle,
  loadConfig,
} from '@zhanggui/api-platform';
import { AppModule } from './app.module';

/**
 * Boot: validate the configuration, start the embedded PostgreSQL when no DATABASE_URL is given, build the
 * application (migrations and demo data run during init), listen, and drain gracefully on SIGTERM/SIGINT.
 */
async function main(): Promise<void> {
  survivesDatabaseOutages();
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const settings = loadConfig();

  let embedded: EmbeddedPostgres | undefined;
  if (!settings.databaseUrl) {
    embedded = await EmbeddedPostgres.start({ dataDir: settings.dataDir, log: (line) => console.log(line) });
  }
  const config: AppConfig = { ...settings, databaseUrl: settings.databaseUrl ?? embedded!.url() };

  try {
    const app = await createApiApplication(AppModule.forRoot(config), config);
    await app.listen({ port: config.port, host: config.host });
    announce(config, app.get(FirstAdministrator).outcome);
    handleShutdownSignals(async () => {
      app.get(Lifecycle).beginShutdown();
      await app.close();
      await embedded?.stop();
    }, config.shutdownTimeoutMs);
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}

function announce(config: AppConfig, admin: FirstAdministrator['outcome']): void {
  const base = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${config.port}`;
  console.log(
    [
      '',
      `  Zhanggui (掌柜) is up: ${base}/`,
      `  API documentation:   ${base}/api/docs`,
      `  Database:            ${config.embeddedDatabase ? `embedded PostgreSQL, data in ${config.dataDir}` : 'DATABASE_URL'}`,
      ...(config.demoData ? ['  Demo data:           loaded (a clearly fake company)'] : []),
      `  Sign in:             ${adminLogin(admin)}`,
      '',
    ].join('\n'),
  );
}

function adminLogin(admin: FirstAdministrator['outcome']): string {
  if (!admin) return 'admin';
  if (!admin.created) return `${admin.username} (password set at its first start)`;
  if (admin.generatedPassword) {
    return `${admin.username} / ${admin.generatedPassword}   <- generated now and shown only this once; set ADMIN_PASSWORD to choose it`;
  }
  return `${admin.username} / the ADMIN_PASSWORD you set`;
}

/**
 * pg-boss 10 marks a finished job completed (or failed) without awaiting it: while the database is away that
 * statement's rejection is unhandled, and Node would end the process — the API must instead wait for the
 * database, as its readiness says (the job stays active and pg-boss reruns it after it expires). Any other
 * unhandled rejection still ends the process, as Node's default does.
 */
function survivesDatabaseOutages(): void {
  process.on('unhandledRejection', (reason) => {
    if (!isDatabaseUnavailableError(reason)) throw reason;
    console.error(
      'Database unavailable (a background statement failed; it will be retried):',
      String(reason),
    );
  });
}

function handleShutdownSignals(shutdown: () => Promise<void>, timeoutMs: number): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing in-flight requests, then stopping`);
    setTimeout(() => {
      console.error(`Shutdown took longer than ${timeoutMs} ms; exiting anyway`);
      process.exit(1);
    }, timeoutMs).unref();
    shutdown().then(
      () => process.exit(0),
      (error) => {
        console.error('Shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
