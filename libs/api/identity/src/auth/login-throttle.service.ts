import { Injectable } from '@nestjs/common';
import { DomainError, TransactionalConnection } from '@zhanggui/api-platform';

/** After this many failures in the window, each further failure locks sign-in for twice as long. */
const FREE_FAILURES = { username: 5, ip: 30 };
const WINDOW_MINUTES = 15;
const MAX_LOCK_MINUTES = 60;

export class SignInLockedError extends DomainError {
  constructor(until: Date) {
    const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
    super(429, 'SIGN_IN_LOCKED', 'Too many requests', {
      detail: `Too many failed sign-ins. Try again after ${until.toISOString()} (in ${seconds} s).`,
      headers: { 'Retry-After': String(seconds) },
    });
  }
}

/**
 * Slows password guessing per username and per client address, in PostgreSQL so every replica counts the same
 * failures. The first few failures cost nothing; then the lock doubles with each failure, up to an hour.
 */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly connection: TransactionalConnection) {}

  async assertNotLocked(username: string, ip: string): Promise<void> {
    const rows: Array<{ locked_until: Date }> = await this.connection.manager.query(
      `SELECT locked_until FROM login_attempt WHERE key = ANY($1) AND locked_until > now() ORDER BY locked_until DESC LIMIT 1`,
      [[usernameKey(username), ipKey(ip)]],
    );
    if (rows.length > 0) throw new SignInLockedError(rows[0].locked_until);
  }

  /** Counts a failure; returns the lock it caused, if any. */
  async recordFailure(username: string, ip: string): Promise<Date | undefined> {
    const locks = [
      await this.bump(usernameKey(username), FREE_FAILURES.username),
      await this.bump(ipKey(ip), FREE_FAILURES.ip),
    ];
    return locks
      .filter((lock): lock is Date => lock !== undefined)
      .sort((a, b) => b.getTime() - a.getTime())[0];
  }

  async recordSuccess(username: string): Promise<void> {
    await this.connection.manager.query(`DELETE FROM login_attempt WHERE key = $1`, [usernameKey(username)]);
  }

  private async bump(key: string, freeFailures: number): Promise<Date | undefined> {
    // A window that has passed (and whose lock has ended) starts counting again from one.
    const [{ failures }]: Array<{ failures: number }> = await this.connection.manager.query(
      `INSERT INTO login_attempt AS a (key, failures, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN ${EXPIRED} THEN 1 ELSE a.failures + 1 END,
         window_started_at = CASE WHEN ${EXPIRED} THEN now() ELSE a.window_started_at END
       RETURNING failures`,
      [key, WINDOW_MINUTES],
    );
    if (failures < freeFailures) return undefined;
    const minutes = Math.min(MAX_LOCK_MINUTES, 2 ** (failures - freeFailures));
    // UPDATE … RETURNING comes back from TypeORM as [rows, affected].
    const [[{ locked_until }]]: [Array<{ locked_until: Date }>, number] = await this.connection.manager.query(
      `UPDATE login_attempt SET locked_until = now() + make_interval(mins => $2) WHERE key = $1 RETURNING locked_until`,
      [key, minutes],
    );
    return locked_until;
  }
}

const EXPIRED = `a.window_started_at < now() - make_interval(mins => $2) AND (a.locked_until IS NULL OR a.locked_until < now())`;

function usernameKey(username: string): string {
  return `username:${username.toLowerCase().slice(0, 100)}`;
}

function ipKey(ip: string): string {
  return `ip:${ip}`;
}
