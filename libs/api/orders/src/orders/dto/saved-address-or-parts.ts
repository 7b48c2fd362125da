import { applyDecorators } from '@nestjs/common';
import { ValidateBy, ValidateIf } from 'class-validator';

interface AddressChoice {
  addressId?: string;
}

/**
 * A shipping address is either a saved one (`addressId`) or a whole address, never both: a part sent beside
 * addressId would be silently dropped in favour of the saved address, and the parcel would go where the caller
 * did not say. Applied to each part: required (with its own validators) without addressId, refused with it,
 * and absent with it is fine.
 */
export function AddressPart(required: boolean): PropertyDecorator {
  return applyDecorators(
    ValidateIf(
      (a: AddressChoice, value: unknown) =>
        (required && a.addressId === undefined) || (value !== undefined && value !== null),
    ),
    ValidateBy({
      name: 'addressPartWithoutAddressId',
      validator: {
        validate: (_value, args) => (args?.object as AddressChoice).addressId === undefined,
        defaultMessage: (args) =>
          `${args?.property} must be left out when addressId names a saved address (send one or the other)`,
      },
    }),
  );
}
