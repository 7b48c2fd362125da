import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { runAsActor } from '../access/request-context';
import { AppConfig } from '../config/app-config';
import { TransactionalConnection } from '../database/transactional-connection';
import { JobDatabase } from './job-database';

export interface JobRetryPolicy {
  /** Attempts after the first (default 5). */
  retryLimit?: number;
  /** Seconds before the first retry; doubles each time with `retryBackoff` (default 10 s, backoff on). */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
}

export interface JobAttempt {
  jobId: string;
  /** 0 on the first attempt. */
  retryCount: number;
  retryLimit: number;
}

const BEIJING = 'Asia/Shanghai';

type JobHandler<T> = (data: T, attempt: JobAttempt) => Promise<void>;

/**
 * Background work through pg-boss, in PostgreSQL: a job sent inside a transaction is committed (or rolled
 * back) with it, each job is taken by exactly one worker across all replicas, and failed jobs are retried
 * with backoff. Domains register their workers at module init; workers start once the app is up.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly workers = new Map<
    string,
    { handler: JobHandler<never>; policy: Required<JobRetryPolicy> }
  >();
  private readonly schedules = new Map<string, string>();
  private boss?: PgBoss;
  private ready?: Promise<PgBoss>;
  private database?: JobDatabase;

  constructor(
    private readonly config: AppConfig,
    private readonly connection: TransactionalConnection,
  ) {}

  /** Declares a queue and the work for its jobs. Call before the application starts (onModuleInit). */
  register<T>(queue: string, handler: JobHandler<T>, policy: JobRetryPolicy = {}): void {
    if (this.workers.has(queue)) throw new Error(`Queue ${queue} already has a worker`);
    this.workers.set(queue, {
      handler: handler as JobHandler<never>,
      policy: {
        retryLimit: 5,
        retryBackoff: true,
        ...policy,
        retryDelaySeconds: this.config.jobRetryDelaySeconds ?? policy.retryDelaySeconds ?? 10,
      },
    });
  }

  /**
   * Runs `handler` on a cron schedule in Beijing time (e.g. `0 2 * * *` for 02:00 daily). pg-boss keeps the
   * schedule in the database, so with several replicas each firing still becomes one job taken by one worker.
   * Call before the application starts (onModuleInit).
   */
  schedule(queue: string, cron: string, handler: () => Promise<void>, policy: JobRetryPolicy = {}): void {
    this.register(queue, () => handler(), { retryLimit: 2, ...policy });
    this.schedules.set(queue, cron);
  }

  /** Enqueues a job; inside a transaction the job is part of it. */
  async send(queue: string, data: object, options: { startAfterSeconds?: number } = {}): Promise<void> {
    const boss = await this.started();
    await boss.send(queue, data, {
      ...this.retryOptionsOf(queue),
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
      ...this.transactionOption(),
    });
  }

  /**
   * Enqueues one job on each of several queues with one statement (pg-boss's insert), each with its queue's
   * retry policy, as `send` would one by one; inside a transaction the jobs are part of it. An event's
   * subscribers get their jobs this way.
   */
  async sendAll(jobs: ReadonlyArray<{ queue: string; data: object }>): Promise<void> {
    if (jobs.length === 0) return;
    const boss = await this.started();
    const inserts = jobs.map(({ queue, data }) => ({ name: queue, data, ...this.retryOptionsOf(queue) }));
    await boss.insert(inserts, this.transactionOption());
  }

  /** The registered worker's retry policy, as pg-boss takes it; a queue without a worker is a mistake. */
  private retryOptionsOf(queue: string) {
    const policy = this.workers.get(queue)?.policy;
    if (!policy) throw new Error(`No worker is registered for queue ${queue}`);
    return {
      retryLimit: policy.retryLimit,
      retryDelay: policy.retryDelaySeconds,
      retryBackoff: policy.retryBackoff,
    };
  }

  /** Inside a transaction, pg-boss writes through it, so the jobs commit or roll back with the change. */
  private transactionOption(): { db?: ReturnType<typeof transactionalDb> } {
    return this.connection.inTransaction ? { db: transactionalDb(this.connection.manager) } : {};
  }

  async onApplicationBootstrap(): Promise<void> {
    this.ready = this.startWithQueues();
    const boss = await this.ready;
    if (!this.config.jobWorkers) return;
    for (const [queue, { handler }] of this.workers) {
      // While the queue has jobs, a worker takes the next one at once; it waits a polling interval only when the
      // queue is empty. (One job per interval left a burst of orders' postings and webhooks minutes behind.) One
      // job at a time, so a killed process holds at most one job per queue until pg-boss expires and reruns it.
      let workerId = '';
      workerId = await boss.work<object>(
        queue,
        { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: this.config.jobPollSeconds },
        async ([job]) => {
          try {
            const attempt = { jobId: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit };
            // Jobs act as the system: the audit trail says so, and no request's permissions leak into them.
            await runAsActor(undefined, () => handler(job.data as never, attempt), `job:${job.id}`);
          } finally {
            boss.notifyWorker(workerId);
          }
        },
      );
    }
  }

  /**
   * Starts pg-boss and creates every registered queue (each is a partition of pgboss.job, so a job for a queue not
   * created yet is refused), with the schedules. Other bootstrap hooks run alongside this one and may already
   * send (demo data does), so sends wait for it.
   */
  private async startWithQueues(): Promise<PgBoss> {
    this.database = new JobDatabase(this.config.databaseUrl, (error) =>
      this.logger.error({ err: error }, 'Job queue connection error'),
    );
    this.boss = new PgBoss({
      db: this.database,
      schema: 'pgboss',
      // The schema is created by our migrations (under the migration lock), not at every start.
      migrate: false,
      supervise: this.config.jobWorkers,
      // Only a replica that works jobs fires schedules; pg-boss's own lock keeps that to one firing.
      schedule: this.config.jobWorkers && this.schedules.size > 0,
    });
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'Job queue error'));
    await this.boss.start();
    for (const [queue, { policy }] of this.workers) {
      await this.boss.createQueue(queue, {
        name: queue,
        retryLimit: policy.retryLimit,
        retryDelay: policy.retryDelaySeconds,
        retryBackoff: policy.retryBackoff,
      });
      const cron = this.schedules.get(queue);
      if (cron) await this.boss.schedule(queue, cron, {}, { tz: BEIJING });
    }
    return this.boss;
  }

  /** Stops taking jobs and lets running ones finish, before the database pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, timeout: this.drainTimeoutMs });
  }

  /** After the HTTP server has closed: the pollers' last fetches finish, then the queue's pool closes. */
  async onApplicationShutdown(): Promise<void> {
    await this.database?.close(this.drainTimeoutMs);
  }

  private get drainTimeoutMs(): number {
    return Math.max(1000, this.config.shutdownTimeoutMs - 2000);
  }

  /** pg-boss once its queues exist; a send before the application's bootstrap began is a mistake. */
  private started(): Promise<PgBoss> {
    if (!this.ready) throw new Error('The job queue is not started yet');
    return this.ready;
  }
}

/** pg-boss writes through our transaction's connection, so the job commits or rolls back with the change. */
function transactionalDb(manager: EntityManager): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const result = await manager.queryRunner!.query(text, values, true);
      return { rows: result.records as unknown[] };
    },
  };
}
