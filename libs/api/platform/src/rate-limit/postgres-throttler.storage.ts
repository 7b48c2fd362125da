import type { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import type { DataSource } from 'typeorm';
import { preparedQuery, PreparedStatement } from '../database/prepared-query';

/**
 * Rate-limit counters shared by every replica: one UPSERT per request into an UNLOGGED table (counters need
 * no crash safety). A fixed window per caller; past the limit the caller is blocked for `blockDuration`.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly dataSource: DataSource) {}

  async increment(
    key: string,
    ttlMs: number,
    limit: number,
    blockDurationMs: number,
  ): Promise<ThrottlerStorageRecord> {
    const [row] = await preparedQuery<{ hits: number; expires_in: number; blocked_for: number | null }>(
      this.dataSource,
      INCREMENT,
      [key, ttlMs / 1000, limit, blockDurationMs / 1000],
    );
    return {
      totalHits: row.hits,
      timeToExpire: Math.max(0, Math.ceil(Number(row.expires_in))),
      isBlocked: row.blocked_for !== null,
      timeToBlockExpire: row.blocked_for === null ? 0 : Math.max(1, Math.ceil(Number(row.blocked_for))),
    };
  }
}

/** Every request runs it: prepared once per connection. */
const INCREMENT: PreparedStatement = {
  name: 'rate_limit_increment',
  text: `INSERT INTO rate_limit_counter AS c (key, hits, expires_at)
       VALUES ($1, 1, now() + make_interval(secs => $2))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN c.expires_at <= now() THEN 1 ELSE c.hits + 1 END,
         expires_at = CASE WHEN c.expires_at <= now() THEN now() + make_interval(secs => $2) ELSE c.expires_at END,
         blocked_until = CASE
           WHEN c.blocked_until > now() THEN c.blocked_until
           WHEN c.expires_at > now() AND c.hits + 1 > $3 THEN now() + make_interval(secs => $4)
           ELSE NULL END
       RETURNING hits,
                 extract(epoch FROM expires_at - now()) AS expires_in,
                 CASE WHEN blocked_until > now() THEN extract(epoch FROM blocked_until - now()) END AS blocked_for`,
};
