import { Injectable } from '@nestjs/common';
import { currentActor, EventBus, TransactionalConnection } from '@zhanggui/api-platform';
import { CustomerHistory } from '../customers/customer-history';
import { nextNumber } from '../customers/customer-numbers';
import { Customer } from '../customers/customer.entity';
import { CustomerMergedError, CustomerNotFoundError } from '../customers/customer.errors';
import { CustomersService } from '../customers/customers.service';
import type { RegisterMemberDto } from './dto/member.dto';
import { levelForSpend, qualifyingWindowStart } from './member-level-rules';
import { MemberLevel } from './member-level.entity';
import { MemberLevelsService } from './member-levels.service';
import { Member, MemberChannel } from './member.entity';
import { AlreadyAMemberError, InvalidSpendError, NotAMemberError } from './member.errors';
import {
  LevelChangeReason,
  MEMBER_LEVEL_CHANGED,
  MEMBER_REGISTERED,
  MemberLevelChangedPayload,
  MemberRegisteredPayload,
} from './member.events';

export interface LevelChange {
  fromLevelId: string | null;
  toLevelId: string | null;
  qualifyingSpend: number;
  reason: LevelChangeReason;
  changedAt: Date;
}

export interface MemberDetail {
  member: Member;
  customer: Customer;
  level: MemberLevel | null;
}

const RECOMPUTE_BATCH = 500;

/**
 * Membership (会员): registering customers as members, their qualifying spend and the level it earns.
 * Orders report spend through `recordQualifyingSpend`; levels follow at once, and a recompute rolls the
 * 12-month window forward for everyone.
 */
@Injectable()
export class MembersService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly customers: CustomersService,
    private readonly levels: MemberLevelsService,
    private readonly history: CustomerHistory,
    private readonly events: EventBus,
  ) {}

  private get memberRows() {
    return this.connection.getRepository(Member);
  }

  /** Makes an existing customer a member (customer service, or the website for a known customer). */
  async register(customerId: string, channel?: MemberChannel): Promise<MemberDetail> {
    const customer = await this.customers.lockVisible(customerId, 'members:register');
    const existing = await this.memberRows.findOneBy({ customerId, status: 'active' });
    if (existing) throw new AlreadyAMemberError(customerId, existing.number);
    const spend = await this.spendOf(customerId, new Date());
    const level = levelForSpend(await this.levels.all(), spend);
    const member = await this.memberRows.save(
      this.memberRows.create({
        customerId,
        number: await nextNumber(this.connection, 'member'),
        channel: channel ?? (currentActor()?.kind === 'api-key' ? 'website' : 'customer_service'),
        joinedAt: new Date(),
        levelId: level?.id ?? null,
        levelSince: level ? new Date() : null,
        qualifyingSpend: spend,
        status: 'active',
      }),
    );
    await this.recordLevelChange(member, null, 'registered');
    await this.history.record(customerId, 'became-member', {
      note: member.number,
      data: { memberId: member.id, channel: member.channel },
    });
    await this.events.publish<MemberRegisteredPayload>(MEMBER_REGISTERED, {
      memberId: member.id,
      customerId,
      number: member.number,
      channel: member.channel,
      levelId: member.levelId,
    });
    return { member, customer, level };
  }

  /**
   * Registers by contact, as the website's sign-up form does: the active customer with the phone becomes a
   * member, or a new customer is made first. Returns whether a customer was created.
   */
  async registerByContact(input: RegisterMemberDto): Promise<MemberDetail & { customerCreated: boolean }> {
    const { channel, ...contact } = input;
    await this.customers.lockPhone(contact.phone);
    const known = await this.customers.findByPhone(contact.phone);
    const customerId = known?.id ?? (await this.customers.create(contact)).customer.id;
    return { ...(await this.register(customerId, channel)), customerCreated: !known };
  }

  async membershipOf(customerId: string): Promise<MemberDetail & { levelHistory: LevelChange[] }> {
    const { customer } = await this.customers.visibleDetail(customerId);
    const member = await this.memberRows.findOneBy({ customerId, status: 'active' });
    if (!member) throw new NotAMemberError(customerId);
    const level = member.levelId ? await this.levels.get(member.levelId) : null;
    const rows: Array<Omit<LevelChange, 'qualifyingSpend'> & { qualifyingSpend: string }> =
      await this.connection.manager.query(
        `SELECT from_level_id AS "fromLevelId", to_level_id AS "toLevelId", qualifying_spend AS "qualifyingSpend",
                reason, changed_at AS "changedAt"
           FROM member_level_change WHERE member_id = $1 ORDER BY id`,
        [member.id],
      );
    const levelHistory = rows.map((row) => ({ ...row, qualifyingSpend: Number(row.qualifyingSpend) }));
    return { member, customer, level, levelHistory };
  }

  /**
   * For orders: adds completed-order spend (negative for a return) to the customer's qualifying spend, once
   * per `sourceId` (an order or return number): a repeated call changes nothing and returns false. Spend of a
   * customer who is not (yet) a member is kept and counts when they join within the window. A customer
   * merged into another passes the spend on to that one.
   */
  async recordQualifyingSpend(
    customerId: string,
    amountMinor: number,
    sourceId: string,
    occurredAt: Date = new Date(),
  ): Promise<boolean> {
    if (!Number.isSafeInteger(amountMinor) || amountMinor === 0)
      throw new InvalidSpendError('spend must be a non-zero whole number of minor units');
    if (!sourceId || sourceId.length > 100) throw new InvalidSpendError('sourceId must be 1–100 characters');
    return this.connection.withTransaction(async () => {
      const owner = await this.activeCustomerId(customerId);
      const inserted: unknown[] = await this.connection.manager.query(
        `INSERT INTO customer_spend (customer_id, source_id, amount, occurred_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (source_id) DO NOTHING RETURNING id`,
        [owner, sourceId, amountMinor, occurredAt],
      );
      if (inserted.length === 0) return false;
      const member = await this.memberRows.findOne({
        where: { customerId: owner, status: 'active' },
        lock: { mode: 'pessimistic_write' },
      });
      if (member) await this.reevaluate(member, 'spend', new Date());
      return true;
    });
  }

  /** Rolls the 12-month window forward and re-applies the level rules to every member, in batches. */
  async recompute(now: Date = new Date()): Promise<{ members: number; changed: number }> {
    let members = 0;
    let changed = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.connection.manager.query(
        `SELECT id FROM member WHERE status = 'active' AND id > $1 ORDER BY id LIMIT $2`,
        [after, RECOMPUTE_BATCH],
      );
      if (batch.length === 0) break;
      for (const { id } of batch as Array<{ id: string }>) {
        // Each member in a transaction of its own when run as a job; inside a request, the request's.
        const moved = await this.connection.withTransaction(async () => {
          const member = await this.memberRows.findOne({
            where: { id },
            lock: { mode: 'pessimistic_write' },
          });
          return !!member && member.status === 'active' && (await this.reevaluate(member, 'recompute', now));
        });
        if (moved) changed++;
        members++;
        after = id;
      }
    }
    return { members, changed };
  }

  /**
   * Merging customers: spend follows the kept customer; a membership moves with it, or, when both were
   * members, the kept one carries on (re-evaluated with the combined spend) and the other is closed.
   */
  async mergeMemberships(sourceCustomerId: string, targetCustomerId: string): Promise<void> {
    await this.connection.manager.query(`UPDATE customer_spend SET customer_id = $2 WHERE customer_id = $1`, [
      sourceCustomerId,
      targetCustomerId,
    ]);
    const source = await this.memberRows.findOneBy({ customerId: sourceCustomerId, status: 'active' });
    let target = await this.memberRows.findOneBy({ customerId: targetCustomerId, status: 'active' });
    if (source && !target) {
      source.customerId = targetCustomerId;
      target = await this.memberRows.save(source);
    } else if (source) {
      source.status = 'merged';
      await this.memberRows.save(source);
    }
    if (target) await this.reevaluate(target, 'merge', new Date());
  }

  /** Recomputes one member's spend and level; true when the level changed. The row must be locked. */
  private async reevaluate(member: Member, reason: LevelChangeReason, now: Date): Promise<boolean> {
    const spend = await this.spendOf(member.customerId, now);
    const level = levelForSpend(await this.levels.all(), spend);
    const fromLevelId = member.levelId;
    const toLevelId = level?.id ?? null;
    if (spend === member.qualifyingSpend && toLevelId === fromLevelId) return false;
    member.qualifyingSpend = spend;
    if (toLevelId === fromLevelId) {
      await this.memberRows.save(member);
      return false;
    }
    member.levelId = toLevelId;
    member.levelSince = now;
    await this.memberRows.save(member);
    await this.recordLevelChange(member, fromLevelId, reason);
    await this.history.record(member.customerId, 'level-changed', {
      note: level ? level.nameZh : null,
      data: { fromLevelId, toLevelId, qualifyingSpend: spend },
    });
    await this.events.publish<MemberLevelChangedPayload>(MEMBER_LEVEL_CHANGED, {
      memberId: member.id,
      customerId: member.customerId,
      fromLevelId,
      toLevelId,
      qualifyingSpend: spend,
      reason,
    });
    return true;
  }

  private async recordLevelChange(member: Member, fromLevelId: string | null, reason: LevelChangeReason) {
    await this.connection.manager.query(
      `INSERT INTO member_level_change (member_id, from_level_id, to_level_id, qualifying_spend, reason)
       VALUES ($1, $2, $3, $4, $5)`,
      [member.id, fromLevelId, member.levelId, member.qualifyingSpend, reason],
    );
  }

  private async spendOf(customerId: string, now: Date): Promise<number> {
    const [row]: Array<{ total: string }> = await this.connection.manager.query(
      `SELECT COALESCE(sum(amount), 0)::text AS total FROM customer_spend
        WHERE customer_id = $1 AND occurred_at > $2 AND occurred_at <= $3`,
      [customerId, qualifyingWindowStart(now), now],
    );
    return Number(row.total);
  }

  /** Follows merges to the customer that carries on (a chain is short: merges point at active customers). */
  private async activeCustomerId(customerId: string): Promise<string> {
    let id = customerId;
    for (let hop = 0; hop < 10; hop++) {
      const customer = await this.connection.getRepository(Customer).findOneBy({ id });
      if (!customer) throw new CustomerNotFoundError(customerId);
      if (!customer.mergedIntoId) return id;
      id = customer.mergedIntoId;
    }
    throw new CustomerMergedError(customerId, id);
  }
}
