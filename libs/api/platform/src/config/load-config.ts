import path from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AppConfig } from './app-config';
import { EnvironmentVariables } from './environment-variables';

const SECRET_VARIABLES = new Set([
  'ADMIN_PASSWORD',
  'DATABASE_URL',
  'JWT_SECRET',
  'PII_ENCRYPTION_KEY',
  'S3_SECRET_ACCESS_KEY',
]);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment. Unknown variables are ignored (the environment holds much else);
 * every known one must be valid. Empty strings count as unset so `.env` lines like `DATABASE_URL=` work.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Omit<AppConfig, 'databaseUrl'> & {
  databaseUrl?: string;
} {
  const given: Record<string, string> = Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
    ),
  );
  const vars = plainToInstance(EnvironmentVariables, given, { exposeDefaultValues: true });
  const errors = validateSync(vars, { whitelist: true, forbidUnknownValues: true });
  // Every problem at once, so a broken .env is fixed in one go rather than one variable per restart.
  const problems = [
    ...errors.map((e) => {
      const shown = SECRET_VARIABLES.has(e.property) ? '(hidden)' : JSON.stringify(given[e.property]);
      return `${e.property} ${Object.values(e.constraints ?? {})[0] ?? 'is invalid'} (got ${shown})`;
    }),
    ...s3SettingProblems(vars),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
  const embeddedDatabase = !vars.DATABASE_URL;
  return {
    nodeEnv: vars.NODE_ENV,
    port: vars.PORT,
    host: vars.HOST,
    databaseUrl: vars.DATABASE_URL,
    embeddedDatabase,
    dataDir: path.resolve(vars.DATA_DIR),
    uploadsDir: path.resolve(vars.UPLOADS_DIR ?? path.join(vars.DATA_DIR, 'uploads')),
    s3: vars.S3_BUCKET
      ? {
          endpoint: vars.S3_ENDPOINT!,
          bucket: vars.S3_BUCKET,
          region: vars.S3_REGION,
          credentials: { accessKeyId: vars.S3_ACCESS_KEY_ID!, secretAccessKey: vars.S3_SECRET_ACCESS_KEY! },
        }
      : undefined,
    uploadLimitBytes: vars.UPLOAD_LIMIT_BYTES,
    adminPassword: vars.ADMIN_PASSWORD,
    jwtSecret: vars.JWT_SECRET,
    piiEncryptionKey: vars.PII_ENCRYPTION_KEY,
    trustProxy: parseTrustProxy(vars.TRUST_PROXY),
    corsOrigins: vars.CORS_ORIGINS ? vars.CORS_ORIGINS.split(',').map((origin) => origin.trim()) : [],
    logLevel: vars.LOG_LEVEL,
    dbPoolSize: vars.DB_POOL_SIZE,
    bodyLimitBytes: vars.BODY_LIMIT_BYTES,
    // Demo data is for the zero-setup start; a real server (DATABASE_URL given) only gets it when asked.
    demoData: vars.DEMO_DATA ?? embeddedDatabase,
    migrationsRun: vars.MIGRATIONS_RUN,
    adminDistDir: path.resolve(vars.ADMIN_DIST_DIR ?? 'dist/admin'),
    shutdownTimeoutMs: vars.SHUTDOWN_TIMEOUT_MS,
    rateLimitPerMinute: vars.RATE_LIMIT_PER_MINUTE,
    webhookAllowedHosts: vars.WEBHOOK_ALLOWED_HOSTS
      ? vars.WEBHOOK_ALLOWED_HOSTS.split(',').map((host) => host.trim())
      : [],
    jobWorkers: vars.JOBS_WORKERS,
    jobPollSeconds: vars.JOBS_POLL_SECONDS,
    jobRetryDelaySeconds: vars.JOBS_RETRY_DELAY_SECONDS,
  };
}

const S3_REQUIRED = ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

/** Uploads go to a bucket only when S3_BUCKET is set, and then the bucket needs all of its settings. */
function s3SettingProblems(vars: EnvironmentVariables): string[] {
  if (vars.S3_BUCKET) {
    return S3_REQUIRED.filter((name) => !vars[name]).map(
      (name) => `${name} is required when S3_BUCKET is set`,
    );
  }
  return S3_REQUIRED.filter((name) => vars[name]).map(
    (name) => `${name} is set but S3_BUCKET is not (uploads would silently stay on local disk)`,
  );
}

function parseTrustProxy(value: string | undefined): boolean | number | string[] {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((entry) => entry.trim());
}
