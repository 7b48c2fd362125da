import { Column, ColumnOptions, ValueTransformer } from 'typeorm';

/**
 * PostgreSQL `bigint` arrives from the driver as a string; amounts of minor units and quantities are safe
 * integers in JavaScript, and a value beyond that is refused rather than silently rounded.
 */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null || value === undefined) return value;
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed)) throw new RangeError(`bigint ${value} does not fit a safe integer`);
    return parsed;
  },
};

/** A money amount column: integer minor units in a `bigint` (pair it with a currency column). */
export function MoneyColumn(options: Omit<ColumnOptions, 'type' | 'transformer'> = {}): PropertyDecorator {
  return Column({ ...options, type: 'bigint', transformer: bigintAsNumber });
}
