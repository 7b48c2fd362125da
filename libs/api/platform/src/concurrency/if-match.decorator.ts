import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { parseIfMatch } from './etag';

/** The versions named by the request's If-Match header (undefined when absent). */
export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const header = context.switchToHttp().getRequest<FastifyRequest>().headers['if-match'];
  return parseIfMatch(Array.isArray(header) ? header.join(',') : header);
});

/** Documents the If-Match header on an update route. */
export function ApiIfMatch() {
  return applyDecorators(
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The ETag you read. When it no longer matches the record, the update is refused with 412.',
    }),
  );
}
