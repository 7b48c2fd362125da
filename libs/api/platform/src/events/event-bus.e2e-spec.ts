import { Body, Controller, Injectable, Module, Post } from '@nestjs/common';
import { IsBoolean, IsString } from 'class-validator';
import { Public } from '../access/access.decorators';
import { TransactionalConnection } from '../database/transactional-connection';
import { DocumentNumbers } from '../documents/document-numbers';
import { createTestApp, TestApp } from '../testing';
import { DomainEvent, EventSubscriber, OnEvent } from './domain-event';
import { EventBus } from './event-bus';

class ThingDto {
  @IsString()
  name!: string;

  @IsBoolean()
  failAfterPublishing!: boolean;
}

@Public()
@Controller('things')
class ThingsController {
  constructor(
    private readonly events: EventBus,
    private readonly numbers: DocumentNumbers,
  ) {}

  @Post()
  async create(@Body() body: ThingDto) {
    const number = await this.numbers.next('TH');
    await this.events.publish('ThingCreated', { name: body.name, number });
    if (body.failAfterPublishing) throw new Error('rolled back after publishing');
    return { number };
  }
}

/** Records what it hears; fails the first time for names starting with "flaky", to prove retries. */
@Injectable()
@OnEvent({ types: ['ThingCreated'] })
class ThingListener implements EventSubscriber {
  static heard: DomainEvent[] = [];
  static attempts = new Map<string, number>();

  async handle(event: DomainEvent): Promise<void> {
    const name = String(event.payload.name);
    const attempt = (ThingListener.attempts.get(name) ?? 0) + 1;
    ThingListener.attempts.set(name, attempt);
    if (name.startsWith('flaky') && attempt === 1) throw new Error('first delivery fails');
    ThingListener.heard.push(event);
  }
}

/** A second subscriber, of every type: each subscriber has its own queue and job. */
@Injectable()
@OnEvent({ types: ['*'] })
class EverythingListener implements EventSubscriber {
  static heard: string[] = [];

  async handle(event: DomainEvent): Promise<void> {
    EverythingListener.heard.push(event.type);
  }
}

@Module({ controllers: [ThingsController], providers: [ThingListener, EverythingListener] })
class ThingsModule {}

async function eventually(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('domain events through the outbox and the job queue', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ThingsModule] });
  });
  afterAll(() => t.close());

  it('delivers an event to its subscriber after the change commits', async () => {
    const { number } = (
      await t.http().post('/api/v1/things').send({ name: 'first', failAfterPublishing: false }).expect(201)
    ).body;
    expect(number).toMatch(/^TH-\d{8}-\d{4}$/);
    await eventually(() => ThingListener.heard.some((e) => e.payload.name === 'first'), 'the event');
    const event = ThingListener.heard.find((e) => e.payload.name === 'first')!;
    expect(event).toMatchObject({
      type: 'ThingCreated',
      payload: { name: 'first', number },
      actorKind: 'system',
    });
    expect(event.requestId).toEqual(expect.any(String));
  });

  it('never announces a change that rolled back', async () => {
    await t.http().post('/api/v1/things').send({ name: 'ghost', failAfterPublishing: true }).expect(500);
    await t
      .http()
      .post('/api/v1/things')
      .send({ name: 'after-ghost', failAfterPublishing: false })
      .expect(201);
    await eventually(
      () => ThingListener.heard.some((e) => e.payload.name === 'after-ghost'),
      'the later event',
    );
    expect(ThingListener.heard.some((e) => e.payload.name === 'ghost')).toBe(false);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM outbox_event WHERE payload->>'name' = 'ghost'`,
    );
    expect(count).toBe(0);
  });

  it('queues one job per subscriber, each with its queue’s retry policy, in the change’s transaction', async () => {
    await t
      .http()
      .post('/api/v1/things')
      .send({ name: 'two-subscribers', failAfterPublishing: false })
      .expect(201);
    const jobs = await t.dataSource.query(
      `SELECT j.name, j.retry_limit, j.retry_backoff FROM pgboss.job j
         JOIN outbox_event e ON j.data->>'eventId' = e.id::text
        WHERE e.payload->>'name' = 'two-subscribers' ORDER BY j.name`,
    );
    expect(jobs).toEqual([
      { name: 'event.EverythingListener', retry_limit: 10, retry_backoff: true },
      { name: 'event.ThingListener', retry_limit: 10, retry_backoff: true },
    ]);
  });

  it('retries a subscriber that failed', async () => {
    await t.http().post('/api/v1/things').send({ name: 'flaky-one', failAfterPublishing: false }).expect(201);
    await eventually(
      () => ThingListener.heard.some((e) => e.payload.name === 'flaky-one'),
      'the retried event',
      30_000,
    );
    expect(ThingListener.attempts.get('flaky-one')).toBe(2);
  }, 40_000);

  it('numbers documents per prefix and day without gaps or repeats, even concurrently', async () => {
    const numbers = t.app.get(DocumentNumbers);
    const connection = t.app.get(TransactionalConnection);
    const issued = await Promise.all(
      Array.from({ length: 20 }, () => connection.withTransaction(() => numbers.next('QA'))),
    );
    const sequence = issued.map((n) => Number(n.slice(-4))).sort((a, b) => a - b);
    expect(sequence).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
