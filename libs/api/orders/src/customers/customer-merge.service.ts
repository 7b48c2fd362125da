import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { DataScope, EventBus, TransactionalConnection } from '@zhanggui/api-platform';
import { MembersService } from '../members/members.service';
import { CustomerAddress } from './customer-address.entity';
import { CustomerHistory } from './customer-history';
import { CustomerTerritory } from './customer-territory';
import { Customer } from './customer.entity';
import { MergeNotAllowedError } from './customer.errors';
import { CUSTOMERS_MERGED, CustomersMergedPayload } from './customer.events';
import { CustomerDetail, CustomersService, uniqueTags } from './customers.service';

export type DuplicateReason = 'same-phone' | 'same-name-and-address';

export interface DuplicateGroup {
  reason: DuplicateReason;
  customers: Customer[];
}

/**
 * Finding and merging duplicate customers (someone registered twice: once by phone, once on the website).
 * Merging keeps the older record's identity, moves addresses, tags, spend and membership onto it, and leaves
 * the duplicate as `merged` with a pointer, so its history and anything that refers to it stay readable.
 */
@Injectable()
export class CustomerMergeService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly customersService: CustomersService,
    private readonly territory: CustomerTerritory,
    private readonly members: MembersService,
    private readonly history: CustomerHistory,
    private readonly events: EventBus,
  ) {}

  /**
   * Likely duplicates, newest first: the same phone (only data that bypassed normalisation can have it,
   * since new customers are refused a taken phone) or the same name at the same address.
   */
  async duplicates(scope: DataScope, limit: number): Promise<DuplicateGroup[]> {
    const inScope = scope.all ? 'true' : 'c.territory_id = ANY($2)';
    const groups: Array<{ reason: DuplicateReason; ids: string[] }> = await this.connection.manager.query(
      `WITH groups AS (
         SELECT 'same-phone' AS reason, array_agg(c.id ORDER BY c.id) AS ids
           FROM customer c WHERE c.status = 'active' AND ${inScope}
          GROUP BY c.phone HAVING count(*) > 1
         UNION ALL
         SELECT 'same-name-and-address', array_agg(DISTINCT c.id ORDER BY c.id)
           FROM customer c JOIN customer_address a ON a.customer_id = c.id
          WHERE c.status = 'active' AND ${inScope}
          GROUP BY c.name, a.province_code, a.city_code, a.district_code,
                   regexp_replace(lower(a.detail), '\\s+', '', 'g')
         HAVING count(DISTINCT c.id) > 1
       )
       SELECT reason, ids FROM groups ORDER BY ids[array_length(ids, 1)] DESC LIMIT $1`,
      scope.all ? [limit] : [limit, scope.orgUnitIds],
    );
    const ids = [...new Set(groups.flatMap((group) => group.ids))];
    const customers = ids.length ? await this.connection.getRepository(Customer).findBy({ id: In(ids) }) : [];
    const byId = new Map(customers.map((customer) => [customer.id, customer]));
    return groups.map((group) => ({
      reason: group.reason,
      customers: group.ids.map((id) => byId.get(id)!),
    }));
  }

  async merge(sourceId: string, intoId: string, expected?: number[]): Promise<CustomerDetail> {
    if (sourceId === intoId) throw new MergeNotAllowedError('a customer cannot be merged into itself');
    // Locked in id order, so two merges of the same pair in opposite directions cannot deadlock.
    const locked = new Map<string, Customer>();
    for (const id of [sourceId, intoId].sort()) {
      locked.set(
        id,
        id === sourceId
          ? await this.customersService.lockVisible(id, 'customers:merge', expected)
          : await this.customersService.lockVisible(id, 'customers:merge', undefined, 'intoCustomerId'),
      );
    }
    const source = locked.get(sourceId)!;
    const target = locked.get(intoId)!;

    await this.moveAddresses(source, target);
    target.tags = uniqueTags([...target.tags, ...source.tags]);
    target.email ??= source.email;
    target.gender ??= source.gender;
    target.birthday ??= source.birthday;
    // Consent is the person's latest word, whichever record it was given on.
    if ((source.marketingConsentAt?.getTime() ?? 0) > (target.marketingConsentAt?.getTime() ?? 0)) {
      target.marketingConsent = source.marketingConsent;
      target.marketingConsentAt = source.marketingConsentAt;
      target.marketingConsentChannel = source.marketingConsentChannel;
    }
    const defaultAddress = await this.connection
      .getRepository(CustomerAddress)
      .findOneBy({ customerId: target.id, isDefault: true });
    await this.territory.apply(target, defaultAddress?.cityCode ?? null);

    const customers = this.connection.getRepository(Customer);
    source.status = 'merged';
    source.mergedIntoId = target.id;
    await customers.save(source);
    await customers.save(target);
    await this.members.mergeMemberships(source.id, target.id);

    await this.history.record(source.id, 'merged-into', {
      note: `merged into ${target.number}`,
      data: { intoCustomerId: target.id },
    });
    await this.history.record(target.id, 'merged-from', {
      note: `${source.number} merged into this customer`,
      data: { fromCustomerId: source.id },
    });
    await this.events.publish<CustomersMergedPayload>(CUSTOMERS_MERGED, {
      customerId: source.id,
      intoCustomerId: target.id,
    });
    return this.customersService.detail(target.id);
  }

  /** The target keeps its default address; the duplicate's default becomes one more address. */
  private async moveAddresses(source: Customer, target: Customer): Promise<void> {
    const addresses = this.connection.getRepository(CustomerAddress);
    const targetHasDefault = await addresses.existsBy({ customerId: target.id, isDefault: true });
    const moving = await addresses.find({ where: { customerId: source.id }, order: { isDefault: 'ASC' } });
    for (const address of moving) {
      address.customerId = target.id;
      if (targetHasDefault) address.isDefault = false;
      await addresses.save(address);
    }
  }
}
