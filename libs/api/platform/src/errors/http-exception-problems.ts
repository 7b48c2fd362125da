import { HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ProblemDetails, problemType } from './problem-details';

/** Fastify's own error codes for requests it refuses before our code runs, and the codes we answer with. */
const FASTIFY_CODES: Record<string, { code: string; detail: (request: FastifyRequest) => string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'MALFORMED_JSON',
    detail: () => 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'MALFORMED_JSON',
    detail: () => 'The request says it carries JSON but the body is empty.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'PAYLOAD_TOO_LARGE',
    detail: () => 'The request body is larger than this endpoint accepts.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: (request) =>
      `Content-Type "${request.headers['content-type'] ?? ''}" is not accepted; send application/json.`,
  },
  FST_REQ_FILE_TOO_LARGE: {
    code: 'PAYLOAD_TOO_LARGE',
    detail: () => 'The uploaded file is larger than uploads may be.',
  },
  FST_FILES_LIMIT_ERROR: { code: 'TOO_MANY_FILES', detail: () => 'Send one file per request.' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: () => 'Send the file as multipart/form-data.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'INVALID_CONTENT_LENGTH',
    detail: () => 'Content-Length does not match the body.',
  },
};

const STATUS_CODES: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'BAD_REQUEST',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.METHOD_NOT_ALLOWED]: 'METHOD_NOT_ALLOWED',
  [HttpStatus.NOT_ACCEPTABLE]: 'NOT_ACCEPTABLE',
  [HttpStatus.CONFLICT]: 'CONFLICT',
  [HttpStatus.PRECONDITION_FAILED]: 'PRECONDITION_FAILED',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'UNSUPPORTED_MEDIA_TYPE',
  [HttpStatus.UNPROCESSABLE_ENTITY]: 'UNPROCESSABLE',
  [HttpStatus.TOO_MANY_REQUESTS]: 'RATE_LIMITED',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'SERVICE_UNAVAILABLE',
};

/** Framework exceptions (unknown route, a pipe's 400, a Fastify body error) as problems. */
export function problemFromHttpException(exception: HttpException, request: FastifyRequest): ProblemDetails {
  const status = exception.getStatus();
  const fastifyCode = (exception.cause as { code?: string } | undefined)?.code;
  const known = fastifyCode ? FASTIFY_CODES[fastifyCode] : undefined;
  const code = known?.code ?? (status === 404 && isUnknownRoute(exception) ? 'ROUTE_NOT_FOUND' : undefined);
  const finalCode = code ?? STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'HTTP_ERROR');
  return {
    type: problemType(finalCode),
    title: titleOf(exception, status),
    status,
    detail: known?.detail(request) ?? detailOf(exception, request),
    code: finalCode,
  };
}

function isUnknownRoute(exception: HttpException): boolean {
  return exception.message.startsWith('Cannot ');
}

function titleOf(exception: HttpException, status: number): string {
  const response = exception.getResponse();
  if (typeof response === 'object' && response && 'error' in response && typeof response.error === 'string') {
    return response.error;
  }
  return (
    HttpStatus[status]
      ?.toLowerCase()
      .replace(/(^|_)(\w)/g, (_m, sep: string, c: string) => (sep ? ' ' : '') + c.toUpperCase()) ?? 'Error'
  );
}

function detailOf(exception: HttpException, request: FastifyRequest): string {
  if (isUnknownRoute(exception) && exception.getStatus() === 404) {
    return `No route ${request.method} ${request.url.split('?')[0]}.`;
  }
  const response = exception.getResponse();
  if (typeof response === 'object' && response && 'message' in response) {
    const message = (response as { message: unknown }).message;
    return Array.isArray(message) ? message.join('; ') : String(message);
  }
  return exception.message;
}

/** Errors Fastify plugins throw at our handlers (a multipart file over the limit): client errors with a code. */
export function asFastifyClientError(error: unknown): HttpException | undefined {
  const candidate = error as { code?: unknown; statusCode?: unknown; message?: string };
  if (typeof candidate?.code !== 'string' || !candidate.code.startsWith('FST_')) return undefined;
  if (typeof candidate.statusCode !== 'number' || candidate.statusCode < 400 || candidate.statusCode >= 500)
    return undefined;
  return new HttpException(candidate.message ?? 'Bad request', candidate.statusCode, { cause: error });
}

/** The router's own refusals (a malformed URL, a path parameter over Fastify's length limit) as problems. */
export function problemFromRouterError(
  error: { statusCode?: number },
  request: FastifyRequest,
): ProblemDetails & { instance: string; requestId: string } {
  const tooLong = error.statusCode === HttpStatus.URI_TOO_LONG;
  const code = tooLong ? 'URI_TOO_LONG' : 'BAD_REQUEST';
  return {
    type: problemType(code),
    title: tooLong ? 'URI too long' : 'Bad request',
    status: error.statusCode ?? HttpStatus.BAD_REQUEST,
    detail: tooLong ? 'A path segment is longer than any id or code can be.' : 'The URL is malformed.',
    code,
    instance: request.url.split('?')[0].slice(0, 200),
    requestId: String(request.id),
  };
}
