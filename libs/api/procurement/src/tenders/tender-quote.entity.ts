import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn, NotAudited } from '@zhanggui/api-platform';

/**
 * A supplier's offer. Not audited field by field: the audit log is readable before the tender closes and
 * would unseal the amounts; TenderQuotesService writes an audit entry without them instead.
 */
@NotAudited()
@Entity()
export class TenderQuote {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  tenderId!: string;

  @Column({ type: 'uuid' })
  supplierId!: string;

  @Column({ type: 'integer' })
  leadTimeDays!: number;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  terms!: string | null;

  @MoneyColumn()
  totalAmount!: number;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  submittedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;
}
