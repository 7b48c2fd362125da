import { Column, Entity } from 'typeorm';
import { MoneyColumn, VersionedEntity } from '@zhanggui/api-platform';
import type { Discrepancy } from './three-way-match';

export const SUPPLIER_INVOICE_STATUSES = ['mismatched', 'payable', 'returned'] as const;
export type SupplierInvoiceStatus = (typeof SUPPLIER_INVOICE_STATUSES)[number];

/**
 * A supplier's bill for goods on one purchase order (供应商发票). Matched on entry: payable when it fits the
 * order and the receipts, mismatched otherwise — then finance approves it with a reason or sends it back.
 */
@Entity()
export class SupplierInvoice extends VersionedEntity {
  /** Ours: `INV-20261127-0001`. */
  @Column({ type: 'varchar', length: 24 })
  number!: string;

  @Column({ type: 'uuid' })
  supplierId!: string;

  @Column({ type: 'uuid' })
  purchaseOrderId!: string;

  /** The number printed on the supplier's invoice (发票号码). */
  @Column({ type: 'varchar', length: 64 })
  supplierInvoiceNumber!: string;

  @Column({ type: 'date' })
  invoiceDate!: string;

  @Column({ type: 'char', length: 3, default: 'CNY' })
  currency!: string;

  @MoneyColumn()
  totalAmount!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: SupplierInvoiceStatus;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  discrepancies!: Discrepancy[];

  @Column({ type: 'varchar', length: 1000, nullable: true })
  resolutionReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;
}
