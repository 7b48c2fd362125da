import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';

export const MEMBER_CHANNELS = ['website', 'customer_service'] as const;
export type MemberChannel = (typeof MEMBER_CHANNELS)[number];

/** A customer's membership (会员): their number, since when, and the level their spend earns. */
@Entity()
export class Member extends VersionedEntity {
  @Column({ type: 'uuid' })
  customerId!: string;

  /** Human number, M-000045. */
  @Column({ type: 'varchar', length: 16, update: false })
  number!: string;

  @Column({ type: 'varchar', length: 24 })
  channel!: MemberChannel;

  @Column({ type: 'timestamptz', precision: 3 })
  joinedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  levelId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  levelSince!: Date | null;

  /** Completed-order spend of the rolling 12 months (minor units), summed from customer_spend. */
  @MoneyColumn({ default: 0 })
  qualifyingSpend!: number;

  /** `merged` when the customer was merged into another member: the other membership carries on. */
  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: 'active' | 'merged';
}
