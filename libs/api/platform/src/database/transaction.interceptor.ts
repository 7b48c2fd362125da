import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { Observable, defer, lastValueFrom } from 'rxjs';
import { TransactionalConnection } from './transactional-connection';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const NO_TRANSACTION = 'zhanggui:no-transaction';

/**
 * For the rare route whose writes must survive its own failure (counting a failed sign-in): it manages its
 * transactions itself.
 */
export const NoTransaction = () => SetMetadata(NO_TRANSACTION, true);

/**
 * Every request that may change something runs in one database transaction that commits before the response
 * is sent: a client never gets a 2xx for a change that is not durable, and a failure leaves nothing
 * half-done. Retries re-run the handler (Nest's handler observable is deferred, so re-subscribing calls it
 * again).
 */
@Injectable()
export class TransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const optedOut = this.reflector.getAllAndOverride<boolean>(NO_TRANSACTION, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (SAFE_METHODS.has(request.method) || optedOut) return next.handle();
    return defer(() =>
      this.connection.withTransaction(() => lastValueFrom(next.handle(), { defaultValue: undefined })),
    );
  }
}
