import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TransactionalConnection } from '../database/transactional-connection';
import { createTestApp, TestApp } from '../testing';
import { JobQueue } from './job-queue';

@Injectable()
class NightlyTidy implements OnModuleInit {
  static runs = 0;

  constructor(private readonly jobs: JobQueue) {}

  onModuleInit(): void {
    this.jobs.schedule('test-nightly-tidy', '0 2 * * *', async () => {
      NightlyTidy.runs += 1;
    });
  }
}

/** Counts what it was given; the job marked `failOnce` fails on its first attempt. */
@Injectable()
class Stamps implements OnModuleInit {
  static seen: Array<{ n: number; retryCount: number }> = [];

  constructor(private readonly jobs: JobQueue) {}

  onModuleInit(): void {
    this.jobs.register<{ n: number; failOnce?: boolean }>('test-stamps', async (data, attempt) => {
      if (data.failOnce && attempt.retryCount === 0) throw new Error('first attempt fails');
      Stamps.seen.push({ n: data.n, retryCount: attempt.retryCount });
    });
  }
}

@Module({ providers: [NightlyTidy, Stamps] })
class NightlyModule {}

async function eventually(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('scheduled jobs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [NightlyModule] });
  });
  afterAll(() => t.close());

  it('keeps the schedule in the database in Beijing time, once however many replicas declare it', async () => {
    const rows = await t.app
      .get(DataSource)
      .query(`SELECT cron, options->>'tz' AS tz FROM pgboss.schedule WHERE name = 'test-nightly-tidy'`);
    expect(rows).toEqual([{ cron: '0 2 * * *', tz: 'Asia/Shanghai' }]);
  });

  it('runs the handler when the schedule fires', async () => {
    const before = NightlyTidy.runs;
    await t.app.get(JobQueue).send('test-nightly-tidy', {});
    await eventually(() => NightlyTidy.runs === before + 1, 'the scheduled handler');
  });
});

describe('queued jobs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [NightlyModule] });
  });
  afterAll(() => t.close());

  it('takes a burst back to back, not one job per polling interval; a failing job is retried', async () => {
    const queue = t.app.get(JobQueue);
    for (let n = 0; n < 25; n += 1) await queue.send('test-stamps', { n, failOnce: n === 3 });
    await eventually(() => Stamps.seen.length === 25, 'all 25 jobs');
    expect(Stamps.seen.map((s) => s.n).sort((a, b) => a - b)).toEqual([...Array(25).keys()]);
    expect(Stamps.seen.filter((s) => s.retryCount > 0)).toEqual([{ n: 3, retryCount: 1 }]);
    // The test app polls every 0.5 s: one job per poll would leave every gap between starts at 0.5 s or more.
    const [{ waits }] = await t.app.get(DataSource).query(
      `SELECT count(*) FILTER (WHERE gap >= interval '0.5 seconds')::int AS waits
         FROM (SELECT started_on - lag(started_on) OVER (ORDER BY started_on) AS gap
                 FROM pgboss.job WHERE name = 'test-stamps' AND retry_count = 0) gaps`,
    );
    expect(waits).toBeLessThan(5);
    const states = await t.app
      .get(DataSource)
      .query(`SELECT state, count(*)::int AS jobs FROM pgboss.job WHERE name = 'test-stamps' GROUP BY state`);
    expect(states).toEqual([{ state: 'completed', jobs: 25 }]);
  });
});

describe('a job sent while the queue starts', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('waits for its queue to be created instead of being refused (demo data sends during start-up)', async () => {
    // A second replica's queue, started the way Nest starts it: sends from other bootstrap hooks come while
    // pg-boss is still starting and creating the queues (each queue is a partition of pgboss.job).
    const replica = new JobQueue(t.config, t.app.get(TransactionalConnection));
    const delivered: number[] = [];
    replica.register<{ n: number }>('test-early-sends', async ({ n }) => {
      delivered.push(n);
    });
    const booting = replica.onApplicationBootstrap();
    try {
      await Promise.all([
        replica.send('test-early-sends', { n: 1 }),
        replica.sendAll([{ queue: 'test-early-sends', data: { n: 2 } }]),
      ]);
      await booting;
      await eventually(() => delivered.length === 2, 'both early jobs');
      expect(delivered.sort()).toEqual([1, 2]);
    } finally {
      await booting.catch(() => undefined);
      await replica.beforeApplicationShutdown();
      await replica.onApplicationShutdown();
    }
  });
});
