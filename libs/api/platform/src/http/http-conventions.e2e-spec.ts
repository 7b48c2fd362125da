import { Body, Controller, Get, Logger, Module, Post } from '@nestjs/common';
import { IsString, Length } from 'class-validator';
import { Public } from '../access/access.decorators';
import { TransactionalConnection } from '../database/transactional-connection';
import { Lifecycle } from '../health/lifecycle';
import { createTestApp, expectProblem, TestApp, withAdminClient } from '../testing';

class ProbeNoteDto {
  @IsString()
  @Length(1, 20)
  text!: string;
}

/** A controller that exists only in this test, to exercise the platform without any domain. */
@Public()
@Controller('probe-notes')
class ProbeController {
  static failuresBeforeSuccess = 0;
  static attempts = 0;

  constructor(private readonly connection: TransactionalConnection) {}

  @Post()
  async create(@Body() body: ProbeNoteDto) {
    ProbeController.attempts++;
    await this.connection.manager.query('INSERT INTO probe_note (text) VALUES ($1)', [body.text]);
    if (body.text === 'explode') throw new Error('boom after writing');
    if (ProbeController.failuresBeforeSuccess > 0) {
      ProbeController.failuresBeforeSuccess--;
      // A real serialization failure raised by PostgreSQL, as a conflicting SERIALIZABLE transaction would.
      await this.connection.manager.query(
        `DO $$ BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = '40001'; END $$`,
      );
    }
    return { text: body.text };
  }

  /** A value the server computed and its column cannot hold, as a fractional minute once was for an integer. */
  @Get('fraction')
  async fraction() {
    return this.connection.manager.query('SELECT $1::int AS minutes', [String(7.5)]);
  }

  /** Holds the response until the test releases it, to observe a shutdown with a request in flight. */
  @Get('slow')
  async slow() {
    ProbeController.slowStarted();
    await ProbeController.slowRelease;
    return { finished: true };
  }

  static slowStarted: () => void = () => undefined;
  static slowRelease: Promise<void> = Promise.resolve();

  @Get()
  async list() {
    return {
      data: await this.connection.manager.query('SELECT text FROM probe_note ORDER BY id'),
      nextCursor: null,
    };
  }
}

/** Declares no access rule: must be closed, never open by accident. */
@Controller('forgotten')
class ForgottenController {
  @Get()
  secrets() {
    return { leaked: true };
  }
}

@Module({ controllers: [ProbeController, ForgottenController] })
class ProbeModule {}

describe('HTTP conventions of the platform', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ProbeModule] });
    await t.dataSource.query('CREATE TABLE probe_note (id serial PRIMARY KEY, text text NOT NULL)');
  });
  afterAll(() => t.close());
  beforeEach(() => {
    ProbeController.attempts = 0;
    ProbeController.failuresBeforeSuccess = 0;
  });

  it('refuses a route that declares no access rule (deny by default)', async () => {
    const problem = expectProblem(await t.http().get('/api/v1/forgotten'), 403, 'FORBIDDEN');
    expect(problem.detail).toContain('declares no access rule');
  });

  it('echoes a caller X-Request-Id and makes one when absent or unusable', async () => {
    const given = await t.http().get('/health/live').set('X-Request-Id', 'trace-abc.123');
    expect(given.headers['x-request-id']).toBe('trace-abc.123');
    const made = await t.http().get('/health/live');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const refused = await t.http().get('/health/live').set('X-Request-Id', 'bad id with spaces <script>');
    expect(refused.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('puts the request id into problem responses too', async () => {
    const response = await t.http().get('/api/v1/no-such-thing').set('X-Request-Id', 'req-404');
    const problem = expectProblem(response, 404, 'ROUTE_NOT_FOUND');
    expect(problem).toMatchObject({ requestId: 'req-404', instance: '/api/v1/no-such-thing' });
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const response = await t
      .http()
      .post('/api/v1/probe-notes')
      .set('Content-Type', 'application/json')
      .send('{"text": ');
    expectProblem(response, 400, 'MALFORMED_JSON');
  });

  it('answers a body over the limit with 413', async () => {
    const response = await t
      .http()
      .post('/api/v1/probe-notes')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(t.config.bodyLimitBytes + 10) }));
    expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('refuses bodies that are not JSON with 415', async () => {
    const response = await t
      .http()
      .post('/api/v1/probe-notes')
      .set('Content-Type', 'text/plain')
      .send('text=hi');
    expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('names the invalid and the unknown fields', async () => {
    const response = await t.http().post('/api/v1/probe-notes').send({ text: '', id: 5 });
    const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(['id', 'text']);
  });

  it('answers a value only PostgreSQL refuses with 400, and logs the refusal for someone to look into', async () => {
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    try {
      const response = await t.http().get('/api/v1/probe-notes/fraction').set('X-Request-Id', 'req-7.5');
      expectProblem(response, 400, 'INVALID_VALUE');
      expect(warnings).toHaveBeenCalledWith(
        expect.objectContaining({ requestId: 'req-7.5', sqlState: '22P02' }),
        expect.stringMatching(/^Database refused a value \(INVALID_VALUE\): .*integer: "7.5"/),
      );
    } finally {
      warnings.mockRestore();
    }
  });

  it('rolls back everything a failed request wrote, and says nothing of the cause', async () => {
    const response = await t.http().post('/api/v1/probe-notes').send({ text: 'explode' });
    const problem = expectProblem(response, 500, 'INTERNAL_ERROR');
    expect(problem.detail).not.toContain('boom');
    const notes = await t.dataSource.query(`SELECT * FROM probe_note WHERE text = 'explode'`);
    expect(notes).toHaveLength(0);
  });

  it('re-runs a request whose transaction hit a serialization failure, and writes once', async () => {
    ProbeController.failuresBeforeSuccess = 2;
    const response = await t.http().post('/api/v1/probe-notes').send({ text: 'retried' });
    expect(response.status).toBe(201);
    expect(ProbeController.attempts).toBe(3);
    const notes = await t.dataSource.query(`SELECT * FROM probe_note WHERE text = 'retried'`);
    expect(notes).toHaveLength(1);
  });

  it('gives up after a bounded number of attempts with a 503 the client may retry', async () => {
    ProbeController.failuresBeforeSuccess = 100;
    const response = await t.http().post('/api/v1/probe-notes').send({ text: 'hopeless' });
    expectProblem(response, 503, 'CONCURRENT_UPDATE');
    expect(ProbeController.attempts).toBe(4);
  });

  it('finishes in-flight requests on shutdown, reporting not-ready meanwhile and refusing new connections', async () => {
    const draining = await createTestApp({ imports: [ProbeModule] });
    await draining.app.listen({ port: 0, host: '127.0.0.1' });
    const base = await draining.app.getUrl();
    let release!: () => void;
    ProbeController.slowRelease = new Promise((resolve) => (release = resolve));
    const started = new Promise<void>((resolve) => (ProbeController.slowStarted = resolve));
    const inFlight = fetch(`${base}/api/v1/probe-notes/slow`);
    await started;

    draining.app.get(Lifecycle).beginShutdown();
    const readiness = await fetch(`${base}/health/ready`, { headers: { connection: 'close' } });
    expect(readiness.status).toBe(503);
    const closing = draining.close();
    await new Promise((resolve) => setImmediate(resolve));
    await expect(fetch(`${base}/health/live`, { headers: { connection: 'close' } })).rejects.toThrow();

    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ finished: true });
    await closing;
  });

  describe('health', () => {
    it('is live, and ready while the database answers', async () => {
      expect((await t.http().get('/health/live')).body).toEqual({ status: 'ok' });
      const ready = await t.http().get('/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body).toEqual({ status: 'ok', checks: { database: 'up' } });
    });

    it('turns not-ready while the database refuses connections, and recovers by itself', async () => {
      const database = new URL(t.config.databaseUrl).pathname.slice(1);
      const admin = withAdminClient;
      const adminUrl = process.env.ZHANGGUI_TEST_SERVER_URL!;
      await admin(adminUrl, async (client) => {
        await client.query(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS false`);
        await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [
          database,
        ]);
      });
      try {
        const down = await t.http().get('/health/ready');
        expectProblem(down, 503, 'NOT_READY');
        expect(down.headers['retry-after']).toBe('5');
      } finally {
        await admin(adminUrl, (client) =>
          client.query(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS true`),
        );
      }
      const up = await t.http().get('/health/ready');
      expect(up.status).toBe(200);
    });
  });
});
