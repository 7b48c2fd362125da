import { Readable } from 'node:stream';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { API_PREFIX } from '@zhanggui/api-platform';

export const PAYMENT_CALLBACK_PATH = 'payments/callback';
const ROUTE = `/${API_PREFIX}/${PAYMENT_CALLBACK_PATH}`;
const RAW_BODY = Symbol('zhanggui.paymentCallbackRawBody');

/**
 * Keeps the exact bytes of the payment callback's body: its signature is over them, and JSON parsed and
 * written again need not give the same bytes. A preParsing hook limited to that one route reads the body,
 * keeps it on the request and hands Fastify's JSON parser an identical stream; other routes are untouched.
 */
@Injectable()
export class PaymentRawBody implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    fastify.addHook('preParsing', async (request, _reply, payload) => {
      if (request.routeOptions.url !== ROUTE) return payload;
      const chunks: Buffer[] = [];
      for await (const chunk of payload) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      const raw = Buffer.concat(chunks);
      (request as unknown as Record<symbol, Buffer>)[RAW_BODY] = raw;
      return Readable.from([raw]);
    });
  }
}

export function rawBodyOf(request: FastifyRequest): Buffer {
  return (request as unknown as Record<symbol, Buffer | undefined>)[RAW_BODY] ?? Buffer.alloc(0);
}
