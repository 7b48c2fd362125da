import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, ProblemDetailsSchema } from '../errors/problem-details';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: malformed JSON, an unknown or read-only field, or a value that breaks a rule.',
  401: 'Not authenticated.',
  403: 'Not allowed.',
  404: 'No such record (or not visible to the caller).',
  409: 'Conflicts with the current state of the record.',
  412: 'If-Match does not match the current version: someone else changed the record.',
  413: 'The request body is too large.',
  415: 'The request body is not JSON.',
  422: 'Well-formed but breaks a business rule.',
  503: 'Not ready: the database is unavailable or the server is shutting down.',
};

/** Documents error responses as problem+json; every route lists the ones it can return. */
export function ApiProblemResponses(...statuses: number[]) {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsSchema),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetailsSchema) } } },
      }),
    ),
  );
}
