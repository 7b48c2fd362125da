import { Injectable } from '@nestjs/common';
import { CustomerProfile, CustomersService } from '../customers/customers.service';
import type { ShippingAddressInput } from './dto/order-input.dto';
import { OrderAddressUnknownError } from './order.errors';

export interface ShippingAddress {
  customerAddressId: string | null;
  provinceCode: string;
  cityCode: string;
  districtCode: string | null;
  addressDetail: string;
  recipientName: string;
  recipientPhone: string;
}

/**
 * The address an order ships to, copied onto the order (a later change to the customer's saved address must
 * not move an order already on its way): one of the customer's addresses, or one typed in and checked
 * against GB/T 2260.
 */
@Injectable()
export class OrderShippingAddress {
  constructor(private readonly customers: CustomersService) {}

  resolve(customer: CustomerProfile, input: ShippingAddressInput): ShippingAddress {
    if (input.addressId) {
      const saved = customer.addresses.find((address) => address.id === input.addressId);
      if (!saved) throw new OrderAddressUnknownError(input.addressId);
      return {
        customerAddressId: saved.id,
        provinceCode: saved.provinceCode,
        cityCode: saved.cityCode,
        districtCode: saved.districtCode,
        addressDetail: saved.detail,
        recipientName: saved.recipientName,
        recipientPhone: saved.recipientPhone,
      };
    }
    this.customers.assertDivisions(input, 'shippingAddress.');
    return {
      customerAddressId: null,
      provinceCode: input.provinceCode!,
      cityCode: input.cityCode!,
      districtCode: input.districtCode ?? null,
      addressDetail: input.detail!,
      recipientName: input.recipientName!,
      recipientPhone: input.recipientPhone!,
    };
  }
}
