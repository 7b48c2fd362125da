import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn, NotAudited } from '@zhanggui/api-platform';

export const REBATE_KINDS = ['earned', 'redeemed', 'reversed', 'expired', 'restored'] as const;
export type RebateKind = (typeof REBATE_KINDS)[number];

/**
 * One line of a customer's rebate ledger (返利). Append-only (the database refuses UPDATE and DELETE), itself
 * the audit trail; credits (earned, restored) are positive, debits negative. `balanceAfter` is set by a
 * trigger from the previous row and may never be negative. Written with SQL (see RebateLedger), read here.
 */
@NotAudited()
@Entity({ name: 'rebate_entry' })
export class RebateEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'varchar', length: 8 })
  kind!: RebateKind;

  @MoneyColumn()
  amount!: number;

  @MoneyColumn()
  balanceAfter!: number;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ type: 'integer', nullable: true })
  rateBps!: number | null;

  /** What caused it (`earn:<order id>`…): unique, so a repeated cause adds nothing. */
  @Column({ type: 'varchar', length: 100 })
  sourceKey!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 8 })
  actorKind!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt!: Date;
}
