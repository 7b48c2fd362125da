import { Transform } from 'class-transformer';
import { isISO8601 } from 'class-validator';

/**
 * Reads an ISO-8601 date-time string into a Date and leaves anything else as it was sent, for an `@IsDate()`
 * after it to refuse. `@Type(() => Date)` would turn the number 0 into 1970-01-01 and `true` into a date too,
 * so a partner's wrong field type became a silently wrong moment instead of a 400 naming the field.
 */
export function IsoDateTime(): PropertyDecorator {
  return Transform(({ value }) =>
    typeof value === 'string' && isISO8601(value, { strict: true }) ? new Date(value) : value,
  );
}
