import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { Public } from '../access/access.decorators';
import { DomainError } from '../errors/domain-error';
import { ApiProblemResponses } from '../openapi/api-problem-responses';
import { Lifecycle } from './lifecycle';

const DATABASE_CHECK_TIMEOUT_MS = 2000;

class HealthStatus {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';

  @ApiProperty({ example: { database: 'up' }, required: false })
  checks?: Record<string, string>;
}

class NotReadyError extends DomainError {
  constructor(detail: string) {
    super(503, 'NOT_READY', 'Service unavailable', { detail, headers: { 'Retry-After': '5' } });
  }
}

/** Liveness and readiness for load balancers and orchestrators; outside /api/v1 and never rate limited. */
@ApiTags('health')
@Public()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: Lifecycle,
  ) {}

  @Get('live')
  @HttpCode(200)
  @ApiOperation({ summary: 'The process is up (restart it if this fails).' })
  @ApiOkResponse({ type: HealthStatus })
  live(): HealthStatus {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    summary: 'The process can serve requests: the database answers and it is not shutting down.',
  })
  @ApiOkResponse({ type: HealthStatus })
  @ApiProblemResponses(503)
  async ready(): Promise<HealthStatus> {
    if (this.lifecycle.isShuttingDown) throw new NotReadyError('The server is shutting down.');
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), DATABASE_CHECK_TIMEOUT_MS);
    } catch {
      throw new NotReadyError('The database does not answer.');
    }
    return { status: 'ok', checks: { database: 'up' } };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
