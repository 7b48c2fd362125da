import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

export type PeriodStatus = 'open' | 'closed';

/** A calendar month of the books (会计期间), `2026-11`. Opened on first posting; closed by finance. */
@Entity()
export class AccountingPeriod extends VersionedEntity {
  @Column({ type: 'char', length: 7 })
  code!: string;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'varchar', length: 8, default: 'open' })
  status!: PeriodStatus;

  /** The last voucher number given in this period (记-0001, 记-0002 …). */
  @Column({ type: 'integer', default: 0 })
  entrySequence!: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  reopenedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reopenedBy!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reopenReason!: string | null;
}
