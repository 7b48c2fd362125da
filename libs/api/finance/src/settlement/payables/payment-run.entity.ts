import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';

export const PAYMENT_RUN_STATUSES = ['draft', 'approved', 'paid', 'cancelled'] as const;
export type PaymentRunStatus = (typeof PAYMENT_RUN_STATUSES)[number];

/** 付款批次: due payables chosen together, approved by a second person, then paid from the bank at once. */
@Entity({ name: 'payment_run' })
export class PaymentRun extends VersionedEntity {
  @Column({ type: 'varchar', length: 24 }) number!: string;
  @Column({ type: 'varchar', length: 12 }) status!: PaymentRunStatus;
  @Column({ type: 'date' }) paymentDate!: string;
  @Column({ type: 'char', length: 3 }) currency!: string;
  @MoneyColumn() totalAmount!: number;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @Column({ type: 'uuid', nullable: true }) approvedBy!: string | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) approvedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) paidBy!: string | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) paidAt!: Date | null;
}
