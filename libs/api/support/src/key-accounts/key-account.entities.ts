import { Column, Entity } from 'typeorm';
import { bigintAsNumber, VersionedEntity } from '@zhanggui/api-platform';

export const KEY_ACCOUNT_RULE_KINDS = [
  'order-amount',
  'order-count',
  'active-months',
  'company-buyer',
] as const;
export type KeyAccountRuleKind = (typeof KEY_ACCOUNT_RULE_KINDS)[number];

/**
 * A rule that suggests key-account candidates (潜在大客户) from order history in the last `windowDays`:
 * order-amount (分 spent ≥ threshold), order-count (orders ≥ threshold), active-months (months with an order
 * ≥ threshold), company-buyer (a company's orders ≥ threshold).
 */
@Entity('key_account_rule')
export class KeyAccountRule extends VersionedEntity {
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: KeyAccountRuleKind;
  @Column({ type: 'integer' }) windowDays!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  threshold!: number;
  @Column({ type: 'boolean', default: true }) active!: boolean;
}

export type CandidateStatus = 'suggested' | 'confirmed' | 'dismissed';

@Entity('key_account_candidate')
export class KeyAccountCandidate extends VersionedEntity {
  @Column({ type: 'uuid' }) customerId!: string;
  @Column({ type: 'uuid' }) ruleId!: string;
  @Column({ type: 'varchar', length: 12 }) status!: CandidateStatus;
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  metricValue!: number;
  @Column({ type: 'integer' }) orderCount!: number;
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  orderAmount!: number;
  @Column({ type: 'integer' }) ticketCount!: number;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) lastOrderAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) decidedAt!: Date | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) note!: string | null;
  @Column({ type: 'uuid', nullable: true }) salesOwnerId!: string | null;
}
