import { Injectable, Module, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
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

@Module({ providers: [NightlyTidy] })
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
