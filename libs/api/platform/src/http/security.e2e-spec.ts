import { Controller, Get, Module } from '@nestjs/common';
import { Public } from '../access/access.decorators';
import { createTestApp, expectProblem, TestApp } from '../testing';

@Public()
@Controller('pings')
class PingController {
  @Get()
  ping() {
    return { pong: true };
  }
}

@Module({ controllers: [PingController] })
class PingModule {}

describe('security headers, CORS and rate limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [PingModule],
      config: { rateLimitPerMinute: 5, corsOrigins: ['https://shop.example.com'] },
    });
  });
  afterAll(() => t.close());

  it('sends security headers with a strict content security policy', async () => {
    const response = await t.http().get('/health/live').expect(200);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toContain('max-age=31536000');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers).not.toHaveProperty('x-powered-by');
  });

  it('answers CORS only for the configured origins', async () => {
    const allowed = await t
      .http()
      .options('/api/v1/pings')
      .set('Origin', 'https://shop.example.com')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'authorization');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://shop.example.com');
    const refused = await t.http().get('/health/live').set('Origin', 'https://evil.example.net');
    expect(refused.headers).not.toHaveProperty('access-control-allow-origin');
  });

  it('limits requests per caller across routes, then answers 429 with Retry-After', async () => {
    const caller = '203.0.113.7';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await t.http().get('/api/v1/pings').set('X-Forwarded-For', caller)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const limited = await t.http().get('/api/v1/pings').set('X-Forwarded-For', caller);
    expectProblem(limited, 429, 'RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another caller still has its own budget, and health checks are never limited.
    await t.http().get('/api/v1/pings').set('X-Forwarded-For', '203.0.113.8').expect(200);
    await t.http().get('/health/ready').set('X-Forwarded-For', caller).expect(200);
  });
});
