import fs from 'node:fs';
import path from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { ConfigError, loadConfig } from './load-config';
import { EnvironmentVariables } from './environment-variables';

describe('loadConfig', () => {
  it('has working defaults for a bare machine: embedded database, demo data, port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: 'localhost',
      databaseUrl: undefined,
      embeddedDatabase: true,
      demoData: true,
      migrationsRun: true,
      dbPoolSize: 10,
      logLevel: 'info',
      dataDir: path.resolve('.data'),
    });
  });

  it('uses DATABASE_URL when given, and then loads no demo data unless asked', () => {
    const url = 'postgresql://u:p@db:5432/zhanggui';
    expect(loadConfig({ DATABASE_URL: url })).toMatchObject({
      databaseUrl: url,
      embeddedDatabase: false,
      demoData: false,
    });
    expect(loadConfig({ DATABASE_URL: url, DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('treats empty values as unset, so .env lines like `DATABASE_URL=` work', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ embeddedDatabase: true, port: 3000 });
  });

  it('lists every bad variable by name, and hides secrets', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: '70000',
        DATABASE_URL: 'mysql://secret@x',
        ADMIN_PASSWORD: 'short',
        LOG_LEVEL: 'loud',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT must be an integer from 1 to 65535 (got "70000")');
    expect(message).toContain(
      'DATABASE_URL must be a postgres:// or postgresql:// connection URL (got (hidden))',
    );
    expect(message).toContain('ADMIN_PASSWORD must be at least 12 characters long (got (hidden))');
    expect(message).toContain('LOG_LEVEL');
    expect(message).not.toContain('secret@x');
    expect(message).not.toContain('short');
  });

  it('keeps uploads in a folder unless S3_BUCKET is set, and then wants the whole bucket setting', () => {
    expect(loadConfig({}).s3).toBeUndefined();
    const bucket = {
      S3_ENDPOINT: 'http://minio.internal:9000',
      S3_BUCKET: 'zhanggui-uploads',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'do-not-print-me',
    };
    expect(loadConfig(bucket).s3).toEqual({
      endpoint: 'http://minio.internal:9000',
      bucket: 'zhanggui-uploads',
      region: 'us-east-1',
      credentials: { accessKeyId: 'key', secretAccessKey: 'do-not-print-me' },
    });
    expect(() => loadConfig({ S3_BUCKET: 'zhanggui-uploads' })).toThrow(
      /S3_ENDPOINT is required when S3_BUCKET is set/,
    );
    expect(() => loadConfig({ ...bucket, S3_BUCKET: '' })).toThrow(/S3_ENDPOINT is set but S3_BUCKET is not/);
    expect(() => loadConfig({ ...bucket, S3_BUCKET: 'Bad_Bucket' })).toThrow(
      /S3_BUCKET must be a bucket name/,
    );
    const badEndpoint = () => loadConfig({ ...bucket, S3_ENDPOINT: 'ftp://x', S3_SECRET_ACCESS_KEY: '' });
    expect(badEndpoint).toThrow(/S3_ENDPOINT must be an http:\/\/ or https:\/\/ URL/);
    expect(badEndpoint).toThrow(/S3_SECRET_ACCESS_KEY is required/);
  });

  it('is documented: .env.example lists exactly the variables the API reads', () => {
    const documented = fs
      .readFileSync(path.resolve(__dirname, '../../../../../.env.example'), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z0-9_]+=/.test(line))
      .map((line) => line.split('=')[0])
      .sort();
    const validated = [
      ...new Set(
        getMetadataStorage()
          .getTargetValidationMetadatas(EnvironmentVariables, '', true, false)
          .map((m) => m.propertyName),
      ),
    ].sort();
    expect(documented).toEqual(validated);
  });
});
