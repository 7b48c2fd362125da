import { createHash } from 'node:crypto';
import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { defer, from, Observable, switchMap } from 'rxjs';
import { requestContextOf } from '../access/request-context';
import { TransactionalConnection } from '../database/transactional-connection';
import { NO_TRANSACTION } from '../database/transaction.interceptor';
import {
  IdempotencyInProgressError,
  IdempotencyKeyReusedError,
  InvalidIdempotencyKeyError,
} from './idempotency.errors';

const HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const RETENTION_HOURS = 24;

interface StoredResponse {
  request_hash: Buffer;
  status_code: number;
  response_body: unknown;
  location: string | null;
}

/**
 * `Idempotency-Key` on any POST from an authenticated caller (keys are per caller): the first request's
 * status and body are stored with its changes, in its transaction, for 24 hours; a retry gets the same answer
 * without doing anything again. The same key with a different request is a 422; while the first is still
 * running, a 409. A transaction-scoped advisory lock on (caller, key) makes concurrent duplicates safe.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const key = request.headers[HEADER];
    const actor = requestContextOf(request)?.actor;
    const managesOwnTransactions = this.reflector.get<boolean>(NO_TRANSACTION, context.getHandler());
    if (request.method !== 'POST' || key === undefined || !actor || managesOwnTransactions)
      return next.handle();
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) throw new InvalidIdempotencyKeyError();

    const caller = `${actor.kind}:${actor.id}`;
    const requestHash = hashRequest(request);
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return from(this.lookUp(caller, key, requestHash)).pipe(
      switchMap((stored) => {
        if (stored) return replay(reply, stored);
        return next
          .handle()
          .pipe(
            switchMap((body) =>
              defer(() =>
                this.remember(caller, key, requestHash, statusOf(context, this.reflector), body, reply),
              ),
            ),
          );
      }),
    );
  }

  private async lookUp(
    caller: string,
    key: string,
    requestHash: Buffer,
  ): Promise<StoredResponse | undefined> {
    const manager = this.connection.manager;
    const [{ locked }] = await manager.query(
      `SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked`,
      [`${caller}|${key}`],
    );
    if (!locked) throw new IdempotencyInProgressError();
    const [stored]: StoredResponse[] = await manager.query(
      `SELECT request_hash, status_code, response_body, location FROM idempotency_record
        WHERE caller = $1 AND key = $2 AND expires_at > now()`,
      [caller, key],
    );
    if (stored && !stored.request_hash.equals(requestHash)) throw new IdempotencyKeyReusedError();
    return stored;
  }

  private async remember(
    caller: string,
    key: string,
    requestHash: Buffer,
    status: number,
    body: unknown,
    reply: FastifyReply,
  ) {
    const location = reply.getHeader('location');
    await this.connection.manager.query(
      `INSERT INTO idempotency_record (caller, key, request_hash, status_code, response_body, location, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(hours => $7))
       ON CONFLICT (caller, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, status_code = EXCLUDED.status_code,
         response_body = EXCLUDED.response_body, location = EXCLUDED.location, created_at = now(), expires_at = EXCLUDED.expires_at`,
      [
        caller,
        key,
        requestHash,
        status,
        body === undefined ? null : JSON.stringify(body),
        location ?? null,
        RETENTION_HOURS,
      ],
    );
    return body;
  }
}

function replay(reply: FastifyReply, stored: StoredResponse): Observable<unknown> {
  void reply.status(stored.status_code).header('Idempotent-Replayed', 'true');
  if (stored.location) void reply.header('Location', stored.location);
  return from([stored.response_body ?? undefined]);
}

function statusOf(context: ExecutionContext, reflector: Reflector): number {
  return reflector.get<number>(HTTP_CODE_METADATA, context.getHandler()) ?? HttpStatus.CREATED;
}

/** The same key must come with the same request: method, path with query, and body (keys in any order). */
function hashRequest(request: FastifyRequest): Buffer {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${canonicalJson(request.body)}`)
    .digest();
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
