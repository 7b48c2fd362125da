import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Observable, tap } from 'rxjs';
import { etagFor } from './etag';

/**
 * Every response that is one versioned record (`{id, version, …}`) carries its ETag, so a client can send it
 * back as If-Match without being told per route. Lists (`{data, nextCursor}`) do not.
 */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    return next.handle().pipe(
      tap((body) => {
        if (isVersionedRecord(body)) {
          void context.switchToHttp().getResponse<FastifyReply>().header('ETag', etagFor(body.version));
        }
      }),
    );
  }
}

function isVersionedRecord(body: unknown): body is { id: string; version: number } {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { id?: unknown }).id === 'string' &&
    Number.isInteger((body as { version?: unknown }).version)
  );
}
