import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
const toBoolean = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const normalised = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(normalised)) return true;
  if (['false', '0', 'no', 'off'].includes(normalised)) return false;
  return value;
};

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Every environment variable the API reads, with its rule. `.env.example` lists the same names with their
 * defaults; a test keeps the two in step. Validated once at boot (see load-config.ts): a bad value stops the
 * process with a message naming the variable, instead of failing later in some unrelated place.
 */
export class EnvironmentVariables {
  @IsOptional()
  @IsIn(NODE_ENVS)
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer from 1 to 65535' })
  @Min(1, { message: 'must be an integer from 1 to 65535' })
  @Max(65535, { message: 'must be an integer from 1 to 65535' })
  PORT = 3000;

  @IsOptional()
  @IsString()
  @MinLength(1)
  HOST = 'localhost';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// or postgresql:// connection URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  DATA_DIR = './.data';

  @IsOptional()
  @IsString()
  @MinLength(1)
  UPLOADS_DIR?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer number of bytes from 1024 to 104857600' })
  @Min(1024, { message: 'must be an integer number of bytes from 1024 to 104857600' })
  @Max(104857600, { message: 'must be an integer number of bytes from 1024 to 104857600' })
  UPLOAD_LIMIT_BYTES = 10485760;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'must be an http:// or https:// URL' })
  S3_ENDPOINT?: string;

  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    message: 'must be a bucket name (3–63 of a-z, 0-9, . and -)',
  })
  S3_BUCKET?: string;

  @IsOptional()
  @Matches(/^[a-z0-9-]+$/, { message: 'must be a region name such as cn-north-1 or us-east-1' })
  S3_REGION = 'us-east-1';

  @IsOptional()
  @IsString()
  @MinLength(1)
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  S3_SECRET_ACCESS_KEY?: string;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'must be at least 12 characters long' })
  ADMIN_PASSWORD?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters long' })
  JWT_SECRET?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters long' })
  PII_ENCRYPTION_KEY?: string;

  @IsOptional()
  @Matches(/^(https?:\/\/[^\s,]+)(\s*,\s*https?:\/\/[^\s,]+)*$/, {
    message: 'must be a comma-separated list of origins such as https://shop.example.com',
  })
  CORS_ORIGINS?: string;

  @IsOptional()
  @Matches(/^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, {
    message:
      'must be true, false, a number of proxy hops, or a comma-separated list of proxy addresses/CIDRs',
  })
  TRUST_PROXY?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9.:_-]+(\s*,\s*[A-Za-z0-9.:_-]+)*$/, {
    message: 'must be a comma-separated list of host names or addresses',
  })
  WEBHOOK_ALLOWED_HOSTS?: string;

  @IsOptional()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer from 1 to 200' })
  @Min(1, { message: 'must be an integer from 1 to 200' })
  @Max(200, { message: 'must be an integer from 1 to 200' })
  DB_POOL_SIZE = 10;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer number of bytes from 1024 to 104857600' })
  @Min(1024, { message: 'must be an integer number of bytes from 1024 to 104857600' })
  @Max(104857600, { message: 'must be an integer number of bytes from 1024 to 104857600' })
  BODY_LIMIT_BYTES = 1048576;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  DEMO_DATA?: boolean;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  MIGRATIONS_RUN = true;

  @IsOptional()
  @IsString()
  ADMIN_DIST_DIR?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer from 1 to 100000' })
  @Min(1, { message: 'must be an integer from 1 to 100000' })
  @Max(100000, { message: 'must be an integer from 1 to 100000' })
  RATE_LIMIT_PER_MINUTE = 1200;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  JOBS_WORKERS = true;

  @IsOptional()
  @Transform(toNumber)
  @IsNumber({}, { message: 'must be a number of seconds from 0.5 to 60' })
  @Min(0.5, { message: 'must be a number of seconds from 0.5 to 60' })
  @Max(60, { message: 'must be a number of seconds from 0.5 to 60' })
  JOBS_POLL_SECONDS = 2;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer number of seconds from 1 to 3600' })
  @Min(1, { message: 'must be an integer number of seconds from 1 to 3600' })
  @Max(3600, { message: 'must be an integer number of seconds from 1 to 3600' })
  JOBS_RETRY_DELAY_SECONDS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer number of milliseconds from 0 to 600000' })
  @Min(0, { message: 'must be an integer number of milliseconds from 0 to 600000' })
  @Max(600000, { message: 'must be an integer number of milliseconds from 0 to 600000' })
  SHUTDOWN_TIMEOUT_MS = 15000;
}
