import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';
import { normalizeMobilePhone } from '../phone';

export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/**
 * A mainland mobile number in any common spelling (+86, spaces, dashes), stored as its 11 digits. A value
 * that is not one stays as typed so the validation error can name it.
 */
export function MobilePhone() {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? (normalizeMobilePhone(value) ?? value) : value)),
    Matches(/^1[3-9]\d{9}$/, {
      message: ({ property }) =>
        `${property} must be a mainland China mobile number (11 digits; +86 and spaces accepted)`,
    }),
  );
}
