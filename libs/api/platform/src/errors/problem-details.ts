import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FieldProblem } from './domain-error';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** RFC 9457 problem details, extended with a stable `code` and field-level `errors`. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: FieldProblem[];
}

/** Where `type` URIs point: the API conventions page lists every code. */
export function problemType(code: string): string {
  return `https://zhanggui.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`;
}

export class FieldProblemSchema implements FieldProblem {
  @ApiProperty({ example: 'name' })
  field!: string;

  @ApiProperty({ example: 'name must be shorter than or equal to 100 characters' })
  message!: string;
}

/** The OpenAPI schema of every error response. */
export class ProblemDetailsSchema implements ProblemDetails {
  @ApiProperty({ example: 'https://zhanggui.dev/problems/validation-failed' })
  type!: string;

  @ApiProperty({ example: 'Invalid input' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty({ example: 'The request body has 1 invalid field.' })
  detail!: string;

  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable machine-readable error code.' })
  code!: string;

  @ApiPropertyOptional({ example: '/api/v1/org-units' })
  instance?: string;

  @ApiPropertyOptional({ description: 'The X-Request-Id of the failed request, for support.' })
  requestId?: string;

  @ApiPropertyOptional({ type: [FieldProblemSchema] })
  errors?: FieldProblem[];
}
