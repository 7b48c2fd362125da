import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';

export const PAYABLE_STATUSES = ['open', 'partially_paid', 'paid'] as const;
export type PayableStatus = (typeof PAYABLE_STATUSES)[number];

/**
 * 应付账款: what we owe a supplier for one matched invoice. `reservedAmount` is held by payment runs not yet
 * paid, so two runs can never pay the same money twice.
 */
@Entity({ name: 'payable' })
export class Payable extends VersionedEntity {
  @Column({ type: 'varchar', length: 24 }) number!: string;
  @Column({ type: 'uuid' }) supplierId!: string;
  @Column({ type: 'uuid' }) invoiceId!: string;
  @Column({ type: 'varchar', length: 40 }) invoiceNumber!: string;
  @Column({ type: 'varchar', length: 64 }) supplierInvoiceNumber!: string;
  @Column({ type: 'char', length: 3 }) currency!: string;
  @MoneyColumn() amount!: number;
  @MoneyColumn() paidAmount!: number;
  @MoneyColumn() reservedAmount!: number;
  @Column({ type: 'date' }) invoiceDate!: string;
  @Column({ type: 'date' }) dueDate!: string;
  @Column({ type: 'varchar', length: 16 }) status!: PayableStatus;
}
