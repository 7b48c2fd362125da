import type { S3Location } from '../storage/s3-file-storage';
import type { LOG_LEVELS, NODE_ENVS } from './environment-variables';

/**
 * The validated configuration, injected wherever a setting is needed (never read `process.env` elsewhere).
 * `databaseUrl` is filled in at boot: from `DATABASE_URL`, or from the embedded server when that is unset.
 */
export class AppConfig {
  nodeEnv!: (typeof NODE_ENVS)[number];
  port!: number;
  host!: string;
  databaseUrl!: string;
  /** True when `DATABASE_URL` was unset and the API runs its own embedded PostgreSQL. */
  embeddedDatabase!: boolean;
  dataDir!: string;
  /** Uploaded files (product images…): `<DATA_DIR>/uploads` unless UPLOADS_DIR says otherwise. */
  uploadsDir!: string;
  /** An S3-compatible bucket for uploads instead of uploadsDir (S3_BUCKET and friends); unset: the folder. */
  s3?: S3Location;
  /** Largest accepted upload, in bytes. */
  uploadLimitBytes!: number;
  adminPassword?: string;
  /** Signs access tokens; unset, a key is made once and kept in the database (shared by replicas). */
  jwtSecret?: string;
  /** Encrypts personal data at rest (AES-256-GCM); unset, a key is made once and kept in the database. */
  piiEncryptionKey?: string;
  /** Browser origins allowed to call the API cross-site (the console itself is same-origin). */
  corsOrigins!: string[];
  /** Which X-Forwarded-For hops to believe for the client address (rate limits, sign-in throttling). */
  trustProxy!: boolean | number | string[];
  logLevel!: (typeof LOG_LEVELS)[number];
  dbPoolSize!: number;
  bodyLimitBytes!: number;
  demoData!: boolean;
  migrationsRun!: boolean;
  adminDistDir?: string;
  shutdownTimeoutMs!: number;
  /** Hosts webhooks may reach even though they are private or local (an internal ERP on purpose). */
  webhookAllowedHosts!: string[];
  /** Requests per minute per user, API key or (unauthenticated) client address, across replicas. */
  rateLimitPerMinute!: number;
  /** Whether this process works background jobs (it always can enqueue them). */
  jobWorkers!: boolean;
  /** How often idle workers look for new jobs. */
  jobPollSeconds!: number;
  /** When set, the first retry delay of every queue (they keep their backoff); else each queue's own. */
  jobRetryDelaySeconds?: number;
}
