import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';

/** One page of a list: `nextCursor` is null on the last page; `total` only when `count=true` was asked. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
  total?: number;
}

export function mapPage<T, R>(page: Page<T>, map: (item: T) => R): Page<R> {
  return { ...page, data: page.data.map(map) };
}

/** Documents a list endpoint's 200 response as a page of `item`. */
export function ApiPageResponse(item: Type<unknown>) {
  return applyDecorators(
    ApiExtraModels(item),
    ApiOkResponse({
      schema: {
        type: 'object',
        required: ['data', 'nextCursor'],
        properties: {
          data: { type: 'array', items: { $ref: getSchemaPath(item) } },
          nextCursor: {
            type: ['string', 'null'],
            description: 'Pass as `cursor` for the next page; null at the end.',
          },
          total: { type: 'integer', description: 'Only when `count=true` was asked.' },
        },
      },
    }),
  );
}
