import { Injectable } from '@nestjs/common';
import { In, SelectQueryBuilder } from 'typeorm';
import { OrgUnitsService } from '@zhanggui/api-identity';
import {
  applyDataScope,
  DataScope,
  Page,
  paginate,
  searchMatchFor,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { MemberLevel } from '../members/member-level.entity';
import { Member } from '../members/member.entity';
import { MembershipSnapshot, membershipSnapshot } from '../members/membership-snapshot';
import { CustomerAddress } from './customer-address.entity';
import { Customer } from './customer.entity';
import type { ListCustomersQuery } from './dto/list-customers.query';
import { normalizeMobilePhone } from './phone';

export interface CustomerPage {
  page: Page<Customer>;
  defaultAddresses: Map<string, CustomerAddress>;
  memberships: Map<string, MembershipSnapshot>;
}

/**
 * Finding customers as callers identify themselves: by name (any part, pinyin, initials), by the whole
 * phone in any spelling, by its last four digits, or by customer number; always within the caller's
 * territories.
 */
@Injectable()
export class CustomerListService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  async list(query: ListCustomersQuery, scope: DataScope): Promise<CustomerPage> {
    const qb = this.connection.getRepository(Customer).createQueryBuilder('c');
    applyDataScope(qb, 'c.territory_id', scope);
    qb.andWhere('c.status = :status', { status: query.status ?? 'active' });
    if (query.q) this.search(qb, query.q);
    if (query.tag) qb.andWhere('c.tags @> ARRAY[:tag]::text[]', { tag: query.tag });
    if (query.source) qb.andWhere('c.source = :source', { source: query.source });
    if (query.territoryId) {
      const territories = await this.orgUnits.subtreeIds([query.territoryId]);
      qb.andWhere('c.territory_id = ANY(:territories)', { territories });
    }
    if (query.member !== undefined) {
      qb.andWhere(
        `${query.member ? '' : 'NOT '}EXISTS (SELECT 1 FROM member m WHERE m.customer_id = c.id AND m.status = 'active')`,
      );
    }
    const page = await paginate(
      qb,
      { ...query, sort: query.sort ?? 'createdAt' },
      {
        sorts: {
          createdAt: { column: 'c.id', value: (c) => c.id },
          name: { column: 'c.name', value: (c) => c.name },
        },
        idColumn: 'c.id',
        idValue: (c) => c.id,
      },
    );
    const ids = page.data.map((customer) => customer.id);
    return { page, ...(await this.extrasOf(ids)) };
  }

  /** Default addresses and memberships of a page of customers: three queries, whatever the page size. */
  async extrasOf(ids: string[]): Promise<Omit<CustomerPage, 'page'>> {
    if (ids.length === 0) return { defaultAddresses: new Map(), memberships: new Map() };
    const addresses = await this.connection
      .getRepository(CustomerAddress)
      .findBy({ customerId: In(ids), isDefault: true });
    const members = await this.connection
      .getRepository(Member)
      .findBy({ customerId: In(ids), status: 'active' });
    const levelIds = [...new Set(members.map((m) => m.levelId).filter((id): id is string => !!id))];
    const levels = levelIds.length
      ? await this.connection.getRepository(MemberLevel).findBy({ id: In(levelIds) })
      : [];
    const levelById = new Map(levels.map((level) => [level.id, level]));
    return {
      defaultAddresses: new Map(addresses.map((address) => [address.customerId, address])),
      memberships: new Map(
        members.map((member) => [
          member.customerId,
          membershipSnapshot(member, member.levelId ? levelById.get(member.levelId) : null),
        ]),
      ),
    };
  }

  private search(qb: SelectQueryBuilder<Customer>, q: string): void {
    const phone = normalizeMobilePhone(q);
    if (phone) {
      qb.andWhere('c.phone = :phone', { phone });
      return;
    }
    if (/^\d{4}$/.test(q)) {
      qb.andWhere('right(c.phone, 4) = :last4', { last4: q });
      return;
    }
    const match = searchMatchFor(q);
    if (match?.kind === 'trigram')
      qb.andWhere(`c.search_text LIKE :pattern ESCAPE '\\'`, { pattern: match.pattern });
    if (match?.kind === 'gram') qb.andWhere('c.search_grams @> ARRAY[:gram]::text[]', { gram: match.gram });
  }
}
