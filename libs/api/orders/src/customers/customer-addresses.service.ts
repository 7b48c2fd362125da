import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { CustomerAddress } from './customer-address.entity';
import { CustomerHistory } from './customer-history';
import { CustomerTerritory } from './customer-territory';
import { Customer } from './customer.entity';
import { AddressNotFoundError, DefaultAddressRequiredError } from './customer.errors';
import { addressFields, CustomerDetail, CustomersService } from './customers.service';
import type { AddressInput, UpdateAddressDto } from './dto/address-input.dto';

/**
 * A customer's delivery addresses. Exactly one is the default whenever there are any, and the customer's
 * territory follows the default one's city; every change bumps the customer's version (its ETag).
 */
@Injectable()
export class CustomerAddressesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly customersService: CustomersService,
    private readonly territory: CustomerTerritory,
    private readonly history: CustomerHistory,
  ) {}

  private get addresses() {
    return this.connection.getRepository(CustomerAddress);
  }

  async add(customerId: string, input: AddressInput, expected?: number[]): Promise<CustomerDetail> {
    const customer = await this.customersService.lockVisible(customerId, 'customers:write', expected);
    this.customersService.assertDivisions(input);
    const current = await this.addresses.findBy({ customerId });
    const makeDefault = input.isDefault === true || current.length === 0;
    if (makeDefault) await this.clearDefault(customerId);
    const saved = await this.addresses.save(
      this.addresses.create({ ...addressFields(input), customerId, isDefault: makeDefault }),
    );
    await this.history.record(customerId, 'address-added', {
      data: { addressId: saved.id, cityCode: saved.cityCode },
    });
    return this.afterChange(customer);
  }

  async update(
    customerId: string,
    addressId: string,
    changes: UpdateAddressDto,
    expected?: number[],
  ): Promise<CustomerDetail> {
    const customer = await this.customersService.lockVisible(customerId, 'customers:write', expected);
    const address = await this.find(customerId, addressId);
    if (changes.isDefault === false && address.isDefault) throw new DefaultAddressRequiredError();
    const next: AddressInput = {
      provinceCode: changes.provinceCode ?? address.provinceCode,
      cityCode: changes.cityCode ?? address.cityCode,
      // A new city without a new district must not keep the old city's district.
      districtCode:
        changes.districtCode ??
        (changes.cityCode === undefined ? (address.districtCode ?? undefined) : undefined),
      detail: changes.detail ?? address.detail,
      recipientName: changes.recipientName ?? address.recipientName,
      recipientPhone: changes.recipientPhone ?? address.recipientPhone,
    };
    this.customersService.assertDivisions(next);
    if (changes.isDefault && !address.isDefault) await this.clearDefault(customerId);
    Object.assign(address, addressFields(next), {
      isDefault: address.isDefault || changes.isDefault === true,
    });
    await this.addresses.save(address);
    return this.afterChange(customer);
  }

  async remove(customerId: string, addressId: string, expected?: number[]): Promise<CustomerDetail> {
    const customer = await this.customersService.lockVisible(customerId, 'customers:write', expected);
    const address = await this.find(customerId, addressId);
    await this.addresses.remove(address);
    if (address.isDefault) {
      // The oldest remaining address takes over, so orders always have somewhere to go.
      const next = await this.addresses.findOne({ where: { customerId }, order: { id: 'ASC' } });
      if (next) await this.addresses.save(Object.assign(next, { isDefault: true }));
    }
    await this.history.record(customerId, 'address-removed', { data: { addressId } });
    return this.afterChange(customer);
  }

  private async find(customerId: string, addressId: string): Promise<CustomerAddress> {
    const address = await this.addresses.findOneBy({ id: addressId, customerId });
    if (!address) throw new AddressNotFoundError(addressId);
    return address;
  }

  private async clearDefault(customerId: string): Promise<void> {
    const current = await this.addresses.findOneBy({ customerId, isDefault: true });
    if (current) await this.addresses.save(Object.assign(current, { isDefault: false }));
  }

  /** Re-derives the territory from the (maybe new) default address and bumps the customer's version. */
  private async afterChange(customer: Customer): Promise<CustomerDetail> {
    const defaultAddress = await this.addresses.findOneBy({ customerId: customer.id, isDefault: true });
    const before = customer.territoryId;
    await this.territory.apply(customer, defaultAddress?.cityCode ?? null);
    if (customer.territoryId !== before) {
      await this.history.record(customer.id, 'territory-changed', {
        note: 'follows the default address',
        data: { from: before, to: customer.territoryId },
      });
    }
    if (customer.territoryId !== before) await this.connection.getRepository(Customer).save(customer);
    else {
      await this.connection.manager.query(
        `UPDATE customer SET version = version + 1, updated_at = now() WHERE id = $1`,
        [customer.id],
      );
    }
    return this.customersService.detail(customer.id);
  }
}
