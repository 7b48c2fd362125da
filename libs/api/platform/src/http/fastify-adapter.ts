import { FastifyAdapter } from '@nestjs/platform-fastify';
import { FastifyError, FastifyReply, FastifyRequest, LogController } from 'fastify';
import type { Logger as PinoLogger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { installRequestContext } from '../access/request-context';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem-details';
import { problemFromRouterError } from '../errors/http-exception-problems';

/** Fastify with our request id (accepted from X-Request-Id or made, and echoed), body limit and request log. */
export function createFastifyAdapter(
  config: Pick<AppConfig, 'bodyLimitBytes' | 'trustProxy'>,
  logger: PinoLogger,
): FastifyAdapter {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    logController: new OneLineRequestLog({ requestIdLogLabel: 'requestId' }),
    genReqId: requestIdFor,
    requestIdHeader: false,
    bodyLimit: config.bodyLimitBytes,
    // A number of hops: believe that many proxies in front of us (Fastify's types only take a function).
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    return503OnClosing: true,
    // The router refuses a malformed URL (400) or an over-long path parameter (414) before Nest and its
    // exception filter see the request; without this the answer was Fastify's plain JSON (found by fuzzing).
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) =>
      void reply
        .status(error.statusCode ?? 400)
        .header(REQUEST_ID_HEADER, request.id)
        .type(PROBLEM_CONTENT_TYPE)
        .send(problemFromRouterError(error, request)),
  });
  const fastify = adapter.getInstance();
  fastify.removeContentTypeParser('text/plain');
  // While closing, answers to in-flight requests end their keep-alive connection, so the close can finish.
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  installRequestContext(fastify);
  return adapter;
}

/** One line per request, written when it completes, instead of Fastify's "incoming" and "completed" pair. */
class OneLineRequestLog extends LogController {
  override incomingRequest(): void {
    // Logged once, on completion, with the status and time.
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const level = error || reply.statusCode >= 500 ? 'error' : 'info';
    request.log[level](
      {
        method: request.method,
        path: request.url.split('?')[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        ...(error ? { err: error } : {}),
      },
      'request',
    );
  }
}
