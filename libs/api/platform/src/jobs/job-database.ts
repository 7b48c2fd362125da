import { Pool } from 'pg';
import type PgBoss from 'pg-boss';

/**
 * The job queue's own connection pool, handed to pg-boss so we decide when it closes. pg-boss's stop()
 * returns while its pollers may still be mid-fetch; closing its pool under them leaves a poller waiting on
 * a connection that never comes, and its stop loop keeps firing timers after the app is gone. We count the
 * statements in flight and close only once the pollers have finished theirs.
 */
export class JobDatabase implements PgBoss.Db {
  private readonly pool: Pool;
  private inFlight = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(connectionString: string, onError: (error: Error) => void) {
    this.pool = new Pool({ connectionString, application_name: 'zhanggui-jobs', max: 3 });
    this.pool.on('error', onError);
  }

  async executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> {
    this.inFlight++;
    try {
      return await this.pool.query(text, values);
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
    }
  }

  /**
   * Waits until no statement has been in flight for a whole turn of the event loop (a poller that just got
   * its answer sees it is stopping and ends without another query), or until `timeoutMs`, then closes.
   */
  async close(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.inFlight > 0) await this.untilIdle(deadline - Date.now());
      await new Promise((resolve) => setImmediate(resolve));
      if (this.inFlight === 0) break;
    }
    await this.pool.end();
  }

  private untilIdle(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, timeoutMs));
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
