import { Injectable } from '@nestjs/common';
import {
  assertVersionMatches,
  currentActor,
  EventBus,
  scopeAllows,
  searchTermsOf,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { ChinaDivisions } from '../divisions/china-divisions';
import { MemberLevel } from '../members/member-level.entity';
import { Member } from '../members/member.entity';
import { MembershipSnapshot, membershipSnapshot } from '../members/membership-snapshot';
import { CustomerAddress } from './customer-address.entity';
import { customerScope } from './customer-access';
import { CustomerHistory } from './customer-history';
import { nextNumber } from './customer-numbers';
import { CustomerTerritory } from './customer-territory';
import { addressView } from './customer-views';
import { Customer, CustomerSource } from './customer.entity';
import {
  CustomerMergedError,
  CustomerNotFoundError,
  CustomerPhoneTakenError,
  InvalidDivisionError,
} from './customer.errors';
import { CUSTOMER_REGISTERED, CustomerRegisteredPayload } from './customer.events';
import type { AddressInput } from './dto/address-input.dto';
import type { ConsentDto, CreateCustomerDto, UpdateCustomerDto } from './dto/customer-input.dto';
import { normalizeMobilePhone } from './phone';

export interface CustomerDetail {
  customer: Customer;
  addresses: CustomerAddress[];
  membership: MembershipSnapshot | null;
}

/** A delivery address as other departments use it (orders ship to it). */
export interface CustomerAddressView {
  id: string;
  provinceCode: string;
  provinceName: string;
  cityCode: string;
  cityName: string;
  districtCode: string | null;
  districtName: string | null;
  detail: string;
  recipientName: string;
  recipientPhone: string;
  isDefault: boolean;
}

/** One customer as other domains see it: unmasked (they act for the business, not for a reader). */
export interface CustomerProfile {
  id: string;
  number: string;
  name: string;
  phone: string;
  email: string | null;
  status: 'active' | 'merged';
  mergedIntoId: string | null;
  /** The sales territory (org unit) the customer belongs to: orders scope by it. */
  territoryId: string | null;
  defaultAddress: CustomerAddressView | null;
  addresses: CustomerAddressView[];
  membership: MembershipSnapshot | null;
}

/**
 * Customers: registration with duplicate detection by phone, changes, consent, and reading one. Lists and
 * search are in CustomerListService, addresses in CustomerAddressesService, merging in CustomerMergeService.
 * Other domains call `getProfile` and `findByPhone`.
 */
@Injectable()
export class CustomersService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly divisions: ChinaDivisions,
    private readonly territory: CustomerTerritory,
    private readonly history: CustomerHistory,
    private readonly events: EventBus,
  ) {}

  private get customers() {
    return this.connection.getRepository(Customer);
  }

  private get addresses() {
    return this.connection.getRepository(CustomerAddress);
  }

  /** For other domains: one customer with addresses, default address, territory and membership. */
  async getProfile(id: string): Promise<CustomerProfile> {
    return this.profileOf(await this.detail(id));
  }

  /** For other domains and the website: the active customer with this phone, in any spelling. */
  async findByPhone(phone: string): Promise<CustomerProfile | undefined> {
    const normalized = normalizeMobilePhone(phone);
    if (!normalized) return undefined;
    const customer = await this.customers.findOneBy({ phone: normalized, status: 'active' });
    return customer ? this.profileOf(await this.detail(customer.id)) : undefined;
  }

  /** For other domains' demo data and samples: the ids of the first `limit` active customers by number. */
  async someActiveCustomers(limit: number): Promise<string[]> {
    const rows = await this.customers.find({
      select: { id: true },
      where: { status: 'active' },
      order: { number: 'ASC' },
      take: limit,
    });
    return rows.map((row) => row.id);
  }

  async detail(id: string): Promise<CustomerDetail> {
    const customer = await this.customers.findOneBy({ id });
    if (!customer) throw new CustomerNotFoundError(id);
    return this.detailOf(customer);
  }

  /** One customer the caller may reach with `permission`; outside their territory it does not exist. */
  async visibleDetail(id: string, permission = 'customers:read'): Promise<CustomerDetail> {
    const detail = await this.detail(id);
    if (!scopeAllows(await customerScope(permission), detail.customer.territoryId))
      throw new CustomerNotFoundError(id);
    return detail;
  }

  /** Locks the customer for a change, within the caller's reach for `permission`. */
  async lockVisible(id: string, permission: string, expected?: number[], field = 'id'): Promise<Customer> {
    const customer = await this.customers.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!customer || !scopeAllows(await customerScope(permission), customer.territoryId))
      throw new CustomerNotFoundError(id);
    if (customer.mergedIntoId) throw new CustomerMergedError(id, customer.mergedIntoId, field);
    assertVersionMatches('customer', expected, customer.version);
    return customer;
  }

  async create(input: CreateCustomerDto): Promise<CustomerDetail> {
    const addresses = input.addresses ?? [];
    addresses.forEach((address, index) => this.assertDivisions(address, `addresses.${index}.`));
    await this.assertPhoneFree(input.phone);
    const consent = input.marketingConsent;
    const customer = this.customers.create({
      number: await nextNumber(this.connection, 'customer'),
      name: input.name,
      phone: input.phone,
      email: input.email ?? null,
      gender: input.gender ?? null,
      birthday: input.birthday ?? null,
      source: input.source ?? this.defaultSource(),
      tags: uniqueTags(input.tags ?? []),
      territoryId: null,
      territorySource: null,
      marketingConsent: consent?.granted ?? false,
      marketingConsentAt: consent ? new Date() : null,
      marketingConsentChannel: consent?.channel ?? null,
      status: 'active',
      mergedIntoId: null,
    });
    const defaultIndex = Math.max(
      0,
      addresses.findIndex((address) => address.isDefault),
    );
    await this.territory.apply(customer, addresses[defaultIndex]?.cityCode ?? null, input.territoryId);
    const saved = await this.customers.save(customer);
    await this.addresses.save(
      addresses.map((address, index) =>
        this.addresses.create({
          ...addressFields(address),
          customerId: saved.id,
          isDefault: index === defaultIndex,
        }),
      ),
    );
    await this.reindex(saved);
    await this.history.record(saved.id, 'registered', { data: { source: saved.source } });
    if (consent) await this.recordConsent(saved.id, consent);
    await this.events.publish<CustomerRegisteredPayload>(CUSTOMER_REGISTERED, {
      customerId: saved.id,
      number: saved.number,
      source: saved.source,
      territoryId: saved.territoryId,
    });
    return this.detail(saved.id);
  }

  async update(id: string, changes: UpdateCustomerDto, expected?: number[]): Promise<CustomerDetail> {
    const customer = await this.lockVisible(id, 'customers:write', expected);
    if (changes.phone !== undefined && changes.phone !== customer.phone)
      await this.assertPhoneFree(changes.phone);
    const changed: string[] = [];
    if (changes.territoryId !== undefined) {
      const before = customer.territoryId;
      const defaultAddress = await this.addresses.findOneBy({ customerId: id, isDefault: true });
      await this.territory.apply(customer, defaultAddress?.cityCode ?? null, changes.territoryId);
      if (customer.territoryId !== before) changed.push('territoryId');
    }
    const { territoryId: _territory, tags, ...fields } = changes;
    for (const [key, value] of Object.entries(fields)) {
      const current = (customer as unknown as Record<string, unknown>)[key];
      if (value === undefined || value === current) continue;
      (customer as unknown as Record<string, unknown>)[key] = value;
      changed.push(key);
    }
    if (tags !== undefined) {
      customer.tags = uniqueTags(tags);
      changed.push('tags');
    }
    const saved = await this.customers.save(customer);
    await this.reindex(saved);
    // Which fields, never their values: the history is for everyone who may see the customer.
    if (changed.length > 0) await this.history.record(id, 'details-changed', { data: { fields: changed } });
    return this.detail(id);
  }

  async setConsent(id: string, consent: ConsentDto, expected?: number[]): Promise<CustomerDetail> {
    const customer = await this.lockVisible(id, 'customers:write', expected);
    customer.marketingConsent = consent.granted;
    customer.marketingConsentAt = new Date();
    customer.marketingConsentChannel = consent.channel;
    await this.customers.save(customer);
    await this.recordConsent(id, consent);
    return this.detail(id);
  }

  /** Recomputes what search matches (name, pinyin, initials, number): derived data, so not audited. */
  async reindex(customer: Customer): Promise<void> {
    const terms = searchTermsOf(customer.name, [customer.number]);
    await this.connection.manager.query(
      `UPDATE customer SET search_text = $2, search_grams = $3 WHERE id = $1`,
      [customer.id, terms.text, terms.grams],
    );
  }

  assertDivisions(address: Partial<AddressInput>, prefix = ''): void {
    const problem = this.divisions.problemWith(
      {
        provinceCode: address.provinceCode ?? '',
        cityCode: address.cityCode ?? '',
        districtCode: address.districtCode,
      },
      prefix,
    );
    if (problem) throw new InvalidDivisionError(problem);
  }

  /**
   * Refuses a phone another active customer has, naming that customer. Creations of the same phone are
   * serialised by a transaction-scoped advisory lock, so the check cannot race (the unique index backs it).
   */
  async assertPhoneFree(phone: string, field = 'phone'): Promise<void> {
    await this.lockPhone(phone);
    const existing = await this.customers.findOneBy({ phone, status: 'active' });
    if (existing) throw new CustomerPhoneTakenError(existing.id, existing.number, field);
  }

  /** Serialises, until the transaction ends, everything that registers or moves to this phone. */
  async lockPhone(phone: string): Promise<void> {
    await this.connection.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `customer-phone:${phone}`,
    ]);
  }

  async detailOf(customer: Customer): Promise<CustomerDetail> {
    const addresses = await this.addresses.find({
      where: { customerId: customer.id },
      order: { isDefault: 'DESC', id: 'ASC' },
    });
    return { customer, addresses, membership: await this.membershipOf(customer.id) };
  }

  private async membershipOf(customerId: string): Promise<MembershipSnapshot | null> {
    const member = await this.connection.getRepository(Member).findOneBy({ customerId, status: 'active' });
    if (!member) return null;
    const level = member.levelId
      ? await this.connection.getRepository(MemberLevel).findOneBy({ id: member.levelId })
      : null;
    return membershipSnapshot(member, level);
  }

  private async recordConsent(customerId: string, consent: ConsentDto): Promise<void> {
    await this.history.record(customerId, consent.granted ? 'consent-given' : 'consent-withdrawn', {
      note: consent.note ?? null,
      data: { channel: consent.channel },
    });
  }

  /** The website's key registers website customers; staff register those who call or write in. */
  private defaultSource(): CustomerSource {
    return currentActor()?.kind === 'api-key' ? 'website' : 'customer_service';
  }

  private profileOf(detail: CustomerDetail): CustomerProfile {
    const { customer } = detail;
    const addresses = detail.addresses.map((address) => addressView(address, this.divisions));
    return {
      id: customer.id,
      number: customer.number,
      name: customer.name,
      phone: customer.phone,
      email: customer.email,
      status: customer.status,
      mergedIntoId: customer.mergedIntoId,
      territoryId: customer.territoryId,
      defaultAddress: addresses.find((address) => address.isDefault) ?? null,
      addresses,
      membership: detail.membership,
    };
  }
}

export function addressFields(address: AddressInput) {
  return {
    provinceCode: address.provinceCode,
    cityCode: address.cityCode,
    districtCode: address.districtCode ?? null,
    detail: address.detail,
    recipientName: address.recipientName,
    recipientPhone: address.recipientPhone,
  };
}

export function uniqueTags(tags: string[]): string[] {
  return [...new Set(tags.filter(Boolean))];
}
