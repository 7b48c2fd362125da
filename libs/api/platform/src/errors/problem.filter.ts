import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, problemType } from './problem-details';
import { asFastifyClientError, problemFromHttpException } from './http-exception-problems';
import { problemFromDatabaseError } from './database-error-problems';

/**
 * The single place where anything thrown while serving a request becomes an RFC 9457 problem+json response.
 * Domain errors keep their code; framework and database errors are translated; anything else is a 500 that
 * reveals nothing (no stack, no SQL) and is logged with the request id so support can find it.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { problem, headers } = this.toProblem(exception, request);
    if (problem.status >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, `Unhandled error: ${describe(exception)}`);
    } else if (exception instanceof QueryFailedError) {
      // A refusal only the database caught: validation missed a value the client sent, or the server computed
      // one its column cannot hold (a bug the client cannot fix). Either way someone should look. The statement's
      // parameters stay out of the log; PostgreSQL's message names the type and the value.
      const { code, constraint, table, column } = exception.driverError as Record<string, string | undefined>;
      this.logger.warn(
        { requestId: request.id, sqlState: code, constraint, table, column },
        `Database refused a value (${problem.code}): ${exception.message}`,
      );
    }
    sendProblem(
      reply,
      { ...problem, instance: request.url.split('?')[0], requestId: String(request.id) },
      headers,
    );
  }

  private toProblem(
    exception: unknown,
    request: FastifyRequest,
  ): { problem: ProblemDetails; headers?: Record<string, string> } {
    if (exception instanceof DomainError) {
      return {
        problem: {
          type: problemType(exception.code),
          title: exception.title,
          status: exception.status,
          detail: exception.detail,
          code: exception.code,
          ...(exception.errors ? { errors: exception.errors } : {}),
        },
        headers: exception.headers,
      };
    }
    if (exception instanceof HttpException) return { problem: problemFromHttpException(exception, request) };
    const fastifyError = asFastifyClientError(exception);
    if (fastifyError) return { problem: problemFromHttpException(fastifyError, request) };
    const databaseProblem = problemFromDatabaseError(exception);
    // A 503 from the database says when to come back, as NOT_READY does.
    if (databaseProblem)
      return {
        problem: databaseProblem,
        headers: databaseProblem.status === 503 ? { 'Retry-After': '1' } : undefined,
      };
    return {
      problem: {
        type: problemType('INTERNAL_ERROR'),
        title: 'Internal server error',
        status: 500,
        detail: 'Something went wrong on our side. Quote the request id when you report it.',
        code: 'INTERNAL_ERROR',
      },
    };
  }
}

export function sendProblem(
  reply: FastifyReply,
  problem: ProblemDetails,
  headers: Record<string, string> = {},
) {
  if (reply.sent) return;
  void reply.status(problem.status).headers(headers).type(PROBLEM_CONTENT_TYPE).send(problem);
}

function describe(exception: unknown): string {
  return exception instanceof Error ? `${exception.name}: ${exception.message}` : String(exception);
}
